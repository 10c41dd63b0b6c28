namespace TrialWarehouse.Actionability;

public enum AlterationKind
{
    Mutation,
    CopyNumber,
    Fusion,
    Signature,

    /// <summary>A protein biomarker scored by immunohistochemistry (ihc.csv), matched by <c>ihc:</c> rules.</summary>
    Protein,
}
