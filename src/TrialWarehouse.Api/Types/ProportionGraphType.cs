using GraphQL.Types;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Api.Types;

public sealed class ProportionGraphType : ObjectGraphType<Proportion>
{
    public ProportionGraphType()
    {
        Name = "Proportion";
        Description = "A count out of a denominator, with the Wilson score 95% confidence interval of the proportion.";
        Field<NonNullGraphType<LongGraphType>>("count").Description("Patients counted.").Resolve(c => c.Source.Count);
        Field<NonNullGraphType<LongGraphType>>("denominator").Description("Patients it is a share of.").Resolve(c => c.Source.Denominator);
        Field<FloatGraphType>("proportion").Description("count / denominator; null when the denominator is 0.").Resolve(c => c.Source.Estimate);
        Field<FloatGraphType>("ci95Low").Description("Lower bound of the Wilson 95% interval.").Resolve(c => c.Source.Wilson95()?.Low);
        Field<FloatGraphType>("ci95High").Description("Upper bound of the Wilson 95% interval.").Resolve(c => c.Source.Wilson95()?.High);
    }
}
