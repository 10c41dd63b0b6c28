using GraphQL.Types;

namespace TrialWarehouse.Api.Types;

public sealed class PatientGraphType : ObjectGraphType<PatientNode>
{
    public PatientGraphType()
    {
        Name = "Patient";
        Description = "A trial participant, known by a pseudonymous id.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Pseudonymous patient id (the id `report` and `/reports/{id}.pdf` take).").Resolve(c => c.Source.Row.PatientId);
        Field<NonNullGraphType<StringGraphType>>("sex").Description("F, M or U.").Resolve(c => c.Source.Row.Sex);
        Field<NonNullGraphType<IntGraphType>>("birthYear").Description("Year of birth.").Resolve(c => c.Source.Row.BirthYear);
        Field<NonNullGraphType<StringGraphType>>("tumorType").Description("Primary tumor type as an OncoTree code.").Resolve(c => c.Source.Row.TumorType);
        Field<NonNullGraphType<DateOnlyGraphType>>("diagnosisDate").Description("Date of diagnosis of the primary tumor.").Resolve(c => c.Source.Row.DiagnosisDate);
        Field<StringGraphType>("site").Description("Recruiting centre.").Resolve(c => c.Source.Row.Site);
        Field<StringGraphType>("arm").Description("Trial arm.").Resolve(c => c.Source.Row.Arm);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SampleGraphType>>>>("samples")
            .Description("Profiled samples, by id.")
            .ResolveAsync(async c => await c.Source.Batch.SamplesOf(c.Source.Row.PatientKey));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TherapyLineGraphType>>>>("therapyLines")
            .Description("Lines of systemic therapy in order, with derived PFS.")
            .ResolveAsync(async c => await c.Source.Batch.TherapyLinesOf(c.Source.Row.PatientKey));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FollowUpEventGraphType>>>>("followUp")
            .Description("Follow-up events in date order.")
            .ResolveAsync(async c => await c.Source.Batch.FollowUpOf(c.Source.Row.PatientKey));
    }
}
