using System.Text.Json;
using TrialWarehouse.Domain;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Reports;

/// <summary>What a site customises about its reports (<c>reports/report.json</c>).</summary>
/// <param name="Methods">How the findings were obtained; null or blank means <see cref="DefaultMethods"/>.</param>
/// <param name="Limitations">What the report cannot tell; null or blank means <see cref="DefaultLimitations"/>.</param>
public sealed record ReportSettings(string Institution, string Disclaimer, string? Methods = null, string? Limitations = null)
{
    public const string DefaultMethods =
        "Somatic variants were called tumor-only (without a matched normal sample) from the targeted-panel VCF of each " +
        "sample listed above, against the genome build stated in the header; only variants passing all filters are " +
        "reported, with their protein (HGVSp) and coding (HGVSc) changes, variant allele fraction (VAF) and read depth. " +
        "Copy-number alterations are taken from the copy-number (CNA) calls of the same samples; copy-neutral genes are " +
        "not listed. Actionability was assessed for the patient's tumor type against the knowledge-base version named in " +
        "the header, and is given as an ESCAT tier with the knowledge-base level of evidence where available.";

    public const string DefaultLimitations =
        "Germline origin is not assessed: without a matched normal sample a reported variant may be inherited, in " +
        "particular at a VAF near 50% or 100%, and germline testing should be considered when it would change care. " +
        "Alterations outside the panel, below the limit of detection or in samples of low tumor cellularity may be " +
        "missed, and copy-number calls depend on tumor cellularity. Actionability reflects the knowledge-base version " +
        "named in the header and may change as evidence evolves.";

    public static readonly ReportSettings Default = new(
        "TrialWarehouse molecular tumor board",
        "Decision support for the molecular tumor board, generated from the trial warehouse. Every alteration and its " +
        "actionability must be reviewed by the tumor board against the source reports before any treatment decision.",
        DefaultMethods,
        DefaultLimitations);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Reads the settings file when it exists; a missing file means the defaults.</summary>
    public static ReportSettings Load(string path)
    {
        if (!File.Exists(path))
            return Default;
        var read = JsonSerializer.Deserialize<ReportSettings>(File.ReadAllText(path), Json);
        return new ReportSettings(
            string.IsNullOrWhiteSpace(read?.Institution) ? Default.Institution : read.Institution,
            string.IsNullOrWhiteSpace(read?.Disclaimer) ? Default.Disclaimer : read.Disclaimer,
            string.IsNullOrWhiteSpace(read?.Methods) ? DefaultMethods : read.Methods,
            string.IsNullOrWhiteSpace(read?.Limitations) ? DefaultLimitations : read.Limitations);
    }
}

