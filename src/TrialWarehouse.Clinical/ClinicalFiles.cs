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

    public static IReadOnlyList<Sample> ReadSamples(string path) => ReadSamples(path, out _);

    public static IReadOnlyList<TherapyLine> ReadTherapyLines(string path) => ReadTherapyLines(path, out _);

    public static IReadOnlyList<FollowUpEvent> ReadFollowUp(string path) => ReadFollowUp(path, out _);

    public static IReadOnlyList<CtcCount> ReadCtcCounts(string path) => ClinicalTable.Read(path, new CtcMapper());

    public static IReadOnlyList<IhcResult> ReadIhcResults(string path) => ClinicalTable.Read(path, new IhcMapper());

    public static IReadOnlyList<ModelResponse> ReadModelResponses(string path) => ClinicalTable.Read(path, new ModelResponseMapper());

    // With the line of each record, for the checks against the warehouse made at load time.

    public static IReadOnlyList<Sample> ReadSamples(string path, out IReadOnlyList<long> lines) => Read(path, new SampleMapper(), out lines);

    public static IReadOnlyList<TherapyLine> ReadTherapyLines(string path, out IReadOnlyList<long> lines) => Read(path, new TherapyLineMapper(), out lines);

    public static IReadOnlyList<FollowUpEvent> ReadFollowUp(string path, out IReadOnlyList<long> lines) => Read(path, new FollowUpMapper(), out lines);

    private static IReadOnlyList<T> Read<T>(string path, RecordMapper<T> mapper, out IReadOnlyList<long> lines)
        where T : class
    {
        var records = ClinicalTable.Read(path, mapper);
        lines = mapper.Lines;
        return records;
    }
}
