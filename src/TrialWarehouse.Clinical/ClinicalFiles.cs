using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical;

/// <summary>
/// Reads the clinical CSV files of a delivery (see docs/formats.md). Each method validates the whole file and either
/// returns every record or throws <see cref="InputRejectedException"/> carrying every problem found (at most 100).
/// A file is read within <see cref="InputLimits"/> (the defaults when none are given): a longer line rejects it.
/// </summary>
public static class ClinicalFiles
{
    public static IReadOnlyList<Patient> ReadPatients(string path) => ReadPatients(path, TimeProvider.System);

    /// <param name="time">Source of "this year", the upper bound of <c>birth_year</c>.</param>
    public static IReadOnlyList<Patient> ReadPatients(string path, TimeProvider time, InputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        return ClinicalTable.Read(path, new PatientMapper(time.GetLocalNow().Year), limits);
    }

    public static IReadOnlyList<Sample> ReadSamples(string path) => ReadSamples(path, out _);

    public static IReadOnlyList<TherapyLine> ReadTherapyLines(string path) => ReadTherapyLines(path, out _);

    public static IReadOnlyList<FollowUpEvent> ReadFollowUp(string path) => ReadFollowUp(path, out _);

    public static IReadOnlyList<CtcCount> ReadCtcCounts(string path, InputLimits? limits = null) => ClinicalTable.Read(path, new CtcMapper(), limits);

    public static IReadOnlyList<IhcResult> ReadIhcResults(string path, InputLimits? limits = null) => ClinicalTable.Read(path, new IhcMapper(), limits);

    public static IReadOnlyList<ModelResponse> ReadModelResponses(string path, InputLimits? limits = null) => ClinicalTable.Read(path, new ModelResponseMapper(), limits);

    // With the line of each record, for the checks against the warehouse made at load time.

    public static IReadOnlyList<Sample> ReadSamples(string path, out IReadOnlyList<long> lines, InputLimits? limits = null) => Read(path, new SampleMapper(), out lines, limits);

    public static IReadOnlyList<TherapyLine> ReadTherapyLines(string path, out IReadOnlyList<long> lines, InputLimits? limits = null) => Read(path, new TherapyLineMapper(), out lines, limits);

    public static IReadOnlyList<FollowUpEvent> ReadFollowUp(string path, out IReadOnlyList<long> lines, InputLimits? limits = null) => Read(path, new FollowUpMapper(), out lines, limits);

    private static IReadOnlyList<T> Read<T>(string path, RecordMapper<T> mapper, out IReadOnlyList<long> lines, InputLimits? limits)
        where T : class
    {
        var records = ClinicalTable.Read(path, mapper, limits);
        lines = mapper.Lines;
        return records;
    }
}
