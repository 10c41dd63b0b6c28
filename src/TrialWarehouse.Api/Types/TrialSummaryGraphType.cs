using GraphQL.Types;

namespace TrialWarehouse.Api.Types;

public sealed class TrialSummaryGraphType : ObjectGraphType<TrialSummary>
{
    public TrialSummaryGraphType()
    {
        Name = "TrialSummary";
        Description = "The trial's headline numbers for a cohort (shares of the enrolled, as PERMED-01 reports them).";
        Field<NonNullGraphType<LongGraphType>>("enrolled").Description("Patients in the cohort.").Resolve(c => c.Source.Enrolled);
        Field<NonNullGraphType<ProportionGraphType>>("completeProfile").Description("With a sample that has both small-variant and copy-number calls.").Resolve(c => c.Source.CompleteProfile);
        Field<NonNullGraphType<ProportionGraphType>>("actionable").Description("With at least one actionable alteration under the knowledge-base version.").Resolve(c => c.Source.Actionable);
        Field<NonNullGraphType<ProportionGraphType>>("matchedTherapy").Description("Treated with at least one matched line.").Resolve(c => c.Source.MatchedTherapy);
        Field<NonNullGraphType<ProportionGraphType>>("pfsRatioAtLeast1_3").Description("Of the matched patients with a PFS2/PFS1 ratio (a matched line after another line): those with a ratio >= 1.3.").Resolve(c => c.Source.PfsRatioBenefit);
        Field<StringGraphType>("kbVersion").Description("Knowledge-base version actionability was counted under; null when none is loaded.").Resolve(c => c.Source.KbVersion);
    }
}
