namespace TrialWarehouse.Actionability;

/// <summary>How the patient's tumor type relates to the tumor type of the evidence.</summary>
public enum EvidenceScope
{
    /// <summary>The rule's tumor type is the patient's or an ancestor of it (a BRCA rule for an IDC patient).</summary>
    PatientTumorType,

    /// <summary>The rule is tumor-agnostic (<c>*</c>), e.g. NTRK fusions, MSI-H.</summary>
    TumorAgnostic,

    /// <summary>The evidence comes from another tumor type; the tier is lowered (see <see cref="EvidenceDowngrade"/>).</summary>
    OtherTumorType,
}
