using System.Diagnostics;
using System.Text.Json;
using TrialWarehouse.Genomics.Somatic;
using TrialWarehouse.Ingestion;
using TrialWarehouse.Warehouse;
using TrialWarehouse.Warehouse.Engines;
using TrialWarehouse.Warehouse.Loading;

namespace TrialWarehouse.Ingest.Bench;

/// <summary>What one measured case reports to the parent process (one JSON line on stdout).</summary>
internal sealed record CaseResult(
    string Engine,
    string Case,
    long Rows,
    double Seconds,
    double StartMiB,
    double PeakMiB,
    string EngineVersion,
    Dictionary<string, double> Phases)
{
    public const string Prefix = "RESULT ";
    public double RowsPerSecond => Rows / Seconds;
    public string ToLine() => Prefix + JsonSerializer.Serialize(this);
    public static CaseResult? Parse(string line) =>
        line.StartsWith(Prefix, StringComparison.Ordinal) ? JsonSerializer.Deserialize<CaseResult>(line[Prefix.Length..]) : null;
}

/// <summary>
/// The measured cases, each run in a child process of its own (so that its peak memory is its own) on a fresh,
/// migrated warehouse. Setup (migration, the clinical files the VCF refers to, preparing rows) is not timed.
/// </summary>
internal static class Cases
{
    // The fact and dimension tables as the loader writes them (its own table list is internal to the warehouse).
    private static readonly BulkTable VariantCallFacts = BulkTable.Of("fact_variant_call",
        ("sample_key", ColumnType.BigInt), ("variant_key", ColumnType.BigInt), ("vaf", ColumnType.Float), ("depth", ColumnType.Int),
        ("alt_count", ColumnType.Int), ("filter", ColumnType.Text), ("file_key", ColumnType.BigInt));

    private static readonly BulkTable Variants = BulkTable.Of("dim_variant",
        ("variant_key", ColumnType.BigInt), ("genome_build", ColumnType.Text), ("chrom", ColumnType.Text), ("pos", ColumnType.BigInt),
        ("ref", ColumnType.Text), ("alt", ColumnType.Text), ("gene_key", ColumnType.BigInt), ("consequence", ColumnType.Text),
        ("transcript_id", ColumnType.Text), ("hgvsc", ColumnType.Text), ("hgvsp", ColumnType.Text), ("exon", ColumnType.Int));

    private static readonly BulkTable GeneTable = BulkTable.Of("dim_gene", ("gene_key", ColumnType.BigInt), ("symbol", ColumnType.Text));

    /// <summary>Runs: case ENGINE CONNECTION raw|full|phases|cohort INPUT [CLINICAL_FOLDER]</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var (engine, connection, kind, input) = (args[1], args[2], args[3], args[4]);
        var clinical = args.Length > 5 ? args[5] : null;
        var warehouse = Warehouse.Warehouse.Create(new WarehouseOptions { Engine = engine, ConnectionString = connection });
        await Migrator.MigrateAsync(warehouse);
        var version = (await warehouse.QueryAsync<string>("SELECT version()")).Single();
        if (engine == "postgres")
            version = string.Join(' ', version.Split(' ').Take(2));
        var ingestor = new Ingestor(new WarehouseLoader(warehouse, TimeProvider.System));
        if (clinical is not null)
            Require(await ingestor.IngestAsync([Path.Combine(clinical, "patients.csv"), Path.Combine(clinical, "samples.csv")]), 2);

