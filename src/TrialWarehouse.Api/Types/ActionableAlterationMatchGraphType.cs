using GraphQL.Types;

namespace TrialWarehouse.Api.Types;

public sealed class ActionableAlterationMatchGraphType : ObjectGraphType<ActionableAlterationNode>
{
    public ActionableAlterationMatchGraphType()
    {
        Name = "ActionableAlterationMatch";
        Description = "An actionable alteration of one sample of one patient, with the knowledge-base rule that ranks it. Decision support: the tumor board decides.";
        Field<NonNullGraphType<IdGraphType>>("patientId").Description("Pseudonymous id of the patient.").Resolve(c => c.Source.Row.PatientId);
        Field<NonNullGraphType<IdGraphType>>("sampleId").Description("Id of the sample the alteration was found in.").Resolve(c => c.Source.Row.SampleId);
        Field<NonNullGraphType<PatientGraphType>>("patient")
            .Description("The patient, with everything the `patient` field gives (loaded for the whole page at once).")
            .ResolveAsync(async c => await c.Source.Batch.PatientOf(c.Source.Row.PatientKey));
        Field<NonNullGraphType<SampleGraphType>>("sample")
            .Description("The sample, with its calls.")
            .ResolveAsync(async c => await c.Source.Batch.SampleOf(c.Source.Row.PatientKey, c.Source.Row.SampleKey));
        ActionableAlterationGraphType.AddMatchFields(this, n => n.Row.Match);
    }
}
