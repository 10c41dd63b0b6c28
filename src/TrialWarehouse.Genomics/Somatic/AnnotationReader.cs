using System.Globalization;
using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Genomics.Somatic;

/// <summary>
/// Reads VEP <c>CSQ</c>, SnpEff <c>ANN</c> or legacy SnpEff <c>EFF</c> annotations, with the sub-field layout taken
/// from the INFO header, and chooses one per ALT allele: first by transcript flag (VEP's <c>MANE_SELECT</c> filled
/// in, then <c>CANONICAL=YES</c>, then <c>PICK=1</c>), then by the most severe consequence in VEP's ranking
/// (<see cref="ConsequenceSeverity"/>), then the first written. One instance serves one file on one thread.
/// </summary>
public sealed class AnnotationReader
{
    private const int NoFlag = 3;

    private readonly AnnotationLayout _layout;
    private readonly int _allele;
    private readonly int _alleleNumber;
    private readonly int _gene;
    private readonly int _consequence;
    private readonly int _feature;
    private readonly int _hgvsc;
    private readonly int _hgvsp;
    private readonly int _exon;
    private readonly int _pick;
    private readonly int _canonical;
    private readonly int _maneSelect;

    // Reused for every entry: annotation parsing runs on every record of a file, and allocating here would dominate.
    private Range[] _fields;

    private AnnotationReader(AnnotationLayout layout)
    {
        _layout = layout;
        _fields = new Range[layout.Fields.Length + 1];
        switch (layout.Format)
        {
            case AnnotationFormat.Vep:
                _allele = layout.Find("Allele");
                _alleleNumber = layout.Find("ALLELE_NUM");
                _gene = layout.Find("SYMBOL");
                _consequence = layout.Find("Consequence");
                _feature = layout.Find("Feature");
                _hgvsc = layout.Find("HGVSc");
                _hgvsp = layout.Find("HGVSp");
                _exon = layout.Find("EXON");
                _pick = layout.Find("PICK");
                _canonical = layout.Find("CANONICAL");
                _maneSelect = layout.Find("MANE_SELECT");
                break;
            case AnnotationFormat.SnpEffAnn:
                (_allele, _alleleNumber, _pick, _canonical, _maneSelect) = (layout.Find("Allele"), -1, -1, -1, -1);
                _gene = layout.Find("Gene_Name");
                _consequence = layout.Find("Annotation");
                _feature = layout.Find("Feature_ID");
                _hgvsc = layout.Find("HGVS.c");
                _hgvsp = layout.Find("HGVS.p");
                _exon = layout.Find("Rank");
                break;
            default:
                // SnpEff 4 names the last field Genotype (the ALT bases), SnpEff 3 Genotype_Number (1 for the first ALT).
                (_allele, _alleleNumber, _pick, _canonical, _maneSelect) = (layout.Find("Genotype", "Genotype_Number"), -1, -1, -1, -1);
                _gene = layout.Find("Gene_Name");
                _consequence = layout.Find("Effect");
                _feature = layout.Find("Transcript_ID", "Transcript");
                _hgvsc = -1;
                _hgvsp = layout.Find("Amino_Acid_Change", "Amino_Acid_change");
                _exon = layout.Find("Exon_Rank", "Exon");
                break;
        }
    }

    public AnnotationFormat Format => _layout.Format;

    /// <summary>The names of an entry's fields, as the header declares them (EFF: the effect, then the fields in parentheses).</summary>
    public IReadOnlyList<string> FieldNames => _layout.Fields;

    /// <summary>Null when the header declares none of CSQ (with "Format: ..."), ANN, EFF.</summary>
    public static AnnotationReader? FromHeader(VcfHeader header) =>
        AnnotationLayout.FromHeader(header) is { } layout ? new AnnotationReader(layout) : null;

    /// <summary>The annotation of ALT <paramref name="altIndex"/> of the record as written (before splitting).</summary>
    public Annotation? Read(VcfRecord original, int altIndex)
    {
        if (!original.TryGetInfo(_layout.Key, out var value) || value.IsEmpty || VcfRecord.IsMissing(value))
        {
            return null;
        }

        string alt = original.Alts[altIndex];
        string expected = _layout.Format == AnnotationFormat.Vep ? VepAllele(original, altIndex) : alt;
        string? chosen = Choose(value, altIndex, expected, alt, matchAllele: true);
        if (chosen is null && original.AltCount == 1)
        {
            // An annotator that writes an allele spelling this reader does not expect still annotates the only ALT.
            chosen = Choose(value, altIndex, expected, alt, matchAllele: false);
        }

        return chosen is null ? null : ToAnnotation(chosen);
    }

