using TrialWarehouse.Domain;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Api;

/// <summary>
/// The patients of one page and everything below them, loaded one level at a time for the whole page: the first
/// patient whose samples are asked for loads the samples of all of them. A page costs a fixed number of queries,
/// whatever its size (the DataLoader idea, without the package, which is not served here).
/// </summary>
public sealed class PageBatch
{
    private readonly Lazy<Task<ILookup<long, SampleNode>>> samples;
    private readonly Lazy<Task<ILookup<long, MutationRow>>> mutations;
    private readonly Lazy<Task<ILookup<long, CopyNumberRow>>> copyNumbers;
    private readonly Lazy<Task<ILookup<long, FusionRow>>> fusions;
    private readonly Lazy<Task<ILookup<long, TherapyLineRow>>> therapyLines;
    private readonly Lazy<Task<ILookup<long, FollowUpRow>>> followUp;
    private readonly Lazy<Task<ILookup<long, CtcCountRow>>> ctcCounts;
    private readonly Lazy<Task<ILookup<long, IhcScoreRow>>> ihcScores;
    private readonly Lazy<Task<ILookup<long, ModelResponseRow>>> modelResponses;

    private readonly Lazy<Task<Dictionary<long, PatientVersionRow>>> versions;
    private readonly Lazy<Task<IReadOnlyDictionary<string, string>>> sourceIds;

    /// <param name="asOf">The day whose patient versions the page shows (vital status, last contact); null: the current ones.</param>
    public PageBatch(WarehouseReader reader, IReadOnlyList<PatientRow> patients, CancellationToken cancellationToken, DateOnly? asOf = null)
    {
        this.reader = reader;
        this.cancellationToken = cancellationToken;
        Patients = patients.Select(p => new PatientNode(p, this)).ToList();
        var patientKeys = patients.Select(p => p.PatientKey).ToArray();
        samples = new(async () => (await reader.SamplesAsync(patientKeys, cancellationToken)).Select(s => new SampleNode(s, this)).ToLookup(s => s.Row.PatientKey));
        mutations = new(async () => (await reader.MutationsAsync(await SampleKeysAsync(), cancellationToken)).ToLookup(m => m.SampleKey));
        copyNumbers = new(async () => (await reader.CopyNumbersAsync(await SampleKeysAsync(), cancellationToken)).ToLookup(c => c.SampleKey));
        fusions = new(async () => (await reader.FusionsAsync(await SampleKeysAsync(), cancellationToken)).ToLookup(f => f.SampleKey));
        therapyLines = new(async () => (await reader.TherapyLinesAsync(patientKeys, cancellationToken)).ToLookup(l => l.PatientKey));
        followUp = new(async () => (await reader.FollowUpAsync(patientKeys, cancellationToken)).ToLookup(e => e.PatientKey));
        ctcCounts = new(async () => (await reader.CtcCountsAsync(patientKeys, cancellationToken)).ToLookup(d => d.PatientKey));
        ihcScores = new(async () => (await reader.IhcScoresAsync(await SampleKeysAsync(), cancellationToken)).ToLookup(i => i.SampleKey));
        modelResponses = new(async () => (await reader.ModelResponsesAsync(await SampleKeysAsync(), cancellationToken)).ToLookup(m => m.SampleKey));
        versions = new(async () => (await reader.PatientVersionsAsync(patientKeys, asOf, cancellationToken)).ToDictionary(v => v.PatientKey));
        sourceIds = new(async () => await reader.SourceIdsAsync(
            Patients.Select(p => p.Row.PatientId).Concat((await samples.Value).SelectMany(g => g).Select(s => s.Row.SampleId)), cancellationToken));
    }

    /// <summary>The history version of a patient shown on this page; null for a patient without history.</summary>
    public async Task<PatientVersionRow?> VersionOf(long patientKey) => (await versions.Value).GetValueOrDefault(patientKey);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<ILookup<long, ActionableMatchRow>>>> actionable = new(StringComparer.Ordinal);
    private readonly WarehouseReader reader;
    private readonly CancellationToken cancellationToken;

    public IReadOnlyList<PatientNode> Patients { get; }

    /// <summary>
    /// The actionable matches of a sample under a knowledge-base version (null: the newest), loaded for the whole
    /// page at once; empty when no knowledge base is loaded.
    /// </summary>
    public async Task<IEnumerable<ActionableMatchRow>> ActionableOf(long sampleKey, string? kbVersion)
    {
        var load = actionable.GetOrAdd(kbVersion ?? "", _ => new(async () =>
        {
            var version = await reader.KnowledgeBaseAsync(kbVersion, cancellationToken);
            if (version is null)
                return Enumerable.Empty<ActionableMatchRow>().ToLookup(m => m.SampleKey);
            return (await reader.ActionableMatchesAsync(await SampleKeysAsync(), version.KbVersionKey, cancellationToken)).ToLookup(m => m.SampleKey);
        }));
        return (await load.Value)[sampleKey];
    }

