namespace TrialWarehouse.Actionability;

/// <summary>
/// One knowledge-base rule that matched one alteration of the patient, with the tier and level that apply to this
/// patient (lowered when the evidence is from another tumor type).
/// </summary>
public sealed record ActionableMatch(
    Alteration Alteration,
    KnowledgeBaseRule Rule,
    EscatTier Escat,
    OncoKbLevel? OncoKb,
    EvidenceScope Scope)
{
    public bool EvidenceInPatientTumorType => Scope != EvidenceScope.OtherTumorType;

    public bool IsResistance => Rule.IsResistance;

    /// <summary>
    /// The rule holds for inherited variants only and the variant's origin is unknown (tumor-only sequencing):
    /// it applies only once a germline test confirms it, so it is reported but never counted as the best match.
    /// </summary>
    public bool NeedsGermlineConfirmation => Rule.RequiresGermlineOrigin && Alteration.Origin != AlterationOrigin.Germline;

    /// <summary>Eligible to be an alteration's best actionable match.</summary>
    public bool CountsForActionability => !IsResistance && !NeedsGermlineConfirmation;
}
