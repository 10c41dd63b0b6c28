using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Api;

/// <summary>
/// A page of cohort-wide actionable matches. The patients (and below them, samples and everything else) of the whole
/// page are loaded once, by the first match whose patient or sample is asked for: a page costs a fixed number of
/// queries whatever its size.
/// </summary>
public sealed class ActionableAlterationPageBatch
{
    private readonly Lazy<Task<Dictionary<long, PatientNode>>> patients;

    public ActionableAlterationPageBatch(WarehouseReader reader, IReadOnlyList<ActionableAlterationRow> rows, CancellationToken cancellationToken)
    {
        Matches = rows.Select(r => new ActionableAlterationNode(r, this)).ToList();
        var keys = rows.Select(r => r.PatientKey).Distinct().ToArray();
        patients = new(async () =>
        {
            var batch = new PageBatch(reader, await reader.PatientsByKeyAsync(keys, cancellationToken), cancellationToken);
            return batch.Patients.ToDictionary(p => p.Row.PatientKey);
        });
    }

    public IReadOnlyList<ActionableAlterationNode> Matches { get; }

    public async Task<PatientNode> PatientOf(long patientKey) => (await patients.Value)[patientKey];

    public async Task<SampleNode> SampleOf(long patientKey, long sampleKey)
    {
        var patient = await PatientOf(patientKey);
        return (await patient.Batch.SamplesOf(patientKey)).Single(s => s.Row.SampleKey == sampleKey);
    }
}

public sealed record ActionableAlterationNode(ActionableAlterationRow Row, ActionableAlterationPageBatch Batch);
