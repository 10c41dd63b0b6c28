using System.Diagnostics;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using TrialWarehouse.Demo;
using TrialWarehouse.Testing;
using Xunit.Abstractions;

using static TrialWarehouse.EndToEnd.Tests.CliProcess;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>
/// A loader killed with SIGKILL in the middle of a large file leaves nothing of that file behind, and the next run
/// loads it completely: the one-transaction-per-file promise, tested on a real process and a real DuckDB file.
/// </summary>
public class CrashSafetyTests(ITestOutputHelper output)
{
    // Large enough that loading takes seconds after parsing; grown when a faster loader finishes before the kill.
    private static readonly int[] Sizes = [20_000, 100_000, 400_000];

    [Fact]
    public void Ingest_KilledInTheMiddleOfALargeVcf_LeavesNothingOfIt_AndTheNextRunLoadsItCompletely()
    {
        foreach (var records in Sizes)
        {
            var work = TestEngines.TempDirectory();
            var demo = DemoCohort.Write(Path.Combine(work, "cohort"), patients: 3, seed: 5);
            var template = Path.Combine(demo.OutputDirectory, demo.Files.First(f => f.EndsWith(".vcf", StringComparison.Ordinal)));
            var clinical = Trialwarehouse(work, "ingest", Path.Combine(demo.OutputDirectory, "patients.csv"), Path.Combine(demo.OutputDirectory, "samples.csv"));
            Assert.True(clinical.ExitCode == 0, clinical.Stdout + clinical.Stderr);
            var database = Path.Combine(work, "data", "warehouse.duckdb");
            var before = Counts(database);
            var vcf = Path.Combine(work, "big", Path.GetFileName(template));
            Directory.CreateDirectory(Path.GetDirectoryName(vcf)!);
            WriteLargeVcf(template, vcf, records);

            // A faster loader may finish before the kill: then try again with a larger file.
            if (!StartAndKillMidLoad(work, vcf))
                continue;

            var afterKill = Counts(database);
            Assert.Equal(before, afterKill);
            Assert.Equal(0, afterKill.Facts);
            Assert.Equal(0, afterKill.Variants);

            var rerun = Trialwarehouse(work, "ingest", vcf);
            Assert.True(rerun.ExitCode == 0, rerun.Stdout + rerun.Stderr);
            Assert.Contains($"loaded    {Path.GetFileName(vcf)}: {records} rows", rerun.Stdout);
            var loaded = Counts(database);
            Assert.Equal(records, loaded.Facts);
            Assert.Equal(records, loaded.Variants);
            Assert.Equal(before.Files + 1, loaded.Files);
            Assert.Equal(before.Patients, loaded.Patients);
            return;
        }
        Assert.Fail($"loading even {Sizes[^1]:N0} calls finished before the process could be killed in the middle: make Sizes larger");
    }

