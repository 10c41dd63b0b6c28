using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using TrialWarehouse.Demo;
using TrialWarehouse.Ingest.Bench;
using TrialWarehouse.Testing;
using Xunit;

// Usage: trialwarehouse-ingest-bench [--engines duckdb,postgres] [--sizes 100000,1000000] [--cohorts 1000,9999]
//                                    [--runs 1] [--work FOLDER] [--keep]
// Measures, per engine and VCF size, the raw bulk insert of the fact rows and the full pipeline on the same generated
// file, and the parsing of that file alone (the bound of any loader), each case in a child process of its own (fresh
// warehouse, own peak RSS); then a whole demo cohort of each size through the Ingestor.
// PostgreSQL: TRIALWAREHOUSE_TEST_POSTGRES, else a throwaway cluster from /usr/lib/postgresql/*/bin.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Length > 0 && args[0] == "case")
    return await Cases.RunAsync(args);

var engines = Option("--engines", "duckdb,postgres").Split(',');
var sizes = Option("--sizes", "100000,1000000").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
var cohorts = Option("--cohorts", "1000,9999").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
var runs = int.Parse(Option("--runs", "1"), CultureInfo.InvariantCulture);
var work = Path.GetFullPath(Option("--work", Path.Combine(Path.GetTempPath(), $"tw-ingest-bench-{Environment.ProcessId}")));
Directory.CreateDirectory(work);
Console.WriteLine($"work folder {work}; {Environment.ProcessorCount} cores, {Machine()}");

// The clinical files (patients, samples) the large VCFs refer to, and the demo VCF whose header they copy.
var clinical = Path.Combine(work, "clinical");
var demo = DemoCohort.Write(clinical, patients: 3, seed: 7);
var template = Path.Combine(clinical, demo.Files.First(f => f.EndsWith(".vcf", StringComparison.Ordinal)));
var sample = Path.GetFileNameWithoutExtension(template);
var vcfs = new Dictionary<int, string>();
foreach (var size in sizes)
{
    var path = Path.Combine(work, $"vcf-{size}", $"{sample}.vcf");
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    var clock = Stopwatch.StartNew();
    LargeVcf.Write(template, path, size);
    vcfs[size] = path;
    Console.WriteLine($"generated {path}: {size:N0} calls, {new FileInfo(path).Length / 1048576.0:F0} MiB in {clock.Elapsed.TotalSeconds:F1} s");
}

var results = new List<CaseResult>();
foreach (var engine in engines)
{
    foreach (var size in sizes)
        foreach (var kind in new[] { "raw", "parse", "full" })
            for (var run = 0; run < runs; run++)
                if (Measure(engine, kind, vcfs[size], clinical) is { } r)
                    results.Add(r with { Case = $"{kind} {size}" });
}

foreach (var patients in cohorts)
{
    var folder = Path.Combine(work, $"cohort-{patients}");
    var clock = Stopwatch.StartNew();
    var summary = DemoCohort.Write(folder, patients, seed: 1);
    Console.WriteLine($"generated demo cohort of {patients} patients: {summary.Files.Count} files, {summary.VariantRecords:N0} VCF records, " +
        $"{summary.CopyNumberRows:N0} copy-number rows in {clock.Elapsed.TotalSeconds:F1} s");
    foreach (var engine in engines)
        if (Measure(engine, "cohort", folder, null) is { } r)
            results.Add(r with { Case = $"cohort {patients}", Phases = new(r.Phases) { ["variant records"] = summary.VariantRecords } });
}

Report(results);
if (!args.Contains("--keep"))
    Directory.Delete(work, recursive: true);
return 0;

