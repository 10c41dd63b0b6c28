using TrialWarehouse.Domain;
using TrialWarehouse.Warehouse.Privacy;

namespace TrialWarehouse.Warehouse.Loading;

/// <summary>
/// Writes parsed files into the star schema, one transaction per file: a file lands completely or not at all,
/// a file already loaded (same content hash) is skipped, and a changed re-delivery replaces what it supersedes.
/// </summary>
/// <remarks>
/// Replacement follows the natural unit of each kind: a VCF or CNA file carries the complete calls of its samples,
/// a therapy-line or follow-up file the complete history of the patients it names. Dimension rows (patients,
/// samples) are upserted. Every hospital id (patient, sample, model) is replaced by its pseudonym before it is written.
/// </remarks>
public sealed partial class WarehouseLoader(Warehouse warehouse, TimeProvider time, Pseudonymiser pseudonyms)
{
    public Task<LoadResult> LoadPatientsAsync(SourceFile file, IReadOnlyList<Patient> patients, CancellationToken cancellationToken = default) =>
        LoadAsync(file, patients.Count, async (tx, ids) =>
        {
            var pseudonymousPatients = ids.Of(patients);
            await StagedMerge.MergeAsync(tx, warehouse.Engine, Tables.Patient, "patient_key", pseudonymousPatients.Select(p => new object?[]
            {
                StableKey.Patient(p.PatientId), p.PatientId, p.Sex, p.BirthYear, p.TumorType, p.DiagnosisDate, p.Site, p.Arm, file.Key,
                StableKey.Date(p.DiagnosisDate),
            }), cancellationToken);
            await PatientHistory.RefreshAsync(tx, file.Key, time.GetUtcNow().UtcDateTime, pseudonymousPatients.Select(p => StableKey.Patient(p.PatientId)).ToList(),
                cancellationToken);
        }, cancellationToken);

    /// <param name="at">The line of each sample in its file, for the errors of the checks across files.</param>
    public Task<LoadResult> LoadSamplesAsync(SourceFile file, IReadOnlyList<Sample> samples, RecordLines? at = null,
        CancellationToken cancellationToken = default) =>
        LoadAsync(file, samples.Count, async (tx, ids) =>
        {
            var pseudonymousSamples = ids.Of(samples);
            await RequireKnownAsync(tx, file, "patient_id", "dim_patient", "patient_key",
                pseudonymousSamples.Select(s => (s.PatientId, StableKey.Patient(s.PatientId))), "patients.csv", cancellationToken);
            await CrossFileChecks.SamplesAsync(tx, file, pseudonymousSamples, at, cancellationToken);
            await StagedMerge.MergeAsync(tx, warehouse.Engine, Tables.Sample, "sample_key", pseudonymousSamples.Select(s => new object?[]
            {
                StableKey.Sample(s.SampleId), s.SampleId, StableKey.Patient(s.PatientId), s.CollectionDate, s.SpecimenSite,
                s.TumorCellularity, s.Assay, s.GenomeBuild, s.Tmb, s.MsiStatus, file.Key, StableKey.Date(s.CollectionDate),
            }), cancellationToken);
        }, cancellationToken);

    /// <param name="at">The line of each therapy line in its file, for the errors of the checks across files.</param>
    public Task<LoadResult> LoadTherapyLinesAsync(SourceFile file, IReadOnlyList<TherapyLine> lines, RecordLines? at = null,
        CancellationToken cancellationToken = default) =>
        LoadAsync(file, lines.Count, async (tx, ids) =>
        {
            var pseudonymousLines = ids.Of(lines);
            var patients = await ReplacePatientHistoryAsync(tx, file, "fact_therapy_line", pseudonymousLines.Select(l => l.PatientId), cancellationToken);
            await CrossFileChecks.TherapyLinesAsync(tx, file, pseudonymousLines, at, cancellationToken);
            await EnsureRegimensAsync(tx, pseudonymousLines, cancellationToken);
            await tx.BulkInsertAsync(Tables.TherapyLine, pseudonymousLines.Select(l => new object?[]
            {
                patients[l.PatientId], l.LineNumber, l.Regimen, string.Join(';', l.Drugs), l.StartDate, l.EndDate,
                l.ReasonStopped, l.BestResponse, l.ProgressionDate, l.Matched, l.MatchedAlteration, file.Key,
                StableKey.Regimen(l.Regimen, string.Join(';', l.Drugs)), StableKey.Response(l.BestResponse),
                StableKey.Date(l.StartDate), StableKey.Date(l.EndDate), StableKey.Date(l.ProgressionDate),
            }), cancellationToken);
        }, cancellationToken);

