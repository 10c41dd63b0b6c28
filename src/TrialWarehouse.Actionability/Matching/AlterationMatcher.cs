namespace TrialWarehouse.Actionability;

/// <summary>
/// The <c>alteration</c> column of a knowledge-base row: which alterations of the row's gene it covers.
/// <see cref="AlterationMatcherParser"/> turns the text into one of the subclasses.
/// </summary>
public abstract class AlterationMatcher
{
    protected AlterationMatcher(string text) => Text = text;

    /// <summary>The matcher as written in the knowledge base.</summary>
    public string Text { get; }

    /// <summary>Mutation matchers may carry the <c>germline:</c> qualifier; the others may not.</summary>
    public virtual bool AppliesToMutations => false;

    /// <summary>Signature matchers are written with gene <c>*</c>; every other matcher names a gene.</summary>
    public virtual bool IsGeneIndependent => false;

    public abstract bool Matches(string gene, Alteration alteration);

    public override string ToString() => Text;

    protected static bool SameGene(string gene, string? other) =>
        other is not null && string.Equals(gene, other.Trim(), StringComparison.OrdinalIgnoreCase);

    protected static bool IsMutationOf(string gene, Alteration alteration) =>
        alteration.Kind == AlterationKind.Mutation && SameGene(gene, alteration.Gene);
}
