using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical;

/// <summary>
/// Reads the clinical CSV files of a delivery (see docs/formats.md). Each method validates the whole file and either
/// returns every record or throws <see cref="InputRejectedException"/> carrying every problem found (at most 100).
/// </summary>
public static class ClinicalFiles
{
    public static IReadOnlyList<Patient> ReadPatients(string path) => ReadPatients(path, TimeProvider.System);

    /// <param name="time">Source of "this year", the upper bound of <c>birth_year</c>.</param>
    public static IReadOnlyList<Patient> ReadPatients(string path, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return ClinicalTable.Read(path, new PatientMapper(time.GetLocalNow().Year));
    }

    public static IReadOnlyList<Sample> ReadSamples(string path) => ClinicalTable.Read(path, new SampleMapper());

    public static IReadOnlyList<TherapyLine> ReadTherapyLines(string path) => ClinicalTable.Read(path, new TherapyLineMapper());

    public static IReadOnlyList<FollowUpEvent> ReadFollowUp(string path) => ClinicalTable.Read(path, new FollowUpMapper());

    public static IReadOnlyList<CtcCount> ReadCtcCounts(string path) => ClinicalTable.Read(path, new CtcMapper());

    public static IReadOnlyList<IhcResult> ReadIhcResults(string path) => ClinicalTable.Read(path, new IhcMapper());

    public static IReadOnlyList<ModelResponse> ReadModelResponses(string path) => ClinicalTable.Read(path, new ModelResponseMapper());
}