    /// <param name="at">The line of each event in its file, for the errors of the checks across files.</param>
    public Task<LoadResult> LoadFollowUpAsync(SourceFile file, IReadOnlyList<FollowUpEvent> events, RecordLines? at = null,
        CancellationToken cancellationToken = default) =>
        LoadAsync(file, events.Count, async (tx, ids) =>
        {
            var pseudonymousEvents = ids.Of(events);
            var patients = await ReplacePatientHistoryAsync(tx, file, "fact_follow_up", pseudonymousEvents.Select(e => e.PatientId), cancellationToken);
            await CrossFileChecks.FollowUpAsync(tx, file, pseudonymousEvents, at, cancellationToken);
            await tx.BulkInsertAsync(Tables.FollowUp, pseudonymousEvents.Select(e => new object?[]
            {
                patients[e.PatientId], e.EventDate, e.Kind, e.Ecog, file.Key, StableKey.Date(e.EventDate),
            }), cancellationToken);
            await PatientHistory.RefreshAsync(tx, file.Key, time.GetUtcNow().UtcDateTime, patients.Values.ToList(), cancellationToken);
        }, cancellationToken);

    /// <summary>A CTC file carries the complete CTC history of the patients it names, as a follow-up file does.</summary>
    public Task<LoadResult> LoadCtcCountsAsync(SourceFile file, IReadOnlyList<CtcCount> draws, CancellationToken cancellationToken = default) =>
        LoadAsync(file, draws.Count, async (tx, ids) =>
        {
            var pseudonymousDraws = ids.Of(draws);
            var patients = await ReplacePatientHistoryAsync(tx, file, "fact_ctc_count", pseudonymousDraws.Select(d => d.PatientId), cancellationToken);
            await tx.BulkInsertAsync(Tables.CtcCount, pseudonymousDraws.Select(d => new object?[]
            {
                patients[d.PatientId], d.DrawDate, d.Method, d.Count, d.AtypicalCount, d.EmtCount, d.LineNumber,
                CtcKinetics.BaselineUntil(d.DrawDate), file.Key, StableKey.Date(d.DrawDate),
            }), cancellationToken);
        }, cancellationToken);

    /// <summary>An IHC file carries every score of the samples it names: a re-delivered sample's scores are replaced.</summary>
    public Task<LoadResult> LoadIhcResultsAsync(SourceFile file, IReadOnlyList<IhcResult> results, CancellationToken cancellationToken = default) =>
        LoadAsync(file, results.Count, async (tx, ids) =>
        {
            var pseudonymousResults = ids.Of(results);
            var samples = await ReplaceSampleCallsAsync(tx, file, "fact_ihc_score", pseudonymousResults.Select(r => r.SampleId), cancellationToken);
            await tx.BulkInsertAsync(Tables.IhcScore, pseudonymousResults.Select(r => new object?[]
            {
                samples[r.SampleId], r.Marker, IhcVocabulary.GeneOfMarker[r.Marker], r.Scoring, r.Value, r.AntibodyClone, r.IshResult, file.Key,
            }), cancellationToken);
        }, cancellationToken);

    /// <summary>A model-response file carries every response of the models grown from the samples it names.</summary>
    public Task<LoadResult> LoadModelResponsesAsync(SourceFile file, IReadOnlyList<ModelResponse> responses, CancellationToken cancellationToken = default) =>
        LoadAsync(file, responses.Count, async (tx, ids) =>
        {
            var pseudonymousResponses = ids.Of(responses);
            var samples = await ReplaceSampleCallsAsync(tx, file, "fact_model_response", pseudonymousResponses.Select(r => r.SampleId), cancellationToken);
            await StagedMerge.InsertMissingAsync(tx, warehouse.Engine, Tables.Drug, "drug_key", ["name"],
                pseudonymousResponses.Select(r => r.Drug).Distinct(StringComparer.Ordinal).Select(d => new object?[] { StableKey.Drug(d), d }).ToList(),
                cancellationToken);
            await tx.BulkInsertAsync(Tables.ModelResponse, pseudonymousResponses.Select(r => new object?[]
            {
                samples[r.SampleId], r.ModelId, r.ModelKind, r.Passage, StableKey.Drug(r.Drug), r.Drug, r.Dose, r.DoseUnit, r.Measure,
                r.Value, r.ValueUnit, r.ResponseClass, file.Key,
            }), cancellationToken);
        }, cancellationToken);

