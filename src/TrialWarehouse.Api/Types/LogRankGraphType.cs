using GraphQL.Types;
using TrialWarehouse.Statistics;

namespace TrialWarehouse.Api.Types;

public sealed class LogRankGraphType : ObjectGraphType<LogRank>
{
    public LogRankGraphType()
    {
        Name = "LogRankTest";
        Description = "The log-rank test that the groups share one survival function (as R's survdiff).";
        Field<NonNullGraphType<FloatGraphType>>("chiSquare").Description("The chi-square statistic.").Resolve(c => c.Source.ChiSquare);
        Field<NonNullGraphType<IntGraphType>>("degreesOfFreedom").Description("Groups with expected events, minus one.").Resolve(c => c.Source.DegreesOfFreedom);
        Field<NonNullGraphType<FloatGraphType>>("pValue").Description("P(chi-square with these degrees of freedom >= the statistic).").Resolve(c => c.Source.PValue);
    }
}
