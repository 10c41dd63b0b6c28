using GraphQL;
using GraphQL.Types;

namespace TrialWarehouse.Api.Types;

public sealed class SampleGraphType : ObjectGraphType<SampleNode>
{
    public SampleGraphType()
    {
        Name = "Sample";
        Description = "A profiled tumor sample.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Pseudonymous sample id (the tumor sample of its VCF, pseudonymised).").Resolve(c => c.Source.Row.SampleId);
        Field<StringGraphType>("sourceId").Description("The sample's id in the hospital's files (its VCF's tumor sample)." + Identification.Note).ResolveAsync(async c =>
        {
            Identification.RequireClinician(c);
            return await c.Source.Batch.SourceIdOf(c.Source.Row.SampleId);
        });
        Field<NonNullGraphType<DateOnlyGraphType>>("collectionDate").Description("Biopsy date." + DatePrecision.Note).Resolve(c => DatePrecision.For(c.User, c.Source.Row.CollectionDate));
        Field<NonNullGraphType<StringGraphType>>("specimenSite").Description("Where the specimen was taken.").Resolve(c => c.Source.Row.SpecimenSite);
        Field<FloatGraphType>("tumorCellularity").Description("Percent of tumor cells.").Resolve(c => c.Source.Row.TumorCellularity);
        Field<NonNullGraphType<StringGraphType>>("assay").Description("Panel or assay.").Resolve(c => c.Source.Row.Assay);
        Field<NonNullGraphType<StringGraphType>>("genomeBuild").Description("GRCh37 or GRCh38: the build of every coordinate of this sample.").Resolve(c => c.Source.Row.GenomeBuild);
        Field<FloatGraphType>("tmb").Description("Tumor mutational burden reported by the pipeline, mutations per megabase; TMB-high from 10.").Resolve(c => c.Source.Row.Tmb);
        Field<StringGraphType>("msiStatus").Description("Microsatellite status reported by the pipeline: MSS or MSI-H.").Resolve(c => c.Source.Row.MsiStatus);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MutationGraphType>>>>("mutations")
            .Description("Somatic small variants, by position.")
            .ResolveAsync(async c => await c.Source.Batch.MutationsOf(c.Source.Row.SampleKey));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CopyNumberGraphType>>>>("copyNumberAlterations")
            .Description("Gene-level copy-number calls that differ from neutral.")
            .ResolveAsync(async c => (await c.Source.Batch.CopyNumbersOf(c.Source.Row.SampleKey)).Where(n => n.State != 0));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FusionGraphType>>>>("fusions")
            .Description("Gene fusions from the sample's structural-variant calls; empty when none was delivered.")
            .ResolveAsync(async c => await c.Source.Batch.FusionsOf(c.Source.Row.SampleKey));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IhcResultGraphType>>>>("ihcResults")
            .Description("Immunohistochemistry scores of the sample, by marker; empty when none was delivered.")
            .ResolveAsync(async c => await c.Source.Batch.IhcScoresOf(c.Source.Row.SampleKey));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModelResponseGraphType>>>>("modelResponses")
            .Description("Drug responses of the patient-derived models (PDX, tumoroids) grown from the sample, by model and drug.")
            .ResolveAsync(async c => await c.Source.Batch.ModelResponsesOf(c.Source.Row.SampleKey));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActionableAlterationGraphType>>>>("actionableAlterations")
            .Description("Knowledge-base matches of this sample's alterations, best tier first.")
            .Argument<StringGraphType>("kbVersion", "Knowledge-base version; default the newest loaded.")
            .Argument<BooleanGraphType>("bestOnly", "Only the best-ranked rule per alteration (default true).")
            .ResolveAsync(async c =>
            {
                var bestOnly = c.GetArgument("bestOnly", true);
                return (await c.Source.Batch.ActionableOf(c.Source.Row.SampleKey, c.GetArgument<string?>("kbVersion"))).Where(m => !bestOnly || m.IsBest);
            });
    }
}