    /// <summary>
    /// What <see cref="Read"/> gives, with the fields of the chosen entry and of every entry for the allele (each
    /// split on '|', named by <see cref="FieldNames"/>), for writers that carry all of them (the MAF's VEP columns).
    /// </summary>
    public AnnotatedAllele? ReadWithFields(VcfRecord original, int altIndex)
    {
        if (!original.TryGetInfo(_layout.Key, out var value) || value.IsEmpty || VcfRecord.IsMissing(value))
        {
            return null;
        }

        string alt = original.Alts[altIndex];
        string expected = _layout.Format == AnnotationFormat.Vep ? VepAllele(original, altIndex) : alt;
        bool matchAllele = Choose(value, altIndex, expected, alt, matchAllele: true) is not null || original.AltCount != 1;
        string? chosen = Choose(value, altIndex, expected, alt, matchAllele);
        if (chosen is null)
        {
            return null;
        }

        var all = new List<string[]>();
        foreach (var range in value.Split(','))
        {
            string entry = _layout.Format == AnnotationFormat.SnpEffEff ? EffAsFields(value[range]) : value[range].ToString();
            int count = SplitFields(entry);
            if (count > 0 && (!matchAllele || MatchesAllele(entry, count, altIndex, expected, alt)))
            {
                all.Add(entry.Split('|'));
            }
        }

        return new AnnotatedAllele(ToAnnotation(chosen), chosen.Split('|'), all);
    }

    /// <summary>
    /// VEP writes indel alleles without the padding base when every allele of the record shares it, and '-' for an
    /// allele left empty; SNVs and MNPs keep their bases.
    /// </summary>
    public static string VepAllele(VcfRecord record, int altIndex)
    {
        string reference = record.Ref;
        var alts = record.Alts;
        bool isIndel = false;
        bool sharedFirst = true;
        foreach (string a in alts)
        {
            isIndel |= a.Length != reference.Length && a[0] is not ('<' or '*' or '[' or ']');
            sharedFirst &= a.Length > 0 && char.ToUpperInvariant(a[0]) == char.ToUpperInvariant(reference[0]);
        }

        string alt = alts[altIndex];
        if (!isIndel || !sharedFirst)
        {
            return alt;
        }

        return alt.Length == 1 ? "-" : alt[1..];
    }

    /// <summary>The best entry for the allele as a '|'-separated string, or null when none is for it.</summary>
    private string? Choose(ReadOnlySpan<char> value, int altIndex, string expected, string alt, bool matchAllele)
    {
        Range best = default;
        string? bestEff = null;
        int bestFlag = int.MaxValue;
        int bestSeverity = int.MaxValue;
        foreach (var range in value.Split(','))
        {
            var entry = value[range];
            string? eff = null;
            if (_layout.Format == AnnotationFormat.SnpEffEff)
            {
                eff = EffAsFields(entry);
                entry = eff;
            }

            int count = SplitFields(entry);
            if (count == 0 || (matchAllele && !MatchesAllele(entry, count, altIndex, expected, alt)))
            {
                continue;
            }

            int flag = Flag(entry, count);
            int severity = ConsequenceSeverity.RankOfAll(Field(entry, count, _consequence));
            if (flag < bestFlag || (flag == bestFlag && severity < bestSeverity))
            {
                (best, bestEff, bestFlag, bestSeverity) = (range, eff, flag, severity);
            }
        }

        return bestFlag == int.MaxValue ? null : bestEff ?? value[best].ToString();
    }

    private int Flag(ReadOnlySpan<char> entry, int count)
    {
        if (!Field(entry, count, _maneSelect).IsEmpty)
        {
            return 0;
        }

        if (Field(entry, count, _canonical).SequenceEqual("YES"))
        {
            return 1;
        }

        return Field(entry, count, _pick).SequenceEqual("1") ? 2 : NoFlag;
    }

    private bool MatchesAllele(ReadOnlySpan<char> entry, int count, int altIndex, string expected, string alt)
    {
        var number = Field(entry, count, _alleleNumber);
        if (!number.IsEmpty)
        {
            return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n == altIndex + 1;
        }

        var allele = Field(entry, count, _allele);
        if (_layout.Format == AnnotationFormat.SnpEffEff && int.TryParse(allele, NumberStyles.None, CultureInfo.InvariantCulture, out int genotypeNumber))
        {
            return genotypeNumber == altIndex + 1;
        }

        return allele.Equals(expected, StringComparison.OrdinalIgnoreCase) || allele.Equals(alt, StringComparison.OrdinalIgnoreCase);
    }

