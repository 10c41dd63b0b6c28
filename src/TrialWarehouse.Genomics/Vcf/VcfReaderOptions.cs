using TrialWarehouse.Domain;

namespace TrialWarehouse.Genomics.Vcf;

public sealed record VcfReaderOptions
{
    public static readonly VcfReaderOptions Default = new();

    /// <summary>
    /// Also reject INFO/FORMAT keys, FILTER names and contigs that the header does not declare. The specification
    /// (4.0 to 4.5) only recommends declaring them, so this is off unless a consumer wants it.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>Stop collecting (and reading) after this many errors.</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>The longest line and, for gzip and BGZF, the largest expansion read (see <see cref="InputLimits"/>).</summary>
    public InputLimits Limits { get; init; } = InputLimits.Default;
}
