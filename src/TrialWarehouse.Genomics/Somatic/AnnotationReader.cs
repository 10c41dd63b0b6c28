using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Genomics.Somatic;

/// <summary>
/// Reads VEP <c>CSQ</c> or SnpEff <c>ANN</c> annotations, with the sub-field layout taken from the INFO header, and picks
/// one transcript per ALT allele: the one flagged PICK, else CANONICAL=YES, else the first.
/// </summary>
public sealed class AnnotationReader
{
    private readonly string _key;
    private readonly bool _isVep;
    private readonly int _allele;
    private readonly int _alleleNumber;
    private readonly int _gene;
    private readonly int _consequence;
    private readonly int _feature;
    private readonly int _hgvsc;
    private readonly int _hgvsp;
    private readonly int _pick;
    private readonly int _canonical;

    private AnnotationReader(string key, bool isVep, string[] layout)
    {
        _key = key;
        _isVep = isVep;
        int Find(string name) => Array.FindIndex(layout, f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase));
        _allele = Find("Allele");
        _alleleNumber = isVep ? Find("ALLELE_NUM") : -1;
        _gene = Find(isVep ? "SYMBOL" : "Gene_Name");
        _consequence = Find(isVep ? "Consequence" : "Annotation");
        _feature = Find(isVep ? "Feature" : "Feature_ID");
        _hgvsc = Find(isVep ? "HGVSc" : "HGVS.c");
        _hgvsp = Find(isVep ? "HGVSp" : "HGVS.p");
        _pick = isVep ? Find("PICK") : -1;
        _canonical = isVep ? Find("CANONICAL") : -1;
    }

    /// <summary>Null when the header declares neither CSQ (with "Format: ...") nor ANN.</summary>
    public static AnnotationReader? FromHeader(VcfHeader header)
    {
        if (header.InfoDefinitions.TryGetValue("CSQ", out var csq))
        {
            int at = csq.Description.IndexOf("Format:", StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return new AnnotationReader("CSQ", true, SplitLayout(csq.Description[(at + 7)..]));
            }
        }

        if (header.InfoDefinitions.TryGetValue("ANN", out var ann))
        {
            int colon = ann.Description.IndexOf(':', StringComparison.Ordinal);
            string layout = colon >= 0 ? ann.Description[(colon + 1)..] : ann.Description;
            return new AnnotationReader("ANN", false, SplitLayout(layout));
        }

        return null;
    }

    /// <summary>The annotation of ALT <paramref name="altIndex"/> of the record as written (before splitting).</summary>
    public Annotation? Read(VcfRecord original, int altIndex)
    {
        var entries = original.GetInfoValues(_key).Where(e => e is not null).Select(e => e!.Split('|')).ToList();
        if (entries.Count == 0)
        {
            return null;
        }

        string alt = original.Alts[altIndex];
        string expected = _isVep ? VepAllele(original, altIndex) : alt;
        var forAllele = entries.Where(e => MatchesAllele(e, altIndex, expected, alt)).ToList();
        if (forAllele.Count == 0 && original.AltCount == 1)
        {
            forAllele = entries;
        }

        var chosen = forAllele.FirstOrDefault(e => Field(e, _pick) == "1")
            ?? forAllele.FirstOrDefault(e => Field(e, _canonical) == "YES")
            ?? forAllele.FirstOrDefault();
        if (chosen is null)
        {
            return null;
        }

        string? hgvsp = AfterColon(Field(chosen, _hgvsp));
        return new Annotation(
            Field(chosen, _gene),
            Field(chosen, _consequence)?.Split('&')[0],
            Field(chosen, _feature),
            AfterColon(Field(chosen, _hgvsc)),
            hgvsp is null ? null : ProteinNotation.ToOneLetter(hgvsp));
    }

    /// <summary>
    /// VEP writes indel alleles without the padding base when every allele of the record shares it, and '-' for an
    /// allele left empty; SNVs and MNPs keep their bases.
    /// </summary>
    public static string VepAllele(VcfRecord record, int altIndex)
    {
        string reference = record.Ref;
        var alts = record.Alts;
        bool isIndel = alts.Any(a => a.Length != reference.Length && a[0] is not ('<' or '*' or '[' or ']'));
        bool sharedFirst = alts.All(a => a.Length > 0 && char.ToUpperInvariant(a[0]) == char.ToUpperInvariant(reference[0]));
        string alt = alts[altIndex];
        if (!isIndel || !sharedFirst)
        {
            return alt;
        }

        return alt.Length == 1 ? "-" : alt[1..];
    }

    private bool MatchesAllele(string[] entry, int altIndex, string expected, string alt)
    {
        if (_alleleNumber >= 0 && Field(entry, _alleleNumber) is { } number)
        {
            return number == (altIndex + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        string? allele = Field(entry, _allele);
        return string.Equals(allele, expected, StringComparison.OrdinalIgnoreCase) || string.Equals(allele, alt, StringComparison.OrdinalIgnoreCase);
    }

    private static string? Field(string[] entry, int index) =>
        index >= 0 && index < entry.Length && entry[index].Length > 0 ? entry[index] : null;

    private static string? AfterColon(string? value) => value is null ? null : value[(value.IndexOf(':', StringComparison.Ordinal) + 1)..];

    private static string[] SplitLayout(string layout) =>
        [.. layout.Trim().Trim('\'', '"').Split('|').Select(f => f.Trim().Trim('\'', '"').Trim())];
}