    public Task<LoadResult> LoadCopyNumbersAsync(SourceFile file, IReadOnlyList<CopyNumberCall> calls, CancellationToken cancellationToken = default) =>
        LoadAsync(file, calls.Count, (tx, ids) =>
        {
            var mapped = ids.Of(calls);
            return InsertCopyNumbersAsync(tx, file, mapped.Select(c => c.SampleId), mapped, cancellationToken);
        }, cancellationToken);

    /// <summary>Loads the gene-level calls of one sample mapped from a CNV VCF, after checking the sample's build.</summary>
    public Task<LoadResult> LoadCopyNumbersAsync(SourceFile file, CopyNumberProfile profile, CancellationToken cancellationToken = default) =>
        LoadAsync(file, profile.Calls.Count, async (tx, ids) =>
        {
            var pseudonymousProfile = ids.Of(profile);
            await RequireSampleBuildAsync(tx, file, pseudonymousProfile.SampleId, pseudonymousProfile.GenomeBuild, "CNV VCF", cancellationToken);
            // The profile's sample is replaced even when it has no call left: a profile without alterations says so.
            await InsertCopyNumbersAsync(tx, file, [pseudonymousProfile.SampleId], pseudonymousProfile.Calls, cancellationToken);
        }, cancellationToken);

    private async Task InsertCopyNumbersAsync(WarehouseTransaction tx, SourceFile file, IEnumerable<string> sampleIds,
        IReadOnlyList<CopyNumberCall> calls, CancellationToken cancellationToken)
    {
        var samples = await ReplaceSampleCallsAsync(tx, file, "fact_copy_number", sampleIds, cancellationToken);
        await EnsureGenesAsync(tx, calls.Select(c => c.Gene), cancellationToken);
        await tx.BulkInsertAsync(Tables.CopyNumber, calls.Select(c => new object?[]
        {
            samples[c.SampleId], StableKey.Gene(c.Gene), c.State, c.Log2Ratio, c.CopyNumber, file.Key,
        }), cancellationToken);
    }

    /// <summary>Loads the fusions of one sample read from a structural-variant VCF, after checking the sample's build.</summary>
    public Task<LoadResult> LoadFusionsAsync(SourceFile file, FusionProfile profile, CancellationToken cancellationToken = default) =>
        LoadAsync(file, profile.Calls.Count, async (tx, ids) =>
        {
            var pseudonymousProfile = ids.Of(profile);
            await RequireSampleBuildAsync(tx, file, pseudonymousProfile.SampleId, pseudonymousProfile.GenomeBuild, "SV VCF", cancellationToken);
            var samples = await ReplaceSampleCallsAsync(tx, file, "fact_fusion", [pseudonymousProfile.SampleId], cancellationToken);
            await EnsureGenesAsync(tx, pseudonymousProfile.Calls.SelectMany(c => new[] { c.Gene5, c.Gene3 }), cancellationToken);
            await tx.BulkInsertAsync(Tables.Fusion, pseudonymousProfile.Calls.Select(c => new object?[]
            {
                samples[pseudonymousProfile.SampleId], StableKey.Gene(c.Gene5), StableKey.Gene(c.Gene3), c.Chrom5, c.Position5, c.Chrom3, c.Position3,
                c.SupportingReads, file.Key,
            }), cancellationToken);
        }, cancellationToken);

    public Task<LoadResult> LoadVariantCallsAsync(SourceFile file, SomaticCalls calls, CancellationToken cancellationToken = default) =>
        LoadVariantCallsAsync(file, SomaticCallStream.Of(calls), cancellationToken);

    /// <summary>
    /// A VCF's calls, written to the warehouse while the file is read (memory does not grow with the file); a record
    /// found invalid late in the file throws out of the enumeration and rolls the whole file back.
    /// </summary>
    public Task<LoadResult> LoadVariantCallsAsync(SourceFile file, SomaticCallStream calls, CancellationToken cancellationToken = default) =>
        LoadCountingAsync(file, (tx, ids) => InsertVariantCallsAsync(tx, file, ids.Of(calls), cancellationToken), cancellationToken);

