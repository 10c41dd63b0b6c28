namespace TrialWarehouse.Actionability;

/// <summary><c>p.H1047R</c>: exactly this single-residue change.</summary>
public sealed class ExactProteinChangeMatcher(string text, Substitution change) : AlterationMatcher(text)
{
    public Substitution Change { get; } = change;

    public override bool AppliesToMutations => true;

    public override bool Matches(string gene, Alteration alteration) =>
        IsMutationOf(gene, alteration)
        && ProteinChange.TryParseSubstitution(alteration.HgvsP, out var observed)
        && observed == Change;
}

/// <summary>
/// <c>p.V600</c>: any missense change at this codon. The reference residue must agree too, so a change reported
/// on another transcript (where codon 600 is some other residue) does not match by accident.
/// </summary>
public sealed class CodonMatcher(string text, char reference, int position) : AlterationMatcher(text)
{
    public char Reference { get; } = reference;

    public int Position { get; } = position;

    public override bool AppliesToMutations => true;

    public override bool Matches(string gene, Alteration alteration) =>
        IsMutationOf(gene, alteration)
        && ProteinChange.TryParseSubstitution(alteration.HgvsP, out var observed)
        && observed.Reference == Reference && observed.Position == Position && observed.IsMissense;
}

public enum ExonChange
{
    AnyProteinAltering,
    Deletion,
    Insertion,
}

/// <summary><c>exon19:deletion</c>, <c>exon20:insertion</c>, <c>exon:N</c>: needs the exon number of the alteration.</summary>
public sealed class ExonMatcher(string text, int exon, ExonChange change) : AlterationMatcher(text)
{
    public int Exon { get; } = exon;

    public ExonChange Change { get; } = change;

    public override bool AppliesToMutations => true;

    public override bool Matches(string gene, Alteration alteration)
    {
        if (!IsMutationOf(gene, alteration) || alteration.Exon != Exon)
            return false;
        var terms = Consequences.Of(alteration);
        var protein = alteration.HgvsP is null ? "" : ProteinChange.Normalise(alteration.HgvsP);
        bool frameshift = terms.Contains("frameshift_variant") || protein.Contains("fs", StringComparison.Ordinal);
        return Change switch
        {
            // A deletion-insertion that shortens the protein is what EGFR "exon 19 deletions" mostly are.
            ExonChange.Deletion => terms.Contains("inframe_deletion")
                || (!frameshift && protein.Contains("del", StringComparison.Ordinal) && !terms.Contains("inframe_insertion")),
            ExonChange.Insertion => terms.Contains("inframe_insertion")
                || (!frameshift && !protein.Contains("delins", StringComparison.Ordinal)
                    && (protein.Contains("ins", StringComparison.Ordinal) || protein.Contains("dup", StringComparison.Ordinal))),
            _ => Consequences.Any(terms, Consequences.ProteinAltering),
        };
    }
}

public enum ConsequenceClass
{
    Oncogenic,
    Truncating,
    Missense,
    InframeIndel,
}

/// <summary><c>class:oncogenic|truncating|missense|inframe_indel</c>: any mutation of the gene with such a consequence.</summary>
public sealed class ConsequenceClassMatcher(string text, ConsequenceClass consequenceClass) : AlterationMatcher(text)
{
    public ConsequenceClass Class { get; } = consequenceClass;

    public override bool AppliesToMutations => true;

    public override bool Matches(string gene, Alteration alteration)
    {
        if (!IsMutationOf(gene, alteration))
            return false;
        var terms = Consequences.Of(alteration);
        return Class switch
        {
            ConsequenceClass.Truncating => Consequences.Any(terms, Consequences.Truncating),
            ConsequenceClass.Missense => terms.Contains(Consequences.Missense),
            ConsequenceClass.InframeIndel => Consequences.Any(terms, Consequences.InframeIndel),
            _ => Consequences.Any(terms, Consequences.ProteinAltering),
        };
    }
}

/// <summary>
/// <c>germline:…</c>: the inner mutation matcher, for evidence that holds only for inherited variants (germline
/// BRCA1/2 and olaparib). A variant of unknown origin still matches, flagged as needing germline confirmation.
/// </summary>
public sealed class GermlineMatcher(string text, AlterationMatcher inner) : AlterationMatcher(text)
{
    public AlterationMatcher Inner { get; } = inner;

    public override bool AppliesToMutations => true;

    public override bool Matches(string gene, Alteration alteration) =>
        alteration.Origin != AlterationOrigin.Somatic && Inner.Matches(gene, alteration);
}