CaseResult? Measure(string engine, string kind, string input, string? clinicalFolder)
{
    string connection;
    try
    {
        connection = engine == "duckdb" ? Path.Combine(work, $"warehouse-{Guid.NewGuid():N}.duckdb") : TestPostgres.CreateDatabase();
    }
    catch (SkipException e)
    {
        Console.WriteLine($"{engine}: {e.Message}");
        return null;
    }

    var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
    foreach (var arg in new[] { Assembly.GetEntryAssembly()!.Location, "case", engine, connection, kind, input })
        info.ArgumentList.Add(arg);
    if (clinicalFolder is not null)
        info.ArgumentList.Add(clinicalFolder);
    using var child = Process.Start(info)!;
    var output = child.StandardOutput.ReadToEnd();
    child.WaitForExit();
    if (engine == "duckdb")
        foreach (var file in Directory.EnumerateFiles(work, Path.GetFileName(connection) + "*"))
            File.Delete(file);
    var result = output.Split('\n').Select(CaseResult.Parse).LastOrDefault(r => r is not null);
    if (child.ExitCode != 0 || result is null)
        throw new InvalidOperationException($"{engine} {kind} {input} failed (exit {child.ExitCode}): {output}");
    Console.WriteLine($"{engine,-8} {kind,-6} {Path.GetFileName(Path.GetDirectoryName(input) ?? input) + "/" + Path.GetFileName(input),-28} " +
        $"{result.Rows,10:N0} rows {result.Seconds,8:F2} s {result.RowsPerSecond,12:N0} rows/s  RSS {result.StartMiB:F0} -> peak {result.PeakMiB:F0} MiB");
    foreach (var (phase, value) in result.Phases)
        Console.WriteLine($"           {phase,-60} {value,10:F2}");
    return result;
}

void Report(List<CaseResult> all)
{
    static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    Console.WriteLine();
    Console.WriteLine($"Engines: {string.Join(", ", all.Select(r => $"{r.Engine} {r.EngineVersion}").Distinct())}; runs per case: {runs} (median)");
    Console.WriteLine();
    Console.WriteLine("| engine | variant calls | raw bulk insert (rows/s) | parse only (calls/s) | full pipeline (rows/s) | full / raw | full / parse | full pipeline time | peak RSS raw (MiB) | peak RSS parse (MiB) | peak RSS full (MiB) |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var engine in all.Select(r => r.Engine).Distinct())
        foreach (var size in sizes)
        {
            List<CaseResult> Of(string kind) => all.Where(r => r.Engine == engine && r.Case == $"{kind} {size}").ToList();
            var (raw, parse, full) = (Of("raw"), Of("parse"), Of("full"));
            if (raw.Count == 0 || parse.Count == 0 || full.Count == 0)
                continue;
            var rawRate = Median(raw.Select(r => r.RowsPerSecond));
            var parseRate = Median(parse.Select(r => r.RowsPerSecond));
            var fullRate = Median(full.Select(r => r.RowsPerSecond));
            Console.WriteLine($"| {engine} | {size:N0} | {rawRate:N0} | {parseRate:N0} | {fullRate:N0} | {fullRate / rawRate:P0} | {fullRate / parseRate:P0} | " +
                $"{Median(full.Select(r => r.Seconds)):F1} s | {Median(raw.Select(r => r.PeakMiB)):F0} | {Median(parse.Select(r => r.PeakMiB)):F0} | " +
                $"{Median(full.Select(r => r.PeakMiB)):F0} |");
        }

    var cohortRuns = all.Where(r => r.Case.StartsWith("cohort", StringComparison.Ordinal)).ToList();
    if (cohortRuns.Count > 0)
    {
        Console.WriteLine();
        Console.WriteLine("| engine | patients | files | rows loaded | VCF records | total time | VCF files (time) | CNA files (time) | clinical CSVs (time) | ms per VCF file | peak RSS (MiB) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in cohortRuns)
        {
            double P(string key) => r.Phases.GetValueOrDefault(key);
            var csv = P("Patients s") + P("Samples s") + P("TherapyLines s") + P("FollowUp s");
            var files = P("Patients files") + P("Samples files") + P("TherapyLines files") + P("FollowUp files") + P("CopyNumber files") + P("Variants files");
            Console.WriteLine($"| {r.Engine} | {r.Case[7..]} | {files:N0} | {r.Rows:N0} | {P("variant records"):N0} | {r.Seconds:F1} s | " +
                $"{P("Variants files"):N0} ({P("Variants s"):F1} s) | {P("CopyNumber files"):N0} ({P("CopyNumber s"):F1} s) | {csv:F1} s | " +
                $"{1000 * P("Variants s") / Math.Max(1, P("Variants files")):F1} | {r.PeakMiB:F0} |");
        }
    }
}

string Option(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

static string Machine()
{
    var model = File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
        : null;
    return $"{model ?? "unknown CPU"}, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB RAM, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";
}