    /// <summary>A MAF: the calls of each of its samples, in one transaction (a sample that fails rejects the file).</summary>
    public Task<LoadResult> LoadMutationsAsync(SourceFile file, IReadOnlyList<SomaticCalls> samples, CancellationToken cancellationToken = default) =>
        LoadCountingAsync(file, async (tx, ids) =>
        {
            long rows = 0;
            foreach (var calls in samples)
                rows += await InsertVariantCallsAsync(tx, file, ids.Of(SomaticCallStream.Of(calls)), cancellationToken);
            return rows;
        }, cancellationToken);

    /// <summary>
    /// Streams the calls into a staging table of this transaction (parsing on one core while the engine appends on
    /// the other), then derives the new genes and variants and the facts from it with three set-based statements.
    /// One fact per sample and variant: a caller that reports a site twice keeps its first call.
    /// </summary>
    private async Task<long> InsertVariantCallsAsync(WarehouseTransaction tx, SourceFile file, SomaticCallStream calls, CancellationToken cancellationToken)
    {
        await RequireSampleBuildAsync(tx, file, calls.TumorSampleId, calls.GenomeBuild, "calls", cancellationToken);
        var samples = await ReplaceSampleCallsAsync(tx, file, "fact_variant_call", [calls.TumorSampleId], cancellationToken);
        var staging = Tables.StagedCall with { Name = $"stg_call_{Guid.NewGuid():N}"[..40] };
        await tx.ExecuteAsync(StagedMerge.CreateSql(warehouse.Engine, staging), cancellationToken: cancellationToken);
        await tx.BulkInsertAsync(staging, ReadAhead.Of(calls.Calls.Select((c, i) => new object?[]
        {
            (long)i, StableKey.Variant(c.GenomeBuild, c.Chrom, c.Position, c.Ref, c.Alt), c.GenomeBuild, c.Chrom, c.Position, c.Ref, c.Alt,
            c.Gene is null ? null : StableKey.Gene(c.Gene), c.Consequence, c.TranscriptId, c.HgvsC, c.HgvsP, c.Exon, c.Gene,
            c.Vaf, c.Depth, c.AltCount, c.Filter,
        }), cancellationToken), cancellationToken);

        await RequireNoCollisionAsync(tx, StagedMerge.CollisionSql(Tables.Gene, staging.Name, "gene_key", ["symbol"]), "dim_gene", "symbol", cancellationToken);
        await tx.ExecuteAsync(VariantStaging.InsertGenesSql(staging.Name), cancellationToken: cancellationToken);
        await RequireNoCollisionAsync(tx, StagedMerge.CollisionSql(Tables.Variant, staging.Name, "variant_key", VariantStaging.Identity),
            "dim_variant", string.Join("/", VariantStaging.Identity), cancellationToken);
        await tx.ExecuteAsync(VariantStaging.InsertVariantsSql(staging.Name), cancellationToken: cancellationToken);
        var rows = await tx.ExecuteAsync(VariantStaging.InsertFactsSql(staging.Name),
            new { SampleKey = samples[calls.TumorSampleId], FileKey = file.Key }, cancellationToken);
        await tx.ExecuteAsync($"DROP TABLE {staging.Name}", cancellationToken: cancellationToken);
        return rows;
    }

    private static async Task RequireNoCollisionAsync(WarehouseTransaction tx, string sql, string table, string identity, CancellationToken cancellationToken)
    {
        var collisions = await tx.QueryAsync<long>(sql, cancellationToken: cancellationToken);
        if (collisions.Count > 0)
            throw new InvalidOperationException($"{table}: key {collisions[0]} already stands for another {identity}; a 64-bit key collision");
    }

    private static async Task RequireSampleBuildAsync(WarehouseTransaction tx, SourceFile file, string sampleId, string build, string what,
        CancellationToken cancellationToken)
    {
        var builds = await tx.QueryAsync<string>(SampleBuildSql, new { SampleKey = StableKey.Sample(sampleId) }, cancellationToken);
        if (builds.Count == 0)
            throw Reject(file, "tumor_sample", $"sample \"{sampleId}\" is not in the warehouse; deliver its row in samples.csv first (or with this file)");
        if (builds[0] != build)
            throw Reject(file, "reference", $"the {what} {(what == "calls" ? "are" : "is")} on {build} but sample \"{sampleId}\" is recorded on {builds[0]}; coordinates of different builds are never mixed");
    }