        var result = kind switch
        {
            "raw" => await RawAsync(warehouse, input),
            "full" => await FullAsync(ingestor, input),
            "phases" => await PhasesAsync(warehouse, input),
            "cohort" => await CohortAsync(ingestor, input),
            _ => throw new ArgumentException($"unknown case {kind}", nameof(args)),
        };
        var facts = (await warehouse.QueryAsync<long>("SELECT COUNT(*) FROM fact_variant_call")).Single();
        if (kind != "cohort" && facts != result.Rows)
            throw new InvalidOperationException($"{kind}: {facts} fact rows in the warehouse, expected {result.Rows}");
        Console.WriteLine((result with { Engine = engine, Case = kind, EngineVersion = version }).ToLine());
        return 0;
    }

    /// <summary>The engine's bulk path alone: the fact rows of the file, prepared in memory, in one transaction.</summary>
    private static async Task<CaseResult> RawAsync(Warehouse.Warehouse warehouse, string vcf)
    {
        var rows = FactRows.From(SomaticVcf.Read(vcf));
        Memory.ResetPeak();
        var start = Memory.CurrentMiB();
        var clock = Stopwatch.StartNew();
        await warehouse.InTransactionAsync(async tx =>
        {
            await tx.BulkInsertAsync(VariantCallFacts, rows.Boxed());
            return 0;
        });
        return new CaseResult("", "", rows.Count, clock.Elapsed.TotalSeconds, start, Memory.PeakMiB(), "", []);
    }

    /// <summary>The whole pipeline on one VCF: hash, parse, validate, upsert dimensions, load facts, commit.</summary>
    private static async Task<CaseResult> FullAsync(Ingestor ingestor, string vcf)
    {
        Memory.ResetPeak();
        var start = Memory.CurrentMiB();
        var clock = Stopwatch.StartNew();
        var report = await ingestor.IngestAsync([vcf]);
        var seconds = clock.Elapsed.TotalSeconds;
        Require(report, 1);
        return new CaseResult("", "", report.Rows, seconds, start, Memory.PeakMiB(), "", []);
    }

    /// <summary>
    /// The loader's steps for a VCF, replayed one by one with the same SQL and bulk paths, each timed: where the
    /// time of <see cref="FullAsync"/> goes.
    /// </summary>
    private static async Task<CaseResult> PhasesAsync(Warehouse.Warehouse warehouse, string vcf)
    {
        var phases = new Dictionary<string, double>(StringComparer.Ordinal);
        Memory.ResetPeak();
        var start = Memory.CurrentMiB();
        var total = Stopwatch.StartNew();
        var clock = Stopwatch.StartNew();
        double Lap()
        {
            var s = clock.Elapsed.TotalSeconds;
            clock.Restart();
            return s;
        }

        var file = SourceFile.From(vcf, "Variants", "bench");
        phases["hash file (SHA-256)"] = Lap();
        var calls = SomaticVcf.Read(vcf);
        phases["parse + validate VCF"] = Lap();
        var rows = 0L;
        await warehouse.InTransactionAsync(async tx =>
        {
            phases["open + begin"] = Lap();
            var keys = calls.Calls.Select(c => StableKey.Variant(c.GenomeBuild, c.Chrom, c.Position, c.Ref, c.Alt)).ToArray();
            var genes = calls.Calls.Where(c => c.Gene is not null).Select(c => c.Gene!).Distinct(StringComparer.Ordinal)
                .ToDictionary(StableKey.Gene, g => g);
            phases["variant + gene keys (SHA-256 each)"] = Lap();

            foreach (var chunk in genes.Keys.Chunk(SqlText.MaxListLength))
                _ = await tx.QueryAsync<long>("SELECT gene_key FROM dim_gene WHERE gene_key IN @Keys", new { Keys = chunk });
            foreach (var chunk in keys.Distinct().Chunk(SqlText.MaxListLength))
                _ = await tx.QueryAsync<(long, string, string, long, string, string)>(
                    "SELECT variant_key, genome_build, chrom, pos, ref, alt FROM dim_variant WHERE variant_key IN @Keys", new { Keys = chunk });
            phases[$"look up known genes + variants ({SqlText.MaxListLength} keys per query)"] = Lap();

            await tx.BulkInsertAsync(GeneTable, genes.Select(g => new object?[] { g.Key, g.Value }));
            var added = new HashSet<long>();
            await tx.BulkInsertAsync(Variants, calls.Calls.Select((c, i) => (c, k: keys[i])).Where(x => added.Add(x.k)).Select(x => new object?[]
            {
                x.k, x.c.GenomeBuild, x.c.Chrom, x.c.Position, x.c.Ref, x.c.Alt, x.c.Gene is null ? null : StableKey.Gene(x.c.Gene),
                x.c.Consequence, x.c.TranscriptId, x.c.HgvsC, x.c.HgvsP, x.c.Exon,
            }));
            phases["bulk insert dim_gene + dim_variant"] = Lap();

            var sampleKey = StableKey.Sample(calls.TumorSampleId);
            var seen = new HashSet<long>();
            await tx.BulkInsertAsync(VariantCallFacts, calls.Calls.Select((c, i) => (c, k: keys[i])).Where(x => seen.Add(x.k))
                .Select(x => new object?[] { sampleKey, x.k, x.c.Vaf, x.c.Depth, x.c.AltCount, x.c.Filter, file.Key }));
            rows = seen.Count;
            phases["bulk insert fact_variant_call"] = Lap();
            return 0;
        });
        phases["commit"] = Lap();
        return new CaseResult("", "", rows, total.Elapsed.TotalSeconds, start, Memory.PeakMiB(), "", phases);
    }

    /// <summary>A whole demo cohort folder through the Ingestor, with the time per kind of file.</summary>
    private static async Task<CaseResult> CohortAsync(Ingestor ingestor, string folder)
    {
        var phases = new Dictionary<string, double>(StringComparer.Ordinal);
        var files = new Dictionary<string, double>(StringComparer.Ordinal);
        var lap = Stopwatch.StartNew();
        var progress = new Progress(r =>
        {
            var kind = r.Kind?.ToString() ?? "?";
            phases[kind + " s"] = phases.GetValueOrDefault(kind + " s") + lap.Elapsed.TotalSeconds;
            files[kind + " files"] = files.GetValueOrDefault(kind + " files") + 1;
            lap.Restart();
        });
        Memory.ResetPeak();
        var start = Memory.CurrentMiB();
        var clock = Stopwatch.StartNew();
        var report = await ingestor.IngestAsync([folder], "bench", progress);
        var seconds = clock.Elapsed.TotalSeconds;
        if (report.Rejected > 0)
            throw new InvalidOperationException($"{report.Rejected} files rejected: {report.Files.First(f => f.Outcome == FileOutcome.Rejected).Describe()}");
        foreach (var (k, v) in files)
            phases[k] = v;
        return new CaseResult("", "", report.Rows, seconds, start, Memory.PeakMiB(), "", phases);
    }

    private static void Require(IngestReport report, int files)
    {
        if (report.Loaded != files || report.Rejected > 0)
            throw new InvalidOperationException($"expected {files} files loaded: {string.Join("; ", report.Files.Select(f => f.Describe()))}");
    }

    private sealed class Progress(Action<FileResult> report) : IProgress<FileResult>
    {
        public void Report(FileResult value) => report(value);
    }

    /// <summary>The fact rows of a file in compact arrays: the raw case times the bulk path, not building rows.</summary>
    private sealed class FactRows
    {
        private long _sampleKey;
        private long _fileKey;
        private long[] _variantKeys = [];
        private double?[] _vaf = [];
        private int?[] _depth = [];
        private int?[] _altCount = [];
        private string[] _filter = [];

        public int Count => _variantKeys.Length;

        public static FactRows From(Domain.SomaticCalls calls)
        {
            var seen = new HashSet<long>();
            var unique = calls.Calls.Select(c => (c, k: StableKey.Variant(c.GenomeBuild, c.Chrom, c.Position, c.Ref, c.Alt)))
                .Where(x => seen.Add(x.k)).ToList();
            return new FactRows
            {
                _sampleKey = StableKey.Sample(calls.TumorSampleId),
                _fileKey = StableKey.File("ingest-bench-raw"),
                _variantKeys = unique.Select(x => x.k).ToArray(),
                _vaf = unique.Select(x => x.c.Vaf).ToArray(),
                _depth = unique.Select(x => x.c.Depth).ToArray(),
                _altCount = unique.Select(x => x.c.AltCount).ToArray(),
                // Interned, as a reader would share the few filter values: no string per row left in memory.
                _filter = unique.Select(x => string.Intern(x.c.Filter)).ToArray(),
            };
        }

        public IEnumerable<object?[]> Boxed()
        {
            for (var i = 0; i < _variantKeys.Length; i++)
                yield return [_sampleKey, _variantKeys[i], _vaf[i], _depth[i], _altCount[i], _filter[i], _fileKey];
        }
    }
}
