namespace TrialWarehouse.Domain;

/// <summary>
/// What every input reader holds a file to, so that one file cannot take the memory or the night of an ingestion
/// run: a line longer than <see cref="MaxLineBytes"/>, or compressed data that expands beyond
/// <see cref="MaxDecompressedBytes"/> or more than <see cref="MaxExpansionRatio"/> times, rejects the file (it loads
/// nothing and goes to the quarantine). Bound from the <c>Ingestion:Limits</c> section.
/// </summary>
public sealed record InputLimits
{
    public static readonly InputLimits Default = new();

    /// <summary>
    /// The longest line read, in bytes, line break excluded. 1 MiB: the longest lines of real inputs are VCF records
    /// whose VEP CSQ lists every transcript of a gene-dense region (tens of KB) and #CHROM lines of a few samples;
    /// a line beyond 1 MiB is a file cut or joined wrongly, or binary data, and would otherwise be held whole in memory.
    /// </summary>
    public int MaxLineBytes { get; init; } = 1 << 20;

    /// <summary>
    /// The most bytes a compressed file may expand to. 64 GiB: a 2 GB VCF.gz, at the 5-15x bgzip reaches on VCF, is
    /// 10-30 GB of text; beyond this no real delivery goes, and a night is not spent decompressing one file.
    /// </summary>
    public long MaxDecompressedBytes { get; init; } = 64L << 30;

    /// <summary>
    /// The most a compressed file may expand (decompressed / compressed bytes), checked once
    /// <see cref="ExpansionCheckedAfterBytes"/> have been decompressed. 100: bgzip compresses VCF 5-15 times, and
    /// very repetitive VCFs (few samples, short annotations) stay under 30; deflate of repeated bytes, the stuff of
    /// compression bombs, reaches 1,000.
    /// </summary>
    public double MaxExpansionRatio { get; init; } = 100;

    /// <summary>
    /// Decompressed bytes before the ratio is checked. 64 MiB: a small file may compress very well (a header-only
    /// VCF, a few identical records) without harm; what is held against a bomb is the size it reaches.
    /// </summary>
    public long ExpansionCheckedAfterBytes { get; init; } = 64L << 20;

    /// <summary>Throws when a limit cannot hold a file (not positive), naming the setting.</summary>
    public InputLimits Validated()
    {
        if (MaxLineBytes < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxLineBytes), MaxLineBytes, "Ingestion:Limits:MaxLineBytes must be at least 1 (bytes)");
        if (MaxDecompressedBytes < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxDecompressedBytes), MaxDecompressedBytes, "Ingestion:Limits:MaxDecompressedBytes must be at least 1 (bytes)");
        if (!(MaxExpansionRatio >= 1))
            throw new ArgumentOutOfRangeException(nameof(MaxExpansionRatio), MaxExpansionRatio, "Ingestion:Limits:MaxExpansionRatio must be at least 1");
        if (ExpansionCheckedAfterBytes < 0)
            throw new ArgumentOutOfRangeException(nameof(ExpansionCheckedAfterBytes), ExpansionCheckedAfterBytes, "Ingestion:Limits:ExpansionCheckedAfterBytes must not be negative");
        return this;
    }
}