    private Task<LoadResult> LoadAsync(SourceFile file, long rows, Func<WarehouseTransaction, LoadIdentifiers, Task> load,
        CancellationToken cancellationToken) =>
        LoadAsync(file, rows, async (tx, ids) =>
        {
            await load(tx, ids);
            return rows;
        }, cancellationToken);

    /// <summary>A load whose row count is known only once it is done (a file read as it is loaded).</summary>
    private Task<LoadResult> LoadCountingAsync(SourceFile file, Func<WarehouseTransaction, LoadIdentifiers, Task<long>> load,
        CancellationToken cancellationToken) =>
        LoadAsync(file, null, load, cancellationToken);

    private async Task<LoadResult> LoadAsync(SourceFile file, long? knownRows, Func<WarehouseTransaction, LoadIdentifiers, Task<long>> load,
        CancellationToken cancellationToken)
    {
        var result = await warehouse.InTransactionAsync(async tx =>
        {
            await RequireFingerprintAsync(tx, cancellationToken);
            var existing = await tx.QueryAsync<string>(FileStatusSql, new { file.ContentHash }, cancellationToken);
            if (existing.Count > 0 && existing[0] == FileStatus.Loaded)
                return new LoadResult(file, LoadOutcome.AlreadyLoaded, 0, null);
            if (existing.Count > 0)
                await tx.ExecuteAsync(DeleteFileSql, new { FileKey = file.Key }, cancellationToken);

            var previous = await tx.QueryAsync<long>(PreviousDeliverySql, new { FileName = file.Name, file.Kind }, cancellationToken);
            foreach (var key in previous)
                await RemoveContributionAsync(tx, key, FileStatus.Superseded, cancellationToken);

            await tx.ExecuteAsync(InsertFileSql, new
            {
                FileKey = file.Key, FileName = file.Name, file.ContentHash, file.Kind, LoadedAt = time.GetUtcNow().UtcDateTime,
                file.JobId, RowCount = knownRows ?? 0, Status = FileStatus.Loaded,
            }, cancellationToken);
            // New each attempt, as the loads' pseudonymous copies of their records are: a retry starts from the file's ids.
            var ids = new LoadIdentifiers(pseudonyms);
            long rows;
            try
            {
                rows = await load(tx, ids);
            }
            catch (InputRejectedException rejection)
            {
                throw await RevealAsync(tx, ids, rejection, cancellationToken);
            }
            await RecordIdentifiersAsync(tx, ids, cancellationToken);
            // A superseded delivery may have named patients the new one does not: their history is refreshed too.
            if (previous.Count > 0)
                await PatientHistory.RefreshAsync(tx, file.Key, time.GetUtcNow().UtcDateTime, null, cancellationToken);
            if (knownRows is null)
                await tx.ExecuteAsync(UpdateRowCountSql, new { FileKey = file.Key, RowCount = rows }, cancellationToken);
            return new LoadResult(file, LoadOutcome.Loaded, rows, previous.Count > 0 ? file.Name : null);
        }, cancellationToken);
        fingerprintCommitted = true;
        return result;
    }

    /// <summary>Deletes the facts a file contributed and marks it, keeping the ledger row for lineage.</summary>
    internal static async Task RemoveContributionAsync(WarehouseTransaction tx, long fileKey, string status, CancellationToken cancellationToken)
    {
        foreach (var table in Tables.Facts)
            await tx.ExecuteAsync($"DELETE FROM {table} WHERE file_key = @FileKey", new { FileKey = fileKey }, cancellationToken);
        await tx.ExecuteAsync(SetFileStatusSql, new { FileKey = fileKey, Status = status }, cancellationToken);
    }

    private static Task<Dictionary<string, long>> ReplacePatientHistoryAsync(WarehouseTransaction tx, SourceFile file, string factTable,
        IEnumerable<string> patientIds, CancellationToken cancellationToken) =>
        ReplaceFactsOfAsync(tx, file, factTable, patientIds, StableKey.Patient, "patient_id", "dim_patient", "patient_key", "patients.csv", cancellationToken);

    private static Task<Dictionary<string, long>> ReplaceSampleCallsAsync(WarehouseTransaction tx, SourceFile file, string factTable,
        IEnumerable<string> sampleIds, CancellationToken cancellationToken) =>
        ReplaceFactsOfAsync(tx, file, factTable, sampleIds, StableKey.Sample, "sample_id", "dim_sample", "sample_key", "samples.csv", cancellationToken);

