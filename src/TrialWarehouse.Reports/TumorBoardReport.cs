namespace TrialWarehouse.Reports;

/// <summary>Everything a molecular tumor board report shows, gathered from the warehouse before rendering.</summary>
/// <param name="Methods">Methods text; null or blank means <see cref="ReportSettings.DefaultMethods"/>.</param>
/// <param name="Limitations">Limitations text; null or blank means <see cref="ReportSettings.DefaultLimitations"/>.</param>
/// <param name="Fusions">Gene fusions of the samples; null when the report was built without them (none known).</param>
/// <param name="Ihc">Immunohistochemistry scores of the samples; the section is left out when there is none.</param>
/// <param name="CtcDraws">Circulating-tumor-cell counts; the CTC section is left out when there is none.</param>
/// <param name="CtcLines">The CTC kinetics of each therapy line (docs/endpoints.md).</param>
/// <param name="ModelResponses">Drug responses of patient-derived models; the section is left out when there is none.</param>
public sealed record TumorBoardReport(
    string Institution,
    DateOnly ReportDate,
    ReportPatient Patient,
    IReadOnlyList<ReportSample> Samples,
    IReadOnlyList<ReportMutation> Mutations,
    IReadOnlyList<ReportCopyNumber> CopyNumbers,
    IReadOnlyList<ReportTherapyLine> TherapyLines,
    IReadOnlyList<ReportActionableAlteration> Actionable,
    string? KnowledgeBaseVersion,
    string Disclaimer,
    string? Methods = null,
    string? Limitations = null,
    IReadOnlyList<ReportFusion>? Fusions = null,
    IReadOnlyList<ReportIhc>? Ihc = null,
    IReadOnlyList<ReportCtcDraw>? CtcDraws = null,
    IReadOnlyList<ReportCtcLine>? CtcLines = null,
    IReadOnlyList<ReportModelResponse>? ModelResponses = null);

/// <summary>
/// One IHC score of one sample. <see cref="Alteration"/> is how the knowledge-base match names it ("HER2 IHC 2+, ISH
/// negative"); <see cref="Her2Class"/> is HER2-positive, HER2-low, HER2 0 or unresolved, null for other markers.
/// </summary>
public sealed record ReportIhc(string SampleId, string Marker, string Gene, string Score, string AntibodyClone, string? Ish, string? Her2Class, string Alteration);

/// <param name="LineNumber">The draw's therapy line, delivered or derived from the dates; null when in none.</param>
public sealed record ReportCtcDraw(DateOnly Date, string Method, int Count, int? AtypicalCount, int? EmtCount, int? LineNumber);

/// <summary>The CellSearch counts around the start of one line; <see cref="Conversion"/> null when a draw is missing.</summary>
public sealed record ReportCtcLine(int LineNumber, string Regimen, bool Matched, DateOnly? BaselineDate, int? BaselineCount,
    DateOnly? OnTreatmentDate, int? OnTreatmentCount, bool? Conversion);

/// <param name="Dose">The dose as text ("10 mg/kg"), or null when the measure comes from a dose range.</param>
/// <param name="Result">The response as text: "TGI 92%", "mPR", "IC50 3.5 nM".</param>
public sealed record ReportModelResponse(string SampleId, string ModelId, string ModelKind, int? Passage, string Drug, string? Dose, string Result);

/// <summary>A gene fusion of one sample, breakpoints as contig:position on the sample's build.</summary>
public sealed record ReportFusion(string SampleId, string Gene5, string Gene3, string Breakpoint5, string Breakpoint3, int? SupportingReads)
{
    /// <summary>As the knowledge base labels it, e.g. <c>EML4::ALK fusion</c>.</summary>
    public string Alteration => $"{Gene5}::{Gene3} fusion";
}

/// <summary>
/// An alteration the knowledge base ranks as actionable for this patient's tumor type. When
/// <see cref="TumorBoardReport.KnowledgeBaseVersion"/> is null no knowledge base was loaded and the report must say
/// that actionability was not assessed, rather than "no actionable alteration".
/// </summary>
public sealed record ReportActionableAlteration(string Gene, string Alteration, string Tier, string? Level, IReadOnlyList<string> Drugs, string? Evidence)
{
    /// <summary>"PIK3CA p.H1047R"; a fusion ("EML4::ALK fusion") and a signature ("MSI-H") already name what they are.</summary>
    public string Label => Gene.Length == 0 || Alteration.StartsWith(Gene + "::", StringComparison.Ordinal) ? Alteration : $"{Gene} {Alteration}";
}

/// <param name="HospitalId">The id in the hospital's files, which the tumor board knows the patient by; null when not recorded.</param>
public sealed record ReportPatient(string PatientId, string Sex, int BirthYear, string TumorType, DateOnly DiagnosisDate, string? HospitalId = null);

/// <param name="TumorCellularity">Percent of tumor cells, 0..100 (as in samples.csv).</param>
/// <param name="Tmb">Tumor mutational burden, mutations per megabase, when the pipeline reported it.</param>
/// <param name="MsiStatus">MSS or MSI-H, when the pipeline reported it.</param>
public sealed record ReportSample(
    string SampleId,
    DateOnly CollectionDate,
    string SpecimenSite,
    double? TumorCellularity,
    string Assay,
    string GenomeBuild,
    double? Tmb = null,
    string? MsiStatus = null);

public sealed record ReportMutation(
    string SampleId,
    string Gene,
    string? HgvsP,
    string? HgvsC,
    string? Consequence,
    string Locus,
    double? Vaf,
    int? Depth);

public sealed record ReportCopyNumber(string SampleId, string Gene, int State, double? Log2Ratio, double? CopyNumber);

public sealed record ReportTherapyLine(
    int LineNumber,
    string Regimen,
    DateOnly StartDate,
    DateOnly? EndDate,
    string? BestResponse,
    DateOnly? ProgressionDate,
    bool Matched,
    string? MatchedAlteration,
    int? PfsDays,
    bool PfsCensored);
