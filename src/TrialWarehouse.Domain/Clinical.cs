namespace TrialWarehouse.Domain;

/// <summary>A trial participant, identified by a pseudonymous id only.</summary>
public sealed record Patient(
    string PatientId,
    string Sex,
    int BirthYear,
    string TumorType,
    DateOnly DiagnosisDate,
    string? Site,
    string? Arm);

/// <summary>
/// A biopsy or blood draw that was profiled. <see cref="Tmb"/> (tumor mutational burden, mutations per megabase) and
/// <see cref="MsiStatus"/> are the genome-wide signatures the sequencing pipeline reports for the sample, when it does.
/// </summary>
public sealed record Sample(
    string SampleId,
    string PatientId,
    DateOnly CollectionDate,
    string SpecimenSite,
    double? TumorCellularity,
    string Assay,
    string GenomeBuild,
    double? Tmb = null,
    string? MsiStatus = null);

/// <summary>One line of systemic therapy and what became of it.</summary>
public sealed record TherapyLine(
    string PatientId,
    int LineNumber,
    string Regimen,
    IReadOnlyList<string> Drugs,
    DateOnly StartDate,
    DateOnly? EndDate,
    string? ReasonStopped,
    string? BestResponse,
    DateOnly? ProgressionDate,
    bool Matched,
    string? MatchedAlteration);

/// <summary>A dated observation of the patient: visit, progression, death or last contact.</summary>
public sealed record FollowUpEvent(
    string PatientId,
    DateOnly EventDate,
    string Kind,
    int? Ecog);

/// <summary>The vocabularies of the clinical input, kept in one place so parsers and reports agree.</summary>
public static class ClinicalVocabulary
{
    public static readonly IReadOnlySet<string> Sexes = new HashSet<string>(StringComparer.Ordinal) { "F", "M", "U" };

    /// <summary>RECIST 1.1 best overall response.</summary>
    public static readonly IReadOnlySet<string> Responses = new HashSet<string>(StringComparer.Ordinal) { "CR", "PR", "SD", "PD", "NE" };

    public static readonly IReadOnlySet<string> EventKinds = new HashSet<string>(StringComparer.Ordinal) { "visit", "progression", "death", "last_contact" };

    public static readonly IReadOnlySet<string> GenomeBuilds = new HashSet<string>(StringComparer.Ordinal) { "GRCh37", "GRCh38" };

    /// <summary>Microsatellite status as pipelines report it: stable or instability-high.</summary>
    public static readonly IReadOnlySet<string> MsiStatuses = new HashSet<string>(StringComparer.Ordinal) { "MSS", "MSI-H" };
}
