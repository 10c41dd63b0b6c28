namespace TrialWarehouse.Genomics.Somatic;

/// <summary>The consequence of a variant on the transcript chosen for it.</summary>
public sealed record Annotation(string? Gene, string? Consequence, string? TranscriptId, string? HgvsC, string? HgvsP);
