namespace TrialWarehouse.Clinical;

/// <summary>Values of therapy_lines.csv that docs/formats.md fixes but ClinicalVocabulary does not hold.</summary>
internal static class TherapyVocabulary
{
    public static readonly IReadOnlySet<string> ReasonsStopped = new HashSet<string>(StringComparer.Ordinal)
    {
        "progression", "toxicity", "completed", "death", "patient_choice", "other",
    };

    public static readonly IReadOnlySet<string> Booleans = new HashSet<string>(StringComparer.Ordinal) { "true", "false" };
}
