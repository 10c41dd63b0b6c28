namespace TrialWarehouse.Domain;

/// <summary>
/// The calls of one tumor sample as the file is read: the sample and build (from the header) at once, the calls as
/// <see cref="Calls"/> is enumerated. Every enumeration must give the same calls (a retried transaction reads them again).
/// </summary>
public sealed class SomaticCallStream(string tumorSampleId, string? normalSampleId, string genomeBuild, IEnumerable<VariantCall> calls)
{
    public string TumorSampleId { get; } = tumorSampleId;
    public string? NormalSampleId { get; } = normalSampleId;
    public string GenomeBuild { get; } = genomeBuild;
    public IEnumerable<VariantCall> Calls { get; } = calls;

    /// <summary>Calls already in memory (a MAF's samples), in the same shape as a file being read.</summary>
    public static SomaticCallStream Of(SomaticCalls calls) =>
        new(calls.TumorSampleId, calls.NormalSampleId, calls.GenomeBuild, calls.Calls);
}
