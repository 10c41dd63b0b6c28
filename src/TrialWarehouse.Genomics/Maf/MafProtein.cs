using System.Globalization;
using System.Text.RegularExpressions;
using TrialWarehouse.Genomics.Somatic;

namespace TrialWarehouse.Genomics.Maf;

/// <summary>HGVSp_Short as vcf2maf writes it: one-letter HGVSp, with its two readable forms for splice and silent changes.</summary>
public static partial class MafProtein
{
    /// <summary>
    /// One-letter HGVSp; for a splice donor/acceptor variant <c>p.X{codon}_splice</c> from the HGVSc position (the
    /// codon of c.N is round((N + N mod 3) / 3), N at least 1); for a silent <c>p.=</c>, <c>p.{aa}{position}=</c>
    /// from VEP's Amino_acids and Protein_position.
    /// </summary>
    public static string? Short(string? hgvsp, string? hgvsc, string? oneConsequence, string? proteinPosition, string? aminoAcids)
    {
        string? result = string.IsNullOrEmpty(hgvsp) ? null : ProteinNotation.ToOneLetter(hgvsp);
        if (oneConsequence is "splice_acceptor_variant" or "splice_donor_variant" && hgvsc is not null
            && CodingStart().Match(hgvsc) is { Success: true } coding)
        {
            long c = Math.Max(1, long.Parse(coding.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture));
            long codon = (long)Math.Round((c + (c % 3)) / 3.0, MidpointRounding.ToEven);
            return string.Create(CultureInfo.InvariantCulture, $"p.X{codon}_splice");
        }

        if (result == "p.=" && proteinPosition is not null && ProteinStart().Match(proteinPosition) is { Success: true } position)
        {
            return $"p.{aminoAcids}{position.Groups[1].Value}=";
        }

        return result;
    }

    /// <summary>vcf2maf's splice notation is not HGVS: a reader must not take it for a protein change.</summary>
    public static bool IsSplicePseudoNotation(string value) => SpliceNotation().IsMatch(value);

    [GeneratedRegex(@"^c.(\d+)")]
    private static partial Regex CodingStart();

    [GeneratedRegex(@"^(\d+)(-\d+)?/\d+$")]
    private static partial Regex ProteinStart();

    [GeneratedRegex(@"^p\.X\d+_splice$")]
    private static partial Regex SpliceNotation();
}
