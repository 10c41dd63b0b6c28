using GraphQL.Types;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Api.Types;

public sealed class MutationGraphType : ObjectGraphType<MutationRow>
{
    public MutationGraphType()
    {
        Name = "Mutation";
        Description = "A somatic small variant (SNV or indel), normalised to one ALT allele.";
        Field<StringGraphType>("gene").Description("HGNC symbol of the annotated gene.").Resolve(c => c.Source.Gene);
        Field<NonNullGraphType<StringGraphType>>("genomeBuild").Description("Build of the coordinates.").Resolve(c => c.Source.GenomeBuild);
        Field<NonNullGraphType<StringGraphType>>("chromosome").Description("Contig as in the VCF.").Resolve(c => c.Source.Chrom);
        Field<NonNullGraphType<LongGraphType>>("position").Description("1-based VCF position.").Resolve(c => c.Source.Pos);
        Field<NonNullGraphType<StringGraphType>>("ref").Description("Reference allele.").Resolve(c => c.Source.Ref);
        Field<NonNullGraphType<StringGraphType>>("alt").Description("Alternate allele.").Resolve(c => c.Source.Alt);
        Field<StringGraphType>("consequence").Description("Most severe consequence term (Sequence Ontology).").Resolve(c => c.Source.Consequence);
        Field<StringGraphType>("transcriptId").Description("Transcript the HGVS notation refers to.").Resolve(c => c.Source.TranscriptId);
        Field<StringGraphType>("hgvsc").Description("Coding DNA change.").Resolve(c => c.Source.HgvsC);
        Field<StringGraphType>("hgvsp").Description("Protein change, one-letter codes (e.g. p.H1047R).").Resolve(c => c.Source.HgvsP);
        Field<IntGraphType>("exon").Description("Exon of the transcript the variant falls in, when annotated.").Resolve(c => c.Source.Exon);
        Field<FloatGraphType>("vaf").Description("Tumor variant allele fraction, 0..1.").Resolve(c => c.Source.Vaf);
        Field<IntGraphType>("depth").Description("Tumor read depth at the site.").Resolve(c => c.Source.Depth);
        Field<IntGraphType>("altCount").Description("Tumor reads supporting the ALT allele.").Resolve(c => c.Source.AltCount);
        Field<NonNullGraphType<StringGraphType>>("filter").Description("PASS or the caller's filters.").Resolve(c => c.Source.Filter);
    }
}
