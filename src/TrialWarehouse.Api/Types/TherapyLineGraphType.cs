using GraphQL.Types;

namespace TrialWarehouse.Api.Types;

public sealed class TherapyLineGraphType : ObjectGraphType<TherapyLineNode>
{
    public TherapyLineGraphType()
    {
        Name = "TherapyLine";
        Description = "A line of systemic therapy and its outcome.";
        Field<NonNullGraphType<IntGraphType>>("lineNumber").Description("1 = first line.").Resolve(c => c.Source.Row.LineNumber);
        Field<NonNullGraphType<StringGraphType>>("regimen").Description("Regimen name.").Resolve(c => c.Source.Row.Regimen);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("drugs").Description("Drugs given.").Resolve(c => c.Source.Row.Drugs.Split(';'));
        Field<NonNullGraphType<DateOnlyGraphType>>("startDate").Description("First dose." + DatePrecision.Note).Resolve(c => DatePrecision.For(c.User, c.Source.Row.StartDate));
        Field<DateOnlyGraphType>("endDate").Description("Last dose; null while ongoing." + DatePrecision.Note).Resolve(c => DatePrecision.For(c.User, c.Source.Row.EndDate));
        Field<StringGraphType>("reasonStopped").Description("Why the line ended.").Resolve(c => c.Source.Row.ReasonStopped);
        Field<StringGraphType>("bestResponse").Description("RECIST 1.1 best overall response: CR, PR, SD, PD, NE.").Resolve(c => c.Source.Row.BestResponse);
        Field<DateOnlyGraphType>("progressionDate").Description("Progression on this line." + DatePrecision.Note).Resolve(c => DatePrecision.For(c.User, c.Source.Row.ProgressionDate));
        Field<NonNullGraphType<BooleanGraphType>>("matched").Description("Matched to an actionable alteration by the tumor board.").Resolve(c => c.Source.Row.Matched);
        Field<StringGraphType>("matchedAlteration").Description("The alteration the line was matched to.").Resolve(c => c.Source.Row.MatchedAlteration);
        Field<IntGraphType>("pfsDays").Description("Progression-free survival on this line, in days (to progression or death, else censored at last contact).").Resolve(c => c.Source.Pfs?.Days);
        Field<BooleanGraphType>("pfsEvent").Description("True when PFS ended in progression or death; false when censored.").Resolve(c => c.Source.Pfs?.Event);
        Field<FloatGraphType>("pfsRatio").Description("For a matched line: its PFS over the previous line's PFS (PFS2/PFS1; benefit when >= 1.3).").Resolve(c => c.Source.PfsRatio);
    }
}
