using System.Globalization;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Warehouse.Loading;

/// <summary>Where the records of a file came from: the line of each, in order, and the name of its date column there.</summary>
public sealed record RecordLines(IReadOnlyList<long> Lines, string DateColumn);

/// <summary>
/// Date checks of a file against what the warehouse already holds for the same patients (docs/formats.md, "Checks
/// across files"): a therapy line that starts after the patient's death, a follow-up event before the diagnosis, a
/// sample collected after the death or before the year of birth, a death before a line or a sample already loaded.
/// Within one delivery the files load in reference order, so the file that loads second meets the first in the
/// warehouse. Each error names the line, the conflicting fact and the file it came from; any error rejects the file.
/// </summary>
internal static class CrossFileChecks
{
    private const int MaxErrors = 100;

    public static async Task TherapyLinesAsync(WarehouseTransaction tx, SourceFile file, IReadOnlyList<TherapyLine> lines, RecordLines? at,
        CancellationToken cancellationToken)
    {
        var deaths = await DeathsAsync(tx, lines.Select(l => l.PatientId), cancellationToken);
        var errors = new List<InputError>();
        for (int i = 0; i < lines.Count && errors.Count < MaxErrors; i++)
        {
            var line = lines[i];
            if (deaths.TryGetValue(line.PatientId, out var death) && line.StartDate > death.Date)
                errors.Add(Error(file, at, i, "start_date",
                    $"{Day(line.StartDate)} (start of line {line.LineNumber}) is after the death of patient \"{line.PatientId}\" on {Day(death.Date)} ({death.File}); expected a line that starts on or before the day of death: correct this date or the date of death"));
        }

        ThrowIfAny(errors);
    }

    public static async Task SamplesAsync(WarehouseTransaction tx, SourceFile file, IReadOnlyList<Sample> samples, RecordLines? at,
        CancellationToken cancellationToken)
    {
        var ids = samples.Select(s => s.PatientId).ToList();
        var deaths = await DeathsAsync(tx, ids, cancellationToken);
        var patients = await PatientsAsync(tx, ids, cancellationToken);
        var errors = new List<InputError>();
        for (int i = 0; i < samples.Count && errors.Count < MaxErrors; i++)
        {
            var sample = samples[i];
            if (deaths.TryGetValue(sample.PatientId, out var death) && sample.CollectionDate > death.Date)
                errors.Add(Error(file, at, i, "collection_date",
                    $"{Day(sample.CollectionDate)} (sample \"{sample.SampleId}\") is after the death of patient \"{sample.PatientId}\" on {Day(death.Date)} ({death.File}); expected a collection on or before the day of death"));
            if (patients.TryGetValue(sample.PatientId, out var patient) && sample.CollectionDate.Year < patient.BirthYear)
                errors.Add(Error(file, at, i, "collection_date",
                    $"{Day(sample.CollectionDate)} (sample \"{sample.SampleId}\") is before the birth year {patient.BirthYear} of patient \"{sample.PatientId}\" ({patient.FileName}); expected a collection after the patient's birth"));
        }

        ThrowIfAny(errors);
    }

    public static async Task FollowUpAsync(WarehouseTransaction tx, SourceFile file, IReadOnlyList<FollowUpEvent> events, RecordLines? at,
        CancellationToken cancellationToken)
    {
        var ids = events.Select(e => e.PatientId).Distinct(StringComparer.Ordinal).ToList();
        var patients = await PatientsAsync(tx, ids, cancellationToken);
        var lines = (await FactsAsync<LineFact>(tx, LinesSql, ids, cancellationToken)).ToLookup(l => l.PatientKey);
        var samples = (await FactsAsync<SampleFact>(tx, SamplesSql, ids, cancellationToken)).ToLookup(s => s.PatientKey);
        var errors = new List<InputError>();
        for (int i = 0; i < events.Count && errors.Count < MaxErrors; i++)
        {
            var e = events[i];
            if (patients.TryGetValue(e.PatientId, out var patient) && e.EventDate < patient.DiagnosisDate)
                errors.Add(Error(file, at, i, "event_date",
                    $"{Day(e.EventDate)} ({e.Kind}) is before the diagnosis of patient \"{e.PatientId}\" on {Day(patient.DiagnosisDate)} ({patient.FileName}); expected follow-up from the diagnosis on: correct this date or the diagnosis date"));
            if (e.Kind != "death")
                continue;
            var key = StableKey.Patient(e.PatientId);
            foreach (var line in lines[key].Where(l => l.StartDate > e.EventDate).OrderBy(l => l.LineNumber))
                errors.Add(Error(file, at, i, "event_date",
                    $"the death of patient \"{e.PatientId}\" on {Day(e.EventDate)} is before the start of line {line.LineNumber} on {Day(line.StartDate)} ({line.FileName}); expected the death on or after every line's start: correct this date or the line's"));
            foreach (var sample in samples[key].Where(s => s.CollectionDate > e.EventDate).OrderBy(s => s.SampleId, StringComparer.Ordinal))
                errors.Add(Error(file, at, i, "event_date",
                    $"the death of patient \"{e.PatientId}\" on {Day(e.EventDate)} is before the collection of sample \"{sample.SampleId}\" on {Day(sample.CollectionDate)} ({sample.FileName}); expected the death on or after every collection"));
        }

        ThrowIfAny(errors);
    }

