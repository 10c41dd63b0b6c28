using TrialWarehouse.Testing;
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

    /// <summary>Runs: case ENGINE CONNECTION raw|parse|full|cohort INPUT [CLINICAL_FOLDER]</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var (engine, connection, kind, input) = (args[1], args[2], args[3], args[4]);
        var clinical = args.Length > 5 ? args[5] : null;
        var warehouse = Warehouse.Warehouse.Create(new WarehouseOptions { Engine = engine, ConnectionString = connection });
        await Migrator.MigrateAsync(warehouse);
        var version = (await warehouse.QueryAsync<string>("SELECT version()")).Single();
        if (engine == "postgres")
            version = string.Join(' ', version.Split(' ').Take(2));
        var ingestor = new Ingestor(new WarehouseLoader(warehouse, TimeProvider.System, TestPseudonyms.Instance));
        if (clinical is not null)
            Require(await ingestor.IngestAsync([Path.Combine(clinical, "patients.csv"), Path.Combine(clinical, "samples.csv")]), 2);

        var result = kind switch
        {
            "raw" => await RawAsync(warehouse, input),
            "full" => await FullAsync(ingestor, input),
            "parse" => await ParseAsync(input),
            "cohort" => await CohortAsync(ingestor, input),
            _ => throw new ArgumentException($"unknown case {kind}", nameof(args)),
        };
        var facts = (await warehouse.QueryAsync<long>("SELECT COUNT(*) FROM fact_variant_call")).Single();
        if (kind is "raw" or "full" && facts != result.Rows)
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

    /// <summary>Reading and validating the VCF alone (no warehouse): the rate no loader of the file can exceed.</summary>
    private static Task<CaseResult> ParseAsync(string vcf)
    {
        Memory.ResetPeak();
        var start = Memory.CurrentMiB();
        var clock = Stopwatch.StartNew();
        var calls = SomaticVcf.Open(vcf, SomaticVcfOptions.Default);
        long rows = calls.Calls.Count();
        return Task.FromResult(new CaseResult("", "", rows, clock.Elapsed.TotalSeconds, start, Memory.PeakMiB(), "", []));
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
