using GraphQL.Types;

namespace TrialWarehouse.Api.Types;

public sealed class PatientGraphType : ObjectGraphType<PatientNode>
{
    public PatientGraphType()
    {
        Name = "Patient";
        Description = "A trial participant, known by a pseudonymous id.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Pseudonymous patient id (the id `report` and `/reports/{id}.pdf` take).").Resolve(c => c.Source.Row.PatientId);
        Field<StringGraphType>("sourceId").Description("The patient's id in the hospital's files." + Identification.Note).ResolveAsync(async c =>
        {
            Identification.RequireClinician(c);
            return await c.Source.Batch.SourceIdOf(c.Source.Row.PatientId);
        });
        Field<NonNullGraphType<StringGraphType>>("sex").Description("F, M or U.").Resolve(c => c.Source.Row.Sex);
        Field<NonNullGraphType<IntGraphType>>("birthYear").Description("Year of birth.").Resolve(c => c.Source.Row.BirthYear);
        Field<NonNullGraphType<StringGraphType>>("tumorType").Description("Primary tumor type as an OncoTree code.").Resolve(c => c.Source.Row.TumorType);
        Field<NonNullGraphType<DateOnlyGraphType>>("diagnosisDate").Description("Date of diagnosis of the primary tumor." + DatePrecision.Note).Resolve(c => DatePrecision.For(c.User, c.Source.Row.DiagnosisDate));
        Field<StringGraphType>("site").Description("Recruiting centre.").Resolve(c => c.Source.Row.Site);
        Field<StringGraphType>("arm").Description("Trial arm.").Resolve(c => c.Source.Row.Arm);
        Field<StringGraphType>("vitalStatus")
            .Description("alive, or deceased once a death is recorded in follow-up; as of the `asOf` day when one was given (patient history, db/README.md).")
            .ResolveAsync(async c => (await c.Source.Batch.VersionOf(c.Source.Row.PatientKey))?.VitalStatus);
        Field<DateOnlyGraphType>("lastContactDate")
            .Description("The latest follow-up event date (of any kind, death included); as of the `asOf` day when one was given." + DatePrecision.Note)
            .ResolveAsync(async c => DatePrecision.For(c.User, (await c.Source.Batch.VersionOf(c.Source.Row.PatientKey))?.LastContactDate));
        Field<DateTimeGraphType>("validFrom")
            .Description("When the warehouse started describing the patient with these attributes (UTC): the load or withdrawal that last changed one of them.")
            .ResolveAsync(async c => (await c.Source.Batch.VersionOf(c.Source.Row.PatientKey)) is { } v ? DateTime.SpecifyKind(v.ValidFrom, DateTimeKind.Utc) : (DateTime?)null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SampleGraphType>>>>("samples")
            .Description("Profiled samples, by id.")
            .ResolveAsync(async c => await c.Source.Batch.SamplesOf(c.Source.Row.PatientKey));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TherapyLineGraphType>>>>("therapyLines")
            .Description("Lines of systemic therapy in order, with derived PFS.")
            .ResolveAsync(async c => await c.Source.Batch.TherapyLinesOf(c.Source.Row.PatientKey));
        Field<IntGraphType>("osDays")
            .Description("Overall survival in days: from the diagnosis date to death, else censored at the last date known alive (docs/endpoints.md); null without any follow-up.")
            .ResolveAsync(async c => (await c.Source.Batch.OverallSurvivalOf(c.Source.Row))?.Days);
        Field<BooleanGraphType>("osEvent")
            .Description("True when overall survival ended in death; false when censored; null without any follow-up.")
            .ResolveAsync(async c => (await c.Source.Batch.OverallSurvivalOf(c.Source.Row))?.Event);
        Field<StringGraphType>("bestOverallResponse")
            .Description("Best RECIST 1.1 response over all therapy lines (CR > PR > SD > PD > NE); null when none was recorded.")
            .ResolveAsync(async c => await c.Source.Batch.BestOverallResponseOf(c.Source.Row.PatientKey));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CtcDrawGraphType>>>>("ctcDraws")
            .Description("Circulating-tumor-cell counts by draw date (then method), each with its therapy line.")
            .ResolveAsync(async c => await c.Source.Batch.CtcDrawsOf(c.Source.Row.PatientKey));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CtcKineticsGraphType>>>>("ctcKinetics")
            .Description("CellSearch CTC kinetics of each therapy line, in line order: baseline against the first count on treatment, and conversion.")
            .ResolveAsync(async c => await c.Source.Batch.CtcKineticsOf(c.Source.Row.PatientKey));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FollowUpEventGraphType>>>>("followUp")
            .Description("Follow-up events in date order.")
            .ResolveAsync(async c => await c.Source.Batch.FollowUpOf(c.Source.Row.PatientKey));
    }
}
