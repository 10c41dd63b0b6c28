namespace TrialWarehouse.Actionability;

/// <summary>
/// One row of the knowledge base. <see cref="Gene"/> is <c>*</c> only for signatures; <see cref="TumorType"/> is an
/// OncoTree code (the rule covers it and every code below it) or <c>*</c> for tumor-agnostic evidence.
/// </summary>
public sealed record KnowledgeBaseRule(
    long Line,
    string Gene,
    AlterationMatcher Alteration,
    string TumorType,
    EscatTier Escat,
    OncoKbLevel? OncoKb,
    IReadOnlyList<string> Drugs,
    string Evidence,
    IReadOnlyList<string> Pmids)
{
    public const string AnyTumorType = "*";

    public bool IsTumorAgnostic => TumorType == AnyTumorType;

    public bool IsResistance => OncoKb is { } level && level.IsResistance();

    public bool RequiresGermlineOrigin => Alteration is GermlineMatcher;
}
