using GraphQL.Types;

namespace TrialWarehouse.Api.Types;

public sealed class CtcKineticsGraphType : ObjectGraphType<CtcKineticsNode>
{
    public CtcKineticsGraphType()
    {
        Name = "CtcKinetics";
        Description = "CellSearch CTC counts around the start of one therapy line: baseline against the first count on treatment (docs/endpoints.md).";
        Field<NonNullGraphType<IntGraphType>>("lineNumber").Description("The therapy line.").Resolve(c => c.Source.Kinetics.LineNumber);
        Field<NonNullGraphType<BooleanGraphType>>("matched").Description("Whether the line was a matched therapy.").Resolve(c => c.Source.Matched);
        Field<DateOnlyGraphType>("baselineDate").Description("Date of the baseline draw: the last on the start day or at most 30 days before; null when none." + DatePrecision.Note).Resolve(c => DatePrecision.For(c.User, c.Source.Kinetics.Baseline?.DrawDate));
        Field<IntGraphType>("baselineCount").Description("CTCs per 7.5 mL at baseline.").Resolve(c => c.Source.Kinetics.Baseline?.Count);
        Field<DateOnlyGraphType>("onTreatmentDate").Description("Date of the first draw on the line's treatment; null when none." + DatePrecision.Note).Resolve(c => DatePrecision.For(c.User, c.Source.Kinetics.FirstOnTreatment?.DrawDate));
        Field<IntGraphType>("onTreatmentCount").Description("CTCs per 7.5 mL at the first draw on treatment.").Resolve(c => c.Source.Kinetics.FirstOnTreatment?.Count);
        Field<BooleanGraphType>("baselineHigh").Description("Baseline of at least 5 CTCs per 7.5 mL (Cristofanilli et al., N Engl J Med 2004); null without a baseline.").Resolve(c => c.Source.Kinetics.BaselineHigh);
        Field<BooleanGraphType>("conversion").Description("True when the count fell from >= 5 at baseline to < 5 on treatment; null when either draw is missing.").Resolve(c => c.Source.Kinetics.Conversion);
    }
}
