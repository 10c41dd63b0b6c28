namespace TrialWarehouse.Actionability;

/// <summary>
/// ESMO Scale for Clinical Actionability of molecular Targets (Mateo et al., Ann Oncol 2018), strongest first:
/// the declaration order is the ranking order used everywhere.
/// </summary>
public enum EscatTier
{
    IA,
    IB,
    IC,
    IIA,
    IIB,
    IIIA,
    IIIB,
    IVA,
    IVB,
    V,
    X,
}

public static class EscatTiers
{
    private static readonly string[] Labels = ["I-A", "I-B", "I-C", "II-A", "II-B", "III-A", "III-B", "IV-A", "IV-B", "V", "X"];

    public static IReadOnlyList<string> AllLabels => Labels;

    public static string Label(this EscatTier tier) => Labels[(int)tier];

    public static bool TryParse(string text, out EscatTier tier)
    {
        int index = Array.IndexOf(Labels, text);
        tier = index < 0 ? EscatTier.X : (EscatTier)index;
        return index >= 0;
    }

    /// <summary>Tier I or II: evidence from clinical trials in this tumor type (ESCAT "ready for routine use" or "investigational").</summary>
    public static bool IsClinicalEvidenceInTumorType(this EscatTier tier) => tier <= EscatTier.IIB;
}
