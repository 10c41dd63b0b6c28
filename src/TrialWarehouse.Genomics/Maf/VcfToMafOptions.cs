using TrialWarehouse.Genomics.Somatic;
using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Genomics.Maf;

public sealed record VcfToMafOptions
{
    public static readonly VcfToMafOptions Default = new();

    /// <summary>Tumor_Sample_Barcode; when it names a sample column, that column is the tumor's.</summary>
    public string? TumorId { get; init; }

    /// <summary>Matched_Norm_Sample_Barcode; when it names a sample column, that column is the normal's.</summary>
    public string? NormalId { get; init; }

    /// <summary>NCBI_Build; null to take it from the header (##reference, ##contig assembly or lengths).</summary>
    public string? Build { get; init; }

    /// <summary>Center, "." as vcf2maf writes by default.</summary>
    public string Center { get; init; } = ".";

    /// <summary>The caller, when the header does not say; null to detect it.</summary>
    public SomaticCaller? Caller { get; init; }

    /// <summary>How strictly the VCF is read, and after how many errors reading stops (as loading reads it by default).</summary>
    public VcfReaderOptions Reader { get; init; } = new() { MaxErrors = 100 };
}
