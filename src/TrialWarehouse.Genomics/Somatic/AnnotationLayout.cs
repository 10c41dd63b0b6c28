using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Genomics.Somatic;

/// <summary>Which annotator wrote the annotations, and so how an entry is laid out.</summary>
public enum AnnotationFormat
{
    /// <summary>Ensembl VEP <c>CSQ</c>: '|'-separated fields named in the header's "Format: ..." description.</summary>
    Vep,

    /// <summary>SnpEff 4+ <c>ANN</c>: '|'-separated fields of the ANN standard.</summary>
    SnpEffAnn,

    /// <summary>SnpEff's legacy <c>EFF</c>: <c>Effect(Impact|...|Transcript|Exon|Genotype)</c>.</summary>
    SnpEffEff,
}

/// <summary>The sub-field layout of an annotation INFO field, read from its header description.</summary>
internal sealed record AnnotationLayout(string Key, AnnotationFormat Format, string[] Fields)
{
    /// <summary>The first of CSQ, ANN, EFF the header declares with a readable layout; null for none.</summary>
    public static AnnotationLayout? FromHeader(VcfHeader header)
    {
        if (header.InfoDefinitions.TryGetValue("CSQ", out var csq))
        {
            int at = csq.Description.IndexOf("Format:", StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return new AnnotationLayout("CSQ", AnnotationFormat.Vep, Split(csq.Description[(at + 7)..]));
            }
        }

        if (header.InfoDefinitions.TryGetValue("ANN", out var ann))
        {
            int colon = ann.Description.IndexOf(':', StringComparison.Ordinal);
            return new AnnotationLayout("ANN", AnnotationFormat.SnpEffAnn, Split(colon >= 0 ? ann.Description[(colon + 1)..] : ann.Description));
        }

        if (header.InfoDefinitions.TryGetValue("EFF", out var eff) && EffFields(eff.Description) is { } fields)
        {
            return new AnnotationLayout("EFF", AnnotationFormat.SnpEffEff, fields);
        }

        return null;
    }

    public int Find(params string[] names)
    {
        foreach (string name in names)
        {
            int index = Array.FindIndex(Fields, f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>
    /// "... Format: 'Effect ( Effect_Impact | Functional_Class | ... | Exon_Rank | Genotype [ | ERRORS | WARNINGS ] )'"
    /// becomes [Effect, Effect_Impact, Functional_Class, ..., ERRORS, WARNINGS]: the effect name, then the fields in
    /// the parentheses, which is how <see cref="AnnotationReader"/> splits an entry too.
    /// </summary>
    private static string[]? EffFields(string description)
    {
        int open = description.IndexOf('(', StringComparison.Ordinal);
        int close = description.LastIndexOf(')');
        if (open < 0 || close < open)
        {
            return null;
        }

        int start = description.LastIndexOfAny([':', '\'', '"'], open) + 1;
        string effect = description[start..open].Trim();
        string inner = description[(open + 1)..close].Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal);
        return [effect, .. Split(inner).Where(f => f.Length > 0)];
    }

    private static string[] Split(string layout) =>
        [.. layout.Trim().Trim('\'', '"').Split('|').Select(f => f.Trim().Trim('\'', '"').Trim())];
}
