using System.Globalization;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Genomics.Maf;

/// <summary>
/// One MAF line, by column name (<see cref="MafColumns"/>); a column never set is written empty. <see cref="For"/>
/// fills every column a warehouse variant call determines, so a VCF converted with <c>vcf to-maf</c> and the same
/// calls exported from the warehouse give the same core columns.
/// </summary>
public sealed class MafRow
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public string this[string column]
    {
        get => _values.GetValueOrDefault(column, "");
        set => _values[column] = value ?? "";
    }

    public MafAlleles Alleles { get; private init; }

    /// <summary>The values in <see cref="MafColumns.All"/> order.</summary>
    public IEnumerable<string> Values => MafColumns.All.Select(c => this[c]);

    /// <summary>
    /// The row of a call (VCF-style normalised alleles): alleles and positions by vcf2maf's rule, the classification of
    /// the call's consequence, the tumor's counts ("." for a count the caller does not give when another is known),
    /// Match_Norm alleles REF/REF (no normal genotype known), and <c>vcf_pos</c>/<c>vcf_ref</c>/<c>t_vaf</c>.
    /// </summary>
    public static MafRow For(VariantCall call, string? normalId, string center = ".", int? refCount = null)
    {
        ArgumentNullException.ThrowIfNull(call);
        var alleles = MafAlleles.FromVcf(call.Position, call.Ref, call.Alt);
        var row = new MafRow { Alleles = alleles };
        row["Hugo_Symbol"] = call.Gene ?? call.TranscriptId ?? "Unknown";
        row["Entrez_Gene_Id"] = "0";
        row["Center"] = center;
        row["NCBI_Build"] = call.GenomeBuild;
        row["Chromosome"] = call.Chrom;
        row["Start_Position"] = Text(alleles.Start);
        row["End_Position"] = Text(alleles.End);
        row["Strand"] = "+";
        row["Variant_Classification"] = VariantClassification.Of(call.Consequence, alleles.VariantType, alleles.InFrame);
        row["Variant_Type"] = alleles.VariantType;
        row["Reference_Allele"] = alleles.Ref;
        row["Tumor_Seq_Allele1"] = alleles.Ref;
        row["Tumor_Seq_Allele2"] = alleles.Alt;
        row["Tumor_Sample_Barcode"] = call.SampleId;
        row["Matched_Norm_Sample_Barcode"] = normalId ?? "";
        row["Match_Norm_Seq_Allele1"] = alleles.Ref;
        row["Match_Norm_Seq_Allele2"] = alleles.Ref;
        row["HGVSc"] = call.HgvsC ?? "";
        row["HGVSp_Short"] = call.HgvsP ?? "";
        row["Transcript_ID"] = call.TranscriptId ?? "";
        row["Exon_Number"] = call.Exon is { } exon ? Text(exon) : "";
        row["t_depth"] = Count(call.Depth, false);
        bool anyCount = refCount is not null || call.AltCount is not null;
        row["t_ref_count"] = Count(refCount, anyCount);
        row["t_alt_count"] = Count(call.AltCount, anyCount);
        row["Consequence"] = call.Consequence ?? "";
        row["SYMBOL"] = call.Gene ?? "";
        row["Feature"] = call.TranscriptId ?? "";
        row["FILTER"] = call.Filter;
        row["vcf_pos"] = Text(call.Position);
        row["vcf_ref"] = call.Ref;
        row["t_vaf"] = call.Vaf is { } vaf ? vaf.ToString("R", CultureInfo.InvariantCulture) : "";
        return row;
    }

    /// <summary>
    /// A read count as vcf2maf writes it: the number; "." when the caller gives other counts of the sample but not
    /// this one; empty when it gives none.
    /// </summary>
    public static string Count(int? value, bool othersKnown) => value is { } v ? Text(v) : othersKnown ? "." : "";

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
