namespace TrialWarehouse.Domain;

/// <summary>
/// One somatic small variant observed in one sample, normalised (one ALT allele, shared prefix/suffix trimmed,
/// left-aligned where the caller already did so) and annotated with the consequence on its gene. <see cref="Vaf"/>
/// is null when the file does not give what it is computed from. <see cref="Exon"/> is the exon of the chosen
/// transcript the variant falls in, when the annotation says.
/// </summary>
public sealed record VariantCall(
    string SampleId,
    string GenomeBuild,
    string Chrom,
    long Position,
    string Ref,
    string Alt,
    string? Gene,
    string? Consequence,
    string? TranscriptId,
    string? HgvsC,
    string? HgvsP,
    double? Vaf,
    int? Depth,
    int? AltCount,
    string Filter,
    int? Exon = null);

/// <summary>Gene-level copy-number call, with the cBioPortal discrete state (-2 deep loss .. 2 amplification).</summary>
public sealed record CopyNumberCall(
    string SampleId,
    string Gene,
    int State,
    double? Log2Ratio,
    double? CopyNumber);

/// <summary>The variant calls of one tumor sample, read from one somatic VCF.</summary>
public sealed record SomaticCalls(
    string TumorSampleId,
    string? NormalSampleId,
    string GenomeBuild,
    IReadOnlyList<VariantCall> Calls);

/// <summary>cBioPortal's discrete copy-number states.</summary>
public static class CopyNumberStates
{
    public const int DeepDeletion = -2;
    public const int ShallowDeletion = -1;
    public const int Neutral = 0;
    public const int Gain = 1;
    public const int Amplification = 2;

    public static string Name(int state) => state switch
    {
        DeepDeletion => "deep deletion",
        ShallowDeletion => "shallow deletion",
        Neutral => "neutral",
        Gain => "gain",
        Amplification => "amplification",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "copy-number state must be -2..2"),
    };
}

/// <summary>The genome-wide signatures a sequencing pipeline reports per sample, and when they count as positive.</summary>
public static class GenomicSignatures
{
    public const string MsiHigh = "MSI-H";
    public const string TmbHigh = "TMB-high";

    /// <summary>
    /// Mutations per megabase from which a tumor is TMB-high: the threshold of the tumor-agnostic pembrolizumab approval
    /// (KEYNOTE-158, Marabelle et al., Lancet Oncol 2020, PMID 32919526).
    /// </summary>
    public const double TmbHighThreshold = 10;

    /// <summary>The positive signatures of a sample: MSI-H when the pipeline says so, TMB-high from the threshold.</summary>
    public static IEnumerable<string> Positive(double? tmb, string? msiStatus)
    {
        if (string.Equals(msiStatus, MsiHigh, StringComparison.Ordinal))
            yield return MsiHigh;
        if (tmb >= TmbHighThreshold)
            yield return TmbHigh;
    }
}

/// <summary>The gene-level copy-number calls of one tumor sample, read from one CNV VCF, with the build they were mapped on.</summary>
public sealed record CopyNumberProfile(
    string SampleId,
    string GenomeBuild,
    IReadOnlyList<CopyNumberCall> Calls);

/// <summary>
/// A gene fusion observed in one sample: the 5' partner's part upstream of its breakpoint joined to the 3' partner's
/// part downstream of its own, with the breakpoints on the sample's build and the reads that support the junction
/// (null when the file does not say).
/// </summary>
public sealed record FusionCall(
    string SampleId,
    string Gene5,
    string Gene3,
    string Chrom5,
    long Position5,
    string Chrom3,
    long Position3,
    int? SupportingReads);

/// <summary>The fusions of one tumor sample, read from one structural-variant VCF, with the build they were mapped on.</summary>
public sealed record FusionProfile(
    string SampleId,
    string GenomeBuild,
    IReadOnlyList<FusionCall> Calls);
