using GraphQL.Types;
using TrialWarehouse.Domain;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Api.Types;

public sealed class CopyNumberGraphType : ObjectGraphType<CopyNumberRow>
{
    public CopyNumberGraphType()
    {
        Name = "CopyNumberAlteration";
        Description = "Gene-level copy-number call.";
        Field<NonNullGraphType<StringGraphType>>("gene").Description("HGNC symbol.").Resolve(c => c.Source.Gene);
        Field<NonNullGraphType<IntGraphType>>("state").Description("Discrete state: -2 deep deletion .. 2 amplification.").Resolve(c => c.Source.State);
        Field<NonNullGraphType<StringGraphType>>("stateName").Description("The state in words.").Resolve(c => CopyNumberStates.Name(c.Source.State));
        Field<FloatGraphType>("log2Ratio").Description("Segment log2 ratio.").Resolve(c => c.Source.Log2Ratio);
        Field<FloatGraphType>("copyNumber").Description("Absolute copy number, when estimated.").Resolve(c => c.Source.CopyNumber);
    }
}
