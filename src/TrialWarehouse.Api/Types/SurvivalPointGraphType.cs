using GraphQL.Types;
using TrialWarehouse.Statistics;

namespace TrialWarehouse.Api.Types;

public sealed class SurvivalPointGraphType : ObjectGraphType<CurvePoint>
{
    public SurvivalPointGraphType()
    {
        Name = "SurvivalPoint";
        Description = "The Kaplan-Meier curve at one distinct observed time (an event or a censoring time); the value holds until the next point. Before the first point survival is 1.";
        Field<NonNullGraphType<FloatGraphType>>("days").Description("Time from the endpoint's origin, in days.").Resolve(c => c.Source.Time);
        Field<NonNullGraphType<FloatGraphType>>("months").Description("The same time in months (days / 30.4375).").Resolve(c => SurvivalAnalysis.Months(c.Source.Time));
        Field<NonNullGraphType<FloatGraphType>>("survival").Description("Kaplan-Meier estimate of the share still event-free after this time.").Resolve(c => c.Source.Survival);
        Field<FloatGraphType>("standardError").Description("Greenwood standard error of the estimate; null once it is 0.").Resolve(c => c.Source.StandardError);
        Field<FloatGraphType>("lower").Description("Lower bound of the pointwise 95% interval; null where the transform is undefined.").Resolve(c => c.Source.Lower);
        Field<FloatGraphType>("upper").Description("Upper bound of the pointwise 95% interval; null where the transform is undefined.").Resolve(c => c.Source.Upper);
        Field<NonNullGraphType<IntGraphType>>("atRisk").Description("Patients still followed just before this time.").Resolve(c => c.Source.AtRisk);
        Field<NonNullGraphType<IntGraphType>>("events").Description("Events at this time.").Resolve(c => c.Source.Events);
        Field<NonNullGraphType<IntGraphType>>("censored").Description("Patients censored at this time (still at risk at it).").Resolve(c => c.Source.Censored);
    }
}
