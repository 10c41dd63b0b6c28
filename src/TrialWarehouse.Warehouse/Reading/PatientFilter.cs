namespace TrialWarehouse.Warehouse.Reading;

/// <summary>Which patients a cohort query selects. Criteria combine with AND; an absent one selects everyone.</summary>
/// <param name="TumorType">OncoTree code: patients with this tumor type or one below it in the tree.</param>
/// <param name="Gene">Patients with a mutation or a non-neutral copy-number call in this gene (with
/// <see cref="AlterationClass"/>: with an alteration of that class in this gene).</param>
public sealed record PatientFilter(string? TumorType = null, string? Gene = null)
{
    /// <summary>One of <see cref="AlterationClasses.All"/>: patients with such an alteration (in <see cref="Gene"/> when given).</summary>
    public string? AlterationClass { get; init; }

    /// <summary>An ESCAT label (I-A ... X): patients with an actionable alteration of this tier or a stronger one.</summary>
    public string? TierAtMost { get; init; }

    /// <summary>The knowledge-base version <see cref="TierAtMost"/> is judged under; null: the newest loaded.</summary>
    public string? KbVersion { get; init; }

    /// <summary>Patients with a therapy line of this regimen, or one that included this drug (case-insensitive).</summary>
    public string? Treatment { get; init; }

    /// <summary>True: patients with at least one matched line; false: patients without one.</summary>
    public bool? MatchedTherapy { get; init; }

    /// <summary>Patients diagnosed within this range (inclusive).</summary>
    public DateRange? DiagnosisDate { get; init; }

    /// <summary>Patients with a sample collected within this range (inclusive).</summary>
    public DateRange? SampleCollectionDate { get; init; }

    /// <summary>
    /// True: patients with a CTC conversion (CellSearch &gt;= 5 at baseline, &lt; 5 on treatment; docs/endpoints.md) on a
    /// matched line; false: patients without one.
    /// </summary>
    public bool? CtcConversionOnMatchedLine { get; init; }

    /// <summary>Patients with a sample whose nectin-4 H-score is at least this (0-300).</summary>
    public int? MinNectin4HScore { get; init; }

    /// <summary>
    /// The patients and their attributes as the warehouse described them at the end of this day (UTC), from their
    /// history (dim_patient_history); the other criteria apply to what the warehouse holds now.
    /// </summary>
    public DateOnly? AsOf { get; init; }
}

/// <summary>Dates from <see cref="From"/> to <see cref="To"/>, both inclusive; an absent bound is open.</summary>
public sealed record DateRange(DateOnly? From, DateOnly? To);

/// <summary>
/// The alteration classes the cohort queries know, as <c>alterationFrequencies</c> reports them. A mutation counts
/// when it passed the caller's filters and changes the protein; copy-number classes are the discrete states.
/// </summary>
public static class AlterationClasses
{
    public const string Mutation = "mutation";

    private static readonly Dictionary<string, int> CopyNumberStates = new(StringComparer.Ordinal)
    {
        ["amplification"] = 2,
        ["gain"] = 1,
        ["shallow_deletion"] = -1,
        ["deep_deletion"] = -2,
    };

    public static IReadOnlyList<string> All { get; } = [Mutation, .. CopyNumberStates.Keys];

    /// <summary>The discrete copy-number state of a copy-number class; null for <see cref="Mutation"/>.</summary>
    public static int? CopyNumberState(string alterationClass) =>
        CopyNumberStates.TryGetValue(alterationClass, out var state) ? state
        : alterationClass == Mutation ? null
        : throw new FilterException("alterationClass", $"'{alterationClass}' is not an alteration class; expected one of {string.Join(", ", All)}");
}

/// <summary>A filter criterion the warehouse cannot apply: names the criterion and says what would be right.</summary>
public sealed class FilterException(string criterion, string message) : ArgumentException($"{criterion}: {message}")
{
    public string Criterion { get; } = criterion;
}
