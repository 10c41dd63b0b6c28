using GraphQL.Types;

namespace TrialWarehouse.Api.Types;

public sealed class SurvivalGraphType : ObjectGraphType<SurvivalAnalysis>
{
    public SurvivalGraphType()
    {
        Name = "Survival";
        Description = "Kaplan-Meier curves of a cohort by group, their medians, and the log-rank test between the groups (docs/survival.md).";
        Field<NonNullGraphType<SurvivalEndpointGraphType>>("endpoint").Description("The endpoint estimated.").Resolve(c => c.Source.Endpoint);
        Field<IntGraphType>("line").Description("For PFS, the therapy line analysed; null for OS.").Resolve(c => c.Source.Line);
        Field<NonNullGraphType<SurvivalGroupByGraphType>>("groupBy").Description("How the cohort was split.").Resolve(c => c.Source.GroupBy);
        Field<NonNullGraphType<ConfidenceTransformGraphType>>("confidenceTransform").Description("The scale of the 95% intervals.").Resolve(c => c.Source.Transform);
        Field<NonNullGraphType<LongGraphType>>("patients").Description("Patients the filter selected.").Resolve(c => c.Source.Patients);
        Field<NonNullGraphType<LongGraphType>>("notEvaluable").Description("Of those, patients without a value of the endpoint (for OS no follow-up; for PFS no such line or no PFS).").Resolve(c => c.Source.NotEvaluable);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurvivalGroupGraphType>>>>("groups").Description("The groups, by name.").Resolve(c => c.Source.Groups);
        Field<LogRankGraphType>("logRank").Description("The log-rank test between the groups; null with fewer than two groups that have expected events.").Resolve(c => c.Source.LogRank);
    }
}
