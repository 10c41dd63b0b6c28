using TrialWarehouse.Domain;

namespace TrialWarehouse.Warehouse.Reading;

// Rows as the read queries return them; column aliases in the SQL match these parameter names.

public sealed record PatientRow(long PatientKey, string PatientId, string Sex, int BirthYear, string TumorType, DateOnly DiagnosisDate,
    string? Site, string? Arm);

public sealed record SampleRow(long SampleKey, long PatientKey, string SampleId, DateOnly CollectionDate, string SpecimenSite,
    double? TumorCellularity, string Assay, string GenomeBuild, double? Tmb, string? MsiStatus);

public sealed record MutationRow(long SampleKey, string? Gene, string GenomeBuild, string Chrom, long Pos, string Ref, string Alt,
    string? Consequence, string? TranscriptId, string? HgvsC, string? HgvsP, int? Exon, double? Vaf, int? Depth, int? AltCount, string Filter);

public sealed record FusionRow(long SampleKey, string Gene5, string Gene3, string Chrom5, long Position5, string Chrom3, long Position3,
    int? SupportingReads);

public sealed record CopyNumberRow(long SampleKey, string Gene, int State, double? Log2Ratio, double? CopyNumber);

public sealed record TherapyLineRow(long PatientKey, int LineNumber, string Regimen, string Drugs, DateOnly StartDate, DateOnly? EndDate,
    string? ReasonStopped, string? BestResponse, DateOnly? ProgressionDate, bool Matched, string? MatchedAlteration)
{
    public TherapyLine ToDomain(string patientId) =>
        new(patientId, LineNumber, Regimen, Drugs.Split(';'), StartDate, EndDate, ReasonStopped, BestResponse, ProgressionDate, Matched, MatchedAlteration);
}

public sealed record FollowUpRow(long PatientKey, DateOnly EventDate, string Kind, int? Ecog)
{
    public FollowUpEvent ToDomain(string patientId) => new(patientId, EventDate, Kind, Ecog);
}

public sealed record SourceFileRow(long FileKey, string FileName, string ContentHash, string Kind, DateTime LoadedAt, string? JobId,
    long RowsLoaded, string Status);

public sealed record KnowledgeBaseRow(long KbVersionKey, string Version, string? Title, string Source, string ContentHash, DateTime LoadedAt,
    int RuleCount);

/// <summary>An actionable match with the rule behind it.</summary>
public sealed record ActionableMatchRow(long SampleKey, long KbVersionKey, string KbVersion, string Gene, string Alteration, string AlterationKind,
    string Escat, int EscatRank, string? OncoKb, string Scope, bool IsBest, bool Counts, double? Vaf, string Matcher, string RuleTumorType,
    string Drugs, string Evidence, string Pmids);

/// <summary>An actionable match with its patient and sample, as the cohort-wide listing returns it.</summary>
public sealed record ActionableAlterationRow(long PatientKey, string PatientId, string SampleId, int RuleLine, long SampleKey, long KbVersionKey,
    string KbVersion, string Gene, string Alteration, string AlterationKind, string Escat, int EscatRank, string? OncoKb, string Scope, bool IsBest,
    bool Counts, double? Vaf, string Matcher, string RuleTumorType, string Drugs, string Evidence, string Pmids)
{
    public ActionableMatchRow Match => new(SampleKey, KbVersionKey, KbVersion, Gene, Alteration, AlterationKind, Escat, EscatRank, OncoKb, Scope,
        IsBest, Counts, Vaf, Matcher, RuleTumorType, Drugs, Evidence, Pmids);
}

/// <summary>One ingestion run: where it came from and what it did.</summary>
public sealed record IngestRunRow(long RunKey, string Source, string Delivery, string? JobId, DateTime StartedAt, long DurationMs,
    int FilesLoaded, int FilesUnchanged, int FilesRejected, long RowsLoaded);
