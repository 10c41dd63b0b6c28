namespace TrialWarehouse.Actionability;

/// <summary>
/// What evidence from another tumor type is worth for this patient. ESCAT defines tier III-A as "clinical benefit
/// demonstrated in another tumour type"; OncoKB's level 3B is the same idea ("standard care or investigational
/// biomarker in another indication"). Tiers already at or below those stay as they are.
/// </summary>
public static class EvidenceDowngrade
{
    public static EscatTier ForOtherTumorType(EscatTier tier) => tier <= EscatTier.IIB ? EscatTier.IIIA : tier;

    public static OncoKbLevel? ForOtherTumorType(OncoKbLevel? level) => level switch
    {
        OncoKbLevel.Level1 or OncoKbLevel.Level2 or OncoKbLevel.Level3A => OncoKbLevel.Level3B,
        OncoKbLevel.R1 => OncoKbLevel.R2,
        _ => level,
    };
}
