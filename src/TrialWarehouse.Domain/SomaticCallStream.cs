namespace TrialWarehouse.Domain;

/// <summary>
/// The calls of one tumor sample as the file is read: the sample and build (from the header) at once, the calls one
/// pass later. <see cref="Calls"/> can be enumerated once; disposing closes the file.
/// </summary>
public sealed class SomaticCallStream(string tumorSampleId, string? normalSampleId, string genomeBuild, IEnumerable<VariantCall> calls,
    IDisposable file) : IDisposable
{
    public string TumorSampleId { get; } = tumorSampleId;
    public string? NormalSampleId { get; } = normalSampleId;
    public string GenomeBuild { get; } = genomeBuild;
    public IEnumerable<VariantCall> Calls { get; } = calls;

    /// <summary>Calls already in memory (a MAF's samples), in the same shape as a file being read.</summary>
    public static SomaticCallStream Of(SomaticCalls calls) =>
        new(calls.TumorSampleId, calls.NormalSampleId, calls.GenomeBuild, calls.Calls, NothingToClose.Instance);

    public void Dispose() => file.Dispose();

    private sealed class NothingToClose : IDisposable
    {
        public static readonly NothingToClose Instance = new();
        public void Dispose() { }
    }
}