    /// <summary>
    /// Starts <c>ingest</c> on the file and kills the process tree once the load has begun: the process has read the
    /// whole file twice (hash, then parse, per /proc/PID/io), so it is converting and writing inside the file's
    /// transaction. False when the load finished before the kill.
    /// </summary>
    private bool StartAndKillMidLoad(string work, string vcf)
    {
        var size = new FileInfo(vcf).Length;
        using var process = Process.Start(Start(work, "ingest", vcf))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        var readAt = TimeSpan.Zero;
        // Generous limits: a slow shared machine only makes the load longer, which helps.
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            var read = BytesRead(process.Id);
            if (readAt == TimeSpan.Zero && (read is null ? clock.Elapsed > TimeSpan.FromSeconds(3) : read >= 2 * size))
                readAt = clock.Elapsed;
            // Shortly after parsing (a quarter of the time it took, at least 0.15 s) the load is under way.
            if (readAt != TimeSpan.Zero && clock.Elapsed >= readAt + TimeSpan.FromSeconds(Math.Max(0.15, readAt.TotalSeconds / 4)))
                break;
            Thread.Sleep(20);
        }
        if (process.HasExited)
        {
            output.WriteLine($"{Path.GetFileName(vcf)} ({size / 1048576.0:F0} MiB) loaded in {clock.Elapsed.TotalSeconds:F1} s before the kill " +
                $"(exit {process.ExitCode}): {stdout.Result}{stderr.Result}");
            return false;
        }

        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        if (stdout.Result.Contains("loaded    ", StringComparison.Ordinal))
        {
            // The file committed before the kill landed: not the case under test; a larger file gives a longer window.
            output.WriteLine($"{Path.GetFileName(vcf)} committed before the kill: {stdout.Result}");
            return false;
        }
        output.WriteLine($"killed {clock.Elapsed.TotalSeconds:F1} s after start, {(clock.Elapsed - readAt).TotalSeconds:F1} s after it had read " +
            $"{Path.GetFileName(vcf)} ({size / 1048576.0:F0} MiB) for hashing and parsing");
        return true;
    }

    /// <summary>Bytes the process has read through read() so far, or null where /proc/PID/io cannot be read.</summary>
    private static long? BytesRead(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/io"))
                if (line.StartsWith("rchar:", StringComparison.Ordinal))
                    return long.Parse(line["rchar:".Length..].Trim(), CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return null;
    }

    private sealed record WarehouseCounts(long Facts, long Variants, long Files, long Patients);

    /// <summary>Reads the DuckDB file in this process once no other process holds it (replaying its WAL, if any).</summary>
    private static WarehouseCounts Counts(string database)
    {
        using var connection = new DuckDBConnection($"Data Source={database}");
        connection.Open();
        long Count(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        return new WarehouseCounts(
            Count("SELECT COUNT(*) FROM fact_variant_call"),
            Count("SELECT COUNT(*) FROM dim_variant"),
            Count("SELECT COUNT(*) FROM dim_source_file"),
            Count("SELECT COUNT(*) FROM dim_patient"));
    }

    /// <summary>
    /// A large Mutect2-style VCF of the template's tumor sample: its header (contig lines for the chromosomes used),
    /// then <paramref name="records"/> sorted SNVs at distinct sites, each with AD/AF/DP and a VEP CSQ.
    /// </summary>
    private static void WriteLargeVcf(string template, string path, int records)
    {
        string[] chromosomes = ["chr1", "chr2", "chr3", "chr4", "chr5", "chr6", "chr7", "chr8", "chr9", "chr10"];
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        var header = File.ReadLines(template).TakeWhile(l => l.StartsWith('#')).ToList();
        var contig = header.FindIndex(l => l.StartsWith("##contig=", StringComparison.Ordinal));
        header.RemoveAll(l => l.StartsWith("##contig=", StringComparison.Ordinal));
        // Every chromosome used here is longer than 130 Mb.
        header.InsertRange(contig, chromosomes.Select(c => $"##contig=<ID={c},length=130000000,assembly=GRCh38>"));
        foreach (var line in header)
            writer.WriteLine(line);

        const string bases = "ACGT";
        var perChromosome = (records + chromosomes.Length - 1) / chromosomes.Length;
        var line2 = new StringBuilder(512);
        for (var i = 0; i < records; i++)
        {
            var chrom = chromosomes[i / perChromosome];
            var pos = 100_000 + ((long)(i % perChromosome) * 97);
            var reference = bases[i % 4];
            var alt = bases[(i + 1 + (i / 4 % 3)) % 4];
            var depth = 100 + (i * 7 % 500);
            var altCount = 5 + (i * 13 % (depth / 2));
            var gene = string.Create(CultureInfo.InvariantCulture, $"CRASH{i % 500:D3}");
            var transcript = string.Create(CultureInfo.InvariantCulture, $"ENST{i % 500:D11}.1");
            line2.Clear().Append(CultureInfo.InvariantCulture,
                $"{chrom}\t{pos}\t.\t{reference}\t{alt}\t.\tPASS\tAS_FilterStatus=SITE;DP={depth + 60};ECNT=1;TLOD={altCount * 3}.00;" +
                $"CSQ={alt}|intron_variant|MODIFIER|{gene}|ENSG{i % 500:D11}|Transcript|{transcript}|protein_coding||3/9|" +
                $"{transcript}:c.{100 + (i % 900)}+{10 + (i % 50)}{reference}>{alt}|||||||1|HGNC|HGNC:{1000 + (i % 500)}|YES|1\t" +
                $"GT:AD:AF:DP\t0/0:60,0:0.016:60\t0/1:{depth - altCount},{altCount}:" +
                $"{((double)altCount / depth).ToString("0.###", CultureInfo.InvariantCulture)}:{depth}\n");
            writer.Write(line2);
        }
    }
}
