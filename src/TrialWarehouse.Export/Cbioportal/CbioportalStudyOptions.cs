using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Export.Cbioportal;

public sealed record CbioportalStudyOptions
{
    /// <summary>cancer_study_identifier: letters, digits and underscores (cBioPortal's rule for stable ids).</summary>
    public string StudyId { get; init; } = "trialwarehouse";

    public string Name { get; init; } = "TrialWarehouse cohort";

    /// <summary>Which patients to export; all by default.</summary>
    public PatientFilter Filter { get; init; } = new();
}
