using GraphQL.Types;

namespace TrialWarehouse.Api.Types;

public sealed class SurvivalGroupGraphType : ObjectGraphType<SurvivalGroup>
{
    public SurvivalGroupGraphType()
    {
        Name = "SurvivalGroup";
        Description = "One group of a survival analysis: its Kaplan-Meier curve, counts and median.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The group's value of the groupBy attribute (`all` without grouping).").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<IntGraphType>>("n").Description("Patients in the group with a value of the endpoint.").Resolve(c => c.Source.Curve.Subjects);
        Field<NonNullGraphType<IntGraphType>>("events").Description("Events (deaths for OS, progressions or deaths for PFS).").Resolve(c => c.Source.Curve.Events);
        Field<NonNullGraphType<IntGraphType>>("censored").Description("Patients censored.").Resolve(c => c.Source.Curve.Subjects - c.Source.Curve.Events);
        Field<FloatGraphType>("expectedEvents").Description("Events expected under the log-rank null hypothesis; null without a test.").Resolve(c => c.Source.ExpectedEvents);
        Field<NonNullGraphType<SurvivalMedianGraphType>>("median").Description("Median survival with its 95% interval.").Resolve(c => c.Source.Curve.Median);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurvivalPointGraphType>>>>("curve")
            .Description("The curve at every distinct observed time, in time order.")
            .Resolve(c => c.Source.Curve.Points);
    }
}
