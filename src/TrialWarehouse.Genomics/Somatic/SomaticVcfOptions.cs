using TrialWarehouse.Domain;

namespace TrialWarehouse.Genomics.Somatic;

public sealed record SomaticVcfOptions
{
    public static readonly SomaticVcfOptions Default = new();

    /// <summary>
    /// The caller that wrote the file, when its header does not say (or says wrongly); null to detect it from the
    /// header (see <see cref="CallerDetector"/>).
    /// </summary>
    public SomaticCaller? Caller { get; init; }

    /// <summary>
    /// The reference FASTA of the file's build: when given, every small variant is left-aligned against it (its REF
    /// must agree with it); without it, variants are only trimmed.
    /// </summary>
    public Normalisation.ReferenceGenome? Reference { get; init; }

    /// <summary>The longest line and, for gzip and BGZF, the largest expansion read (see <see cref="InputLimits"/>).</summary>
    public InputLimits Limits { get; init; } = InputLimits.Default;
}
