using GraphQL.Types;

namespace TrialWarehouse.Api.Types;

public sealed class SurvivalGroupByGraphType : EnumerationGraphType
{
    public SurvivalGroupByGraphType()
    {
        Name = "SurvivalGroupBy";
        Description = "How to split the cohort into the groups a survival analysis compares.";
        Add("NONE", SurvivalGroupBy.None, "One group, named `all`.");
        Add("TUMOR_TYPE", SurvivalGroupBy.TumorType, "By primary tumor type (OncoTree code, as delivered).");
        Add("SEX", SurvivalGroupBy.Sex, "By sex: F, M, U.");
        Add("ARM", SurvivalGroupBy.Arm, "By trial arm; patients without one form the group `(none)`.");
        Add("SITE", SurvivalGroupBy.Site, "By recruiting centre; patients without one form the group `(none)`.");
        Add("MATCHED", SurvivalGroupBy.Matched,
            "`matched` or `not matched`: for OS, whether the patient received at least one matched line; for PFS, whether the analysed line was matched.");
    }
}