/// <summary>Gathers one patient's report from the warehouse.</summary>
public static class ReportData
{
    /// <returns>The report, or null when the warehouse does not know the patient.</returns>
    public static async Task<TumorBoardReport?> LoadAsync(WarehouseReader reader, string patientId, ReportSettings settings,
        DateOnly reportDate, CancellationToken cancellationToken = default)
    {
        var patient = await reader.PatientAsync(patientId, cancellationToken);
        if (patient is null)
            return null;
        var samples = await reader.SamplesAsync([patient.PatientKey], cancellationToken);
        var sampleKeys = samples.Select(s => s.SampleKey).ToArray();
        var sampleIds = samples.ToDictionary(s => s.SampleKey, s => s.SampleId);
        var mutations = await reader.MutationsAsync(sampleKeys, cancellationToken);
        var copyNumbers = await reader.CopyNumbersAsync(sampleKeys, cancellationToken);
        var fusions = await reader.FusionsAsync(sampleKeys, cancellationToken);
        var lines = await reader.TherapyLinesAsync([patient.PatientKey], cancellationToken);
        var kb = await reader.KnowledgeBaseAsync(null, cancellationToken);
        var actionable = kb is null ? [] : (await reader.ActionableMatchesAsync(sampleKeys, kb.KbVersionKey, cancellationToken))
            .Where(m => m.IsBest && m.Counts)
            .Select(m => new ReportActionableAlteration(m.Gene, m.Alteration, m.Escat, m.OncoKb,
                m.Drugs.Split(';', StringSplitOptions.RemoveEmptyEntries), m.Evidence))
            .DistinctBy(a => (a.Gene, a.Alteration, a.Tier))
            .ToList();
        var followUp = (await reader.FollowUpAsync([patient.PatientKey], cancellationToken))
            .Select(e => e.ToDomain(patientId))
            .ToList();
        var ihc = (await reader.IhcScoresAsync(sampleKeys, cancellationToken)).Select(i => i.ToDomain(sampleIds[i.SampleKey])).ToList();
        var draws = (await reader.CtcCountsAsync([patient.PatientKey], cancellationToken)).Select(d => d.ToDomain(patientId)).ToList();
        var models = await reader.ModelResponsesAsync(sampleKeys, cancellationToken);
        var domainLines = lines.Select(l => l.ToDomain(patientId)).ToList();

        return new TumorBoardReport(
            settings.Institution,
            reportDate,
            new ReportPatient(patient.PatientId, patient.Sex, patient.BirthYear, patient.TumorType, patient.DiagnosisDate,
                (await reader.SourceIdsAsync([patient.PatientId], cancellationToken)).GetValueOrDefault(patient.PatientId)),
            samples.Select(s => new ReportSample(s.SampleId, s.CollectionDate, s.SpecimenSite, s.TumorCellularity, s.Assay, s.GenomeBuild, s.Tmb, s.MsiStatus)).ToList(),
            mutations.Where(m => m.Filter == "PASS")
                .Select(m => new ReportMutation(sampleIds[m.SampleKey], m.Gene ?? "intergenic", m.HgvsP, m.HgvsC, m.Consequence,
                    $"{m.Chrom}:{m.Pos} {m.Ref}>{m.Alt}", m.Vaf, m.Depth))
                .ToList(),
            copyNumbers.Select(c => new ReportCopyNumber(sampleIds[c.SampleKey], c.Gene, c.State, c.Log2Ratio, c.CopyNumber)).ToList(),
            // The same PFS as the API's: each line observed until the next one starts.
            Outcomes.ByLine(lines.Select(l => l.ToDomain(patientId)), followUp).Select(o => new ReportTherapyLine(o.Line.LineNumber,
                o.Line.Regimen, o.Line.StartDate, o.Line.EndDate, o.Line.BestResponse, o.Line.ProgressionDate, o.Line.Matched,
                o.Line.MatchedAlteration, o.Pfs?.Days, o.Pfs is { Event: false })).ToList(),
            actionable,
            kb is null ? null : $"{kb.Version} ({kb.Title ?? kb.Source})",
            settings.Disclaimer,
            settings.Methods,
            settings.Limitations,
            fusions.Select(f => new ReportFusion(sampleIds[f.SampleKey], f.Gene5, f.Gene3, $"{f.Chrom5}:{f.Position5}", $"{f.Chrom3}:{f.Position3}",
                f.SupportingReads)).ToList(),
            ihc.Select(i => new ReportIhc(i.SampleId, i.Marker, IhcVocabulary.GeneOfMarker[i.Marker], i.ValueText, i.AntibodyClone, i.IshResult,
                Her2Class(i), Actionability.Alteration.IhcText(i))).ToList(),
            draws.Select(d => new ReportCtcDraw(d.DrawDate, d.Method, d.Count, d.AtypicalCount, d.EmtCount, CtcKinetics.LineOf(d, domainLines))).ToList(),
            CtcKinetics.PerLine(domainLines, draws).Select(k =>
            {
                var line = domainLines.Single(l => l.LineNumber == k.LineNumber);
                return new ReportCtcLine(k.LineNumber, line.Regimen, line.Matched, k.Baseline?.DrawDate, k.Baseline?.Count,
                    k.FirstOnTreatment?.DrawDate, k.FirstOnTreatment?.Count, k.Conversion);
            }).ToList(),
            models.Select(m => m.ToDomain(sampleIds[m.SampleKey])).Select(m => new ReportModelResponse(m.SampleId, m.ModelId, m.ModelKind, m.Passage,
                m.Drug, m.Dose is { } dose ? FormattableString.Invariant($"{dose:0.###} {m.DoseUnit}") : null, m.ResultText)).ToList());
    }

    private static string? Her2Class(IhcResult result) =>
        result.Marker != "HER2" ? null
        : IhcVocabulary.IsHer2Positive(result) ? "HER2-positive"
        : IhcVocabulary.IsHer2Low(result) ? "HER2-low"
        : result.Value == 0 ? "HER2 0"
        : "unresolved (2+ without a conclusive ISH)";
}