    private Annotation ToAnnotation(string entry)
    {
        int count = SplitFields(entry);
        var consequenceText = Field(entry, count, _consequence);
        string? consequence = consequenceText.IsEmpty ? null : ConsequenceSeverity.MostSevere(consequenceText);
        string? hgvsc = NullIfEmpty(AfterColon(Field(entry, count, _hgvsc)));
        string? protein = NullIfEmpty(AfterColon(Field(entry, count, _hgvsp)));
        if (_layout.Format == AnnotationFormat.SnpEffEff)
        {
            // EFF's Amino_Acid_Change is "p.Ala65Thr/c.193G>A" with -hgvs, a bare "A65T" without.
            (protein, hgvsc) = SplitEffChange(protein);
        }

        string? threeLetter = protein?.Replace("%3D", "=", StringComparison.OrdinalIgnoreCase);
        string? oneLetter = threeLetter is null ? null : ProteinNotation.ToOneLetter(threeLetter);
        if (threeLetter is not null && oneLetter == threeLetter && threeLetter.Any(char.IsAsciiLetterUpper))
        {
            // Written one-letter already: there is no three-letter form to give.
            threeLetter = null;
        }

        return new Annotation(
            NullIfEmpty(Field(entry, count, _gene)),
            consequence,
            NullIfEmpty(Field(entry, count, _feature)),
            hgvsc,
            oneLetter,
            threeLetter,
            ExonOf(Field(entry, count, _exon), consequenceText));
    }

    /// <summary>
    /// VEP EXON "19/28" (or "2-3/28" across exons) gives 19 (2). SnpEff's Rank is the intron's for an intronic
    /// variant, so it is an exon only when the consequence is not intronic.
    /// </summary>
    private int? ExonOf(ReadOnlySpan<char> rank, ReadOnlySpan<char> consequences)
    {
        if (rank.IsEmpty || (_layout.Format != AnnotationFormat.Vep && IsIntronic(consequences)))
        {
            return null;
        }

        int end = rank.IndexOfAny('/', '-');
        return int.TryParse(end < 0 ? rank : rank[..end], NumberStyles.None, CultureInfo.InvariantCulture, out int exon) ? exon : null;
    }

    private static bool IsIntronic(ReadOnlySpan<char> consequences)
    {
        foreach (var range in consequences.Split('&'))
        {
            string term = ConsequenceSeverity.ToSequenceOntology(consequences[range]);
            if (term.Contains("intron", StringComparison.Ordinal) || term is "splice_acceptor_variant" or "splice_donor_variant")
            {
                return true;
            }
        }

        return false;
    }

    private static (string? Protein, string? Coding) SplitEffChange(ReadOnlySpan<char> change)
    {
        string? protein = null;
        string? coding = null;
        foreach (var range in change.Split('/'))
        {
            var part = change[range];
            if (part.StartsWith("c.") || part.StartsWith("n."))
            {
                coding = part.ToString();
            }
            else if (part.StartsWith("p."))
            {
                protein = part.ToString();
            }
            else if (!part.IsEmpty && protein is null)
            {
                protein = $"p.{part}";
            }
        }

        return (protein, coding);
    }

    /// <summary><c>EFFECT(a|b|c)</c> as <c>EFFECT|a|b|c</c>, the layout <see cref="AnnotationLayout"/> names.</summary>
    private static string EffAsFields(ReadOnlySpan<char> entry)
    {
        int open = entry.IndexOf('(');
        int close = entry.LastIndexOf(')');
        return open < 0 || close < open ? entry.ToString() : string.Concat(entry[..open], "|", entry[(open + 1)..close]);
    }

    private int SplitFields(ReadOnlySpan<char> entry)
    {
        if (entry.IsEmpty || VcfRecord.IsMissing(entry))
        {
            return 0;
        }

        // Split stops at the buffer's length: an entry with more fields than the header names keeps the rest in the last.
        int count = entry.Split(_fields, '|');
        if (count == _fields.Length && _fields.Length <= entry.Count('|'))
        {
            _fields = new Range[entry.Count('|') + 1];
            count = entry.Split(_fields, '|');
        }

        return count;
    }

    private ReadOnlySpan<char> Field(ReadOnlySpan<char> entry, int count, int index) =>
        index >= 0 && index < count ? entry[_fields[index]] : [];

    private static ReadOnlySpan<char> AfterColon(ReadOnlySpan<char> value) => value[(value.IndexOf(':') + 1)..];

    private static string? NullIfEmpty(ReadOnlySpan<char> value) => value.IsEmpty ? null : value.ToString();
}
