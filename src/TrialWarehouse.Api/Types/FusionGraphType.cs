using GraphQL.Types;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Api.Types;

public sealed class FusionGraphType : ObjectGraphType<FusionRow>
{
    public FusionGraphType()
    {
        Name = "Fusion";
        Description = "A gene fusion read from the sample's structural-variant calls: the 5' gene's part joined to the 3' gene's part.";
        Field<NonNullGraphType<StringGraphType>>("gene5").Description("HGNC symbol of the 5' partner.").Resolve(c => c.Source.Gene5);
        Field<NonNullGraphType<StringGraphType>>("gene3").Description("HGNC symbol of the 3' partner.").Resolve(c => c.Source.Gene3);
        Field<NonNullGraphType<StringGraphType>>("name").Description("As the knowledge base names it, e.g. EML4::ALK.").Resolve(c => $"{c.Source.Gene5}::{c.Source.Gene3}");
        Field<NonNullGraphType<StringGraphType>>("breakpoint5").Description("The 5' breakpoint, contig:position on the sample's build.")
            .Resolve(c => $"{c.Source.Chrom5}:{c.Source.Position5}");
        Field<NonNullGraphType<StringGraphType>>("breakpoint3").Description("The 3' breakpoint, contig:position on the sample's build.")
            .Resolve(c => $"{c.Source.Chrom3}:{c.Source.Position3}");
        Field<IntGraphType>("supportingReads").Description("Reads supporting the junction, when the caller reports them.").Resolve(c => c.Source.SupportingReads);
    }
}