    /// <summary>
    /// Checks that every patient or sample the file names is known, then deletes their facts in <paramref name="factTable"/>
    /// (the file replaces them); returns the key of each id.
    /// </summary>
    private static async Task<Dictionary<string, long>> ReplaceFactsOfAsync(WarehouseTransaction tx, SourceFile file, string factTable,
        IEnumerable<string> ids, Func<string, long> keyOf, string field, string dimension, string keyColumn, string deliverWith,
        CancellationToken cancellationToken)
    {
        var keys = ids.Distinct(StringComparer.Ordinal).ToDictionary(id => id, keyOf, StringComparer.Ordinal);
        await RequireKnownAsync(tx, file, field, dimension, keyColumn, keys.Select(k => (k.Key, k.Value)), deliverWith, cancellationToken);
        foreach (var chunk in keys.Values.Chunk(Engines.SqlText.MaxListLength))
            await tx.ExecuteAsync($"DELETE FROM {factTable} WHERE {keyColumn} IN @Keys", new { Keys = chunk }, cancellationToken);
        return keys;
    }

    private static async Task RequireKnownAsync(WarehouseTransaction tx, SourceFile file, string field, string table, string keyColumn,
        IEnumerable<(string Id, long Key)> references, string deliverWith, CancellationToken cancellationToken)
    {
        var wanted = references.DistinctBy(r => r.Key).ToList();
        var known = new HashSet<long>();
        foreach (var chunk in wanted.Chunk(Engines.SqlText.MaxListLength))
            known.UnionWith(await tx.QueryAsync<long>($"SELECT {keyColumn} FROM {table} WHERE {keyColumn} IN @Keys",
                new { Keys = chunk.Select(c => c.Key).ToArray() }, cancellationToken));
        var missing = wanted.Where(r => !known.Contains(r.Key)).Select(r => r.Id).ToList();
        if (missing.Count > 0)
            throw Reject(file, field, $"{missing.Count} unknown {field.Replace("_id", "", StringComparison.Ordinal)}(s): " +
                $"{string.Join(", ", missing.Take(10))}{(missing.Count > 10 ? ", ..." : "")}; deliver them in {deliverWith} first (or with this file)");
    }

    private Task EnsureGenesAsync(WarehouseTransaction tx, IEnumerable<string> symbols, CancellationToken cancellationToken) =>
        StagedMerge.InsertMissingAsync(tx, warehouse.Engine, Tables.Gene, "gene_key", ["symbol"],
            symbols.Distinct(StringComparer.Ordinal).Select(s => new object?[] { StableKey.Gene(s), s }).ToList(), cancellationToken);

    /// <summary>Adds the regimens, drugs and regimen-drug pairs of these lines that the warehouse does not know yet.</summary>
    private async Task EnsureRegimensAsync(WarehouseTransaction tx, IReadOnlyList<TherapyLine> lines, CancellationToken cancellationToken)
    {
        var regimens = lines.Select(l => (Name: l.Regimen, Drugs: l.Drugs.Distinct(StringComparer.Ordinal).ToList(), Text: string.Join(';', l.Drugs)))
            .DistinctBy(r => (r.Name, r.Text)).ToList();
        await StagedMerge.InsertMissingAsync(tx, warehouse.Engine, Tables.Regimen, "regimen_key", ["name", "drugs"],
            regimens.Select(r => new object?[] { StableKey.Regimen(r.Name, r.Text), r.Name, r.Text }).ToList(), cancellationToken);
        await StagedMerge.InsertMissingAsync(tx, warehouse.Engine, Tables.Drug, "drug_key", ["name"],
            regimens.SelectMany(r => r.Drugs).Distinct(StringComparer.Ordinal).Select(d => new object?[] { StableKey.Drug(d), d }).ToList(),
            cancellationToken);
        var pairs = regimens.SelectMany(r => r.Drugs.Select(d => (Regimen: StableKey.Regimen(r.Name, r.Text), Drug: StableKey.Drug(d))));
        await StagedMerge.InsertMissingAsync(tx, warehouse.Engine, Tables.RegimenDrug, "regimen_drug_key", ["regimen_key", "drug_key"],
            pairs.Select(p => new object?[] { StableKey.RegimenDrug(p.Regimen, p.Drug), p.Regimen, p.Drug }).ToList(), cancellationToken);
    }

    private static InputRejectedException Reject(SourceFile file, string field, string message) => new(file.Name, 0, field, message);
}
