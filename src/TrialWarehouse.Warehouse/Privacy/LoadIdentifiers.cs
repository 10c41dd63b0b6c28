using System.Text.RegularExpressions;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Warehouse.Privacy;

/// <summary>
/// The identifiers of one file's load: each record's hospital ids are replaced by pseudonyms before anything is
/// written, and every pair is remembered, for <c>identifier_map</c> and to name the ids as the file has them in its
/// errors (the data manager fixes the file, which holds the hospital ids anyway).
/// </summary>
internal sealed partial class LoadIdentifiers(Pseudonymiser pseudonyms)
{
    private readonly Dictionary<string, string> patients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> samples = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> models = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> sources = new(StringComparer.Ordinal);

    public string Patient(string id) => Map(patients, id, pseudonyms.Patient);
    public string Sample(string id) => Map(samples, id, pseudonyms.Sample);
    public string Model(string id) => Map(models, id, pseudonyms.Model);

    /// <summary>Every (pseudonym, kind, hospital id) this load has met.</summary>
    public IEnumerable<(string Pseudonym, string Kind, string SourceId)> Pairs =>
        patients.Select(p => (p.Value, "patient", p.Key))
            .Concat(samples.Select(s => (s.Value, "sample", s.Key)))
            .Concat(models.Select(m => (m.Value, "model", m.Key)));

    /// <summary>The pseudonyms a text names that this load did not map itself (they come from earlier loads).</summary>
    public IReadOnlyList<string> UnknownIn(string text) =>
        PseudonymPattern().Matches(text).Select(m => m.Value).Where(p => !sources.ContainsKey(p)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Writes each pseudonym of the text as the hospital id it stands for (from this load, else from <paramref name="known"/>).</summary>
    public string Reveal(string text, IReadOnlyDictionary<string, string> known) =>
        PseudonymPattern().Replace(text, m => sources.TryGetValue(m.Value, out var id) || known.TryGetValue(m.Value, out id) ? id : m.Value);

    public IReadOnlyList<Patient> Of(IReadOnlyList<Patient> rows) => rows.Select(p => p with { PatientId = Patient(p.PatientId) }).ToList();

    public IReadOnlyList<Sample> Of(IReadOnlyList<Sample> rows) =>
        rows.Select(s => s with { SampleId = Sample(s.SampleId), PatientId = Patient(s.PatientId) }).ToList();

    public IReadOnlyList<TherapyLine> Of(IReadOnlyList<TherapyLine> rows) => rows.Select(l => l with { PatientId = Patient(l.PatientId) }).ToList();
    public IReadOnlyList<FollowUpEvent> Of(IReadOnlyList<FollowUpEvent> rows) => rows.Select(e => e with { PatientId = Patient(e.PatientId) }).ToList();
    public IReadOnlyList<CtcCount> Of(IReadOnlyList<CtcCount> rows) => rows.Select(d => d with { PatientId = Patient(d.PatientId) }).ToList();
    public IReadOnlyList<IhcResult> Of(IReadOnlyList<IhcResult> rows) => rows.Select(r => r with { SampleId = Sample(r.SampleId) }).ToList();

    public IReadOnlyList<ModelResponse> Of(IReadOnlyList<ModelResponse> rows) =>
        rows.Select(r => r with { ModelId = Model(r.ModelId), SampleId = Sample(r.SampleId) }).ToList();

    public IReadOnlyList<CopyNumberCall> Of(IReadOnlyList<CopyNumberCall> rows) => rows.Select(c => c with { SampleId = Sample(c.SampleId) }).ToList();
    public IReadOnlyList<FusionCall> Of(IReadOnlyList<FusionCall> rows) => rows.Select(c => c with { SampleId = Sample(c.SampleId) }).ToList();
    public IReadOnlyList<string> Samples(IEnumerable<string> ids) => ids.Select(Sample).ToList();

    public CopyNumberProfile Of(CopyNumberProfile profile) => profile with { SampleId = Sample(profile.SampleId), Calls = Of(profile.Calls) };
    public FusionProfile Of(FusionProfile profile) => profile with { SampleId = Sample(profile.SampleId), Calls = Of(profile.Calls) };

    /// <summary>
    /// The tumor sample is renamed; the matched normal is dropped, as the warehouse keeps no row of it (a mapped id with
    /// no row would only widen what the identifier map holds). The calls are not read here: their sample is the stream's.
    /// </summary>
    public SomaticCallStream Of(SomaticCallStream calls) => new(Sample(calls.TumorSampleId), null, calls.GenomeBuild, calls.Calls);

    private string Map(Dictionary<string, string> map, string id, Func<string, string> pseudonym)
    {
        if (!map.TryGetValue(id, out var mapped))
        {
            mapped = pseudonym(id);
            map.Add(id, mapped);
            sources[mapped] = id;
        }
        return mapped;
    }

    [GeneratedRegex(@"\b[PSM]-[0-9A-HJKMNP-TV-Z]{16}\b", RegexOptions.CultureInvariant)]
    private static partial Regex PseudonymPattern();
}