    private sealed record Death(DateOnly Date, string File);

    private sealed record DeathFact(long PatientKey, DateOnly EventDate, string FileName);

    private sealed record PatientFact(long PatientKey, string PatientId, int BirthYear, DateOnly DiagnosisDate, string FileName);

    private sealed record LineFact(long PatientKey, int LineNumber, DateOnly StartDate, string FileName);

    private sealed record SampleFact(long PatientKey, string SampleId, DateOnly CollectionDate, string FileName);

    /// <summary>The first recorded death of each patient, by patient id, with the file it came from.</summary>
    private static async Task<Dictionary<string, Death>> DeathsAsync(WarehouseTransaction tx, IEnumerable<string> patientIds, CancellationToken cancellationToken)
    {
        var ids = patientIds.Distinct(StringComparer.Ordinal).ToDictionary(StableKey.Patient);
        var deaths = await FactsAsync<DeathFact>(tx, DeathsSql, ids.Values, cancellationToken);
        return deaths.GroupBy(d => d.PatientKey).ToDictionary(g => ids[g.Key],
            g => g.OrderBy(d => d.EventDate).Select(d => new Death(d.EventDate, d.FileName)).First(), StringComparer.Ordinal);
    }

    private static async Task<Dictionary<string, PatientFact>> PatientsAsync(WarehouseTransaction tx, IEnumerable<string> patientIds, CancellationToken cancellationToken) =>
        (await FactsAsync<PatientFact>(tx, PatientsSql, patientIds, cancellationToken)).ToDictionary(p => p.PatientId, StringComparer.Ordinal);

    private static async Task<List<T>> FactsAsync<T>(WarehouseTransaction tx, string sql, IEnumerable<string> patientIds, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        foreach (var chunk in patientIds.Distinct(StringComparer.Ordinal).Select(StableKey.Patient).Chunk(Engines.SqlText.MaxListLength))
            rows.AddRange(await tx.QueryAsync<T>(sql, new { Keys = chunk }, cancellationToken));
        return rows;
    }

    private static InputError Error(SourceFile file, RecordLines? at, int index, string column, string message) =>
        new(ShortName(file), at is null ? 0 : at.Lines[index], at?.DateColumn ?? column, message);

    // A study file's ledger name is STUDY/FILE; the error speaks of the file as the data manager sees it.
    private static string ShortName(SourceFile file) => file.Name[(file.Name.LastIndexOf('/') + 1)..];

    private static void ThrowIfAny(List<InputError> errors)
    {
        if (errors.Count > 0)
            throw new InputRejectedException(errors);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private const string DeathsSql = """
        SELECT f.patient_key AS PatientKey, f.event_date AS EventDate, s.file_name AS FileName
        FROM fact_follow_up f JOIN dim_source_file s ON s.file_key = f.file_key
        WHERE f.kind = 'death' AND f.patient_key IN @Keys
        """;

    private const string PatientsSql = """
        SELECT p.patient_key AS PatientKey, p.patient_id AS PatientId, p.birth_year AS BirthYear, p.diagnosis_date AS DiagnosisDate,
               COALESCE(s.file_name, '?') AS FileName
        FROM dim_patient p LEFT JOIN dim_source_file s ON s.file_key = p.file_key
        WHERE p.patient_key IN @Keys
        """;

    private const string LinesSql = """
        SELECT t.patient_key AS PatientKey, t.line_number AS LineNumber, t.start_date AS StartDate, s.file_name AS FileName
        FROM fact_therapy_line t JOIN dim_source_file s ON s.file_key = t.file_key
        WHERE t.patient_key IN @Keys
        """;

    private const string SamplesSql = """
        SELECT d.patient_key AS PatientKey, d.sample_id AS SampleId, d.collection_date AS CollectionDate, COALESCE(s.file_name, '?') AS FileName
        FROM dim_sample d LEFT JOIN dim_source_file s ON s.file_key = d.file_key
        WHERE d.patient_key IN @Keys
        """;
}