    /// <summary>The hospital id of a patient or sample of this page (loaded for the whole page at once).</summary>
    public async Task<string?> SourceIdOf(string pseudonym) => (await sourceIds.Value).GetValueOrDefault(pseudonym);

    public async Task<IEnumerable<SampleNode>> SamplesOf(long patientKey) => (await samples.Value)[patientKey];
    public async Task<IEnumerable<MutationRow>> MutationsOf(long sampleKey) => (await mutations.Value)[sampleKey];
    public async Task<IEnumerable<CopyNumberRow>> CopyNumbersOf(long sampleKey) => (await copyNumbers.Value)[sampleKey];
    public async Task<IEnumerable<FusionRow>> FusionsOf(long sampleKey) => (await fusions.Value)[sampleKey];
    public async Task<IEnumerable<FollowUpRow>> FollowUpOf(long patientKey) => (await followUp.Value)[patientKey];
    public async Task<IEnumerable<IhcScoreRow>> IhcScoresOf(long sampleKey) => (await ihcScores.Value)[sampleKey];
    public async Task<IEnumerable<ModelResponseRow>> ModelResponsesOf(long sampleKey) => (await modelResponses.Value)[sampleKey];

    /// <summary>A patient's CTC draws by date, each with its therapy line (delivered or derived from the dates).</summary>
    public async Task<IReadOnlyList<CtcDrawNode>> CtcDrawsOf(long patientKey)
    {
        var lines = (await therapyLines.Value)[patientKey].Select(l => l.ToDomain("")).ToList();
        return (await ctcCounts.Value)[patientKey].Select(d => new CtcDrawNode(d, CtcKinetics.LineOf(d.ToDomain(""), lines))).ToList();
    }

    /// <summary>The CTC kinetics of each of a patient's therapy lines (docs/endpoints.md).</summary>
    public async Task<IReadOnlyList<CtcKineticsNode>> CtcKineticsOf(long patientKey)
    {
        var rows = (await therapyLines.Value)[patientKey].ToList();
        var draws = (await ctcCounts.Value)[patientKey].Select(d => d.ToDomain("")).ToList();
        var matched = rows.ToDictionary(r => r.LineNumber, r => r.Matched);
        return CtcKinetics.PerLine(rows.Select(r => r.ToDomain("")).ToList(), draws).Select(k => new CtcKineticsNode(k, matched[k.LineNumber])).ToList();
    }

    /// <summary>The therapy lines of a patient with their derived PFS and PFS2/PFS1 ratio.</summary>
    public async Task<IReadOnlyList<TherapyLineNode>> TherapyLinesOf(long patientKey)
    {
        var events = (await FollowUpOf(patientKey)).Select(e => e.ToDomain("")).ToList();
        var rows = (await therapyLines.Value)[patientKey].OrderBy(l => l.LineNumber).ToList();
        return rows.Zip(Outcomes.ByLine(rows.Select(r => r.ToDomain("")), events), (row, o) => new TherapyLineNode(row, o.Pfs, o.PfsRatio)).ToList();
    }

    /// <summary>Overall survival of a patient, from the follow-up and therapy lines the page loads anyway.</summary>
    public async Task<TimeToEvent?> OverallSurvivalOf(PatientRow patient)
    {
        var events = (await FollowUpOf(patient.PatientKey)).Select(e => e.ToDomain(""));
        var lines = (await therapyLines.Value)[patient.PatientKey].Select(l => l.ToDomain(""));
        return Outcomes.OverallSurvival(patient.DiagnosisDate, events, lines);
    }

    /// <summary>The best RECIST 1.1 response of a patient over all lines.</summary>
    public async Task<string?> BestOverallResponseOf(long patientKey) =>
        Outcomes.BestOverallResponse((await therapyLines.Value)[patientKey].Select(l => l.ToDomain("")));

    private async Task<long[]> SampleKeysAsync() =>
        (await samples.Value).SelectMany(g => g).Select(s => s.Row.SampleKey).ToArray();
}

public sealed record PatientNode(PatientRow Row, PageBatch Batch);
public sealed record SampleNode(SampleRow Row, PageBatch Batch);
public sealed record CtcDrawNode(CtcCountRow Row, int? LineNumber);
public sealed record CtcKineticsNode(CtcLineKinetics Kinetics, bool Matched);
public sealed record TherapyLineNode(TherapyLineRow Row, TimeToEvent? Pfs, double? PfsRatio);
