using GraphQL.Types;
using TrialWarehouse.Statistics;

namespace TrialWarehouse.Api.Types;

public sealed class SurvivalMedianGraphType : ObjectGraphType<SurvivalQuantile>
{
    public SurvivalMedianGraphType()
    {
        Name = "SurvivalMedian";
        Description = "Median survival with its 95% interval (Brookmeyer-Crowley, read off the pointwise interval as R's print.survfit does); a value is null when the curve, or its band, never falls to 0.5 (R prints NA).";
        Field<FloatGraphType>("days").Description("First time the curve is at or below 0.5 (the midpoint of a flat exactly at 0.5).").Resolve(c => c.Source.Estimate);
        Field<FloatGraphType>("lowerDays").Description("Lower 95% limit: where the lower band falls to 0.5.").Resolve(c => c.Source.Lower);
        Field<FloatGraphType>("upperDays").Description("Upper 95% limit: where the upper band falls to 0.5.").Resolve(c => c.Source.Upper);
        Field<FloatGraphType>("months").Description("The median in months (days / 30.4375).").Resolve(c => c.Source.Estimate is { } d ? SurvivalAnalysis.Months(d) : null);
        Field<FloatGraphType>("lowerMonths").Description("Lower 95% limit in months.").Resolve(c => c.Source.Lower is { } d ? SurvivalAnalysis.Months(d) : null);
        Field<FloatGraphType>("upperMonths").Description("Upper 95% limit in months.").Resolve(c => c.Source.Upper is { } d ? SurvivalAnalysis.Months(d) : null);
    }
}
