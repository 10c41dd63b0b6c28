using DuckDB.NET.Data;
using TrialWarehouse.Demo;
using TrialWarehouse.Testing;

using static TrialWarehouse.EndToEnd.Tests.CliProcess;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>The CLI as scripts use it: a real process, its exit code, its stdout and stderr.</summary>
public class CliTests
{
    [Fact]
    public void Ingest_DemoCohort_ExitsZero_ThenQueryAndReportWork()
    {
        var work = TestEngines.TempDirectory();
        Assert.Equal(0, Trialwarehouse(work, "demo", "--out", "cohort", "--patients", "6").ExitCode);

        var ingest = Trialwarehouse(work, "ingest", "cohort");
        var query = Trialwarehouse(work, "query", "{ patients(first: 1) { totalCount edges { node { id } } } }");
        var report = Trialwarehouse(work, "report", "PT0001", "--out", "PT0001.pdf");

        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("0 rejected", ingest.Stdout);
        Assert.Equal(0, query.ExitCode);
        Assert.Contains("\"totalCount\":6", query.Stdout);
        Assert.Equal(0, report.ExitCode);
        Assert.True(new FileInfo(Path.Combine(work, "PT0001.pdf")).Length > 10_000);
    }

    [Fact]
    public void Ingest_TruncatedVcfAndClinicalFileWithoutAColumn_ExitTwo_NameFileAndLine_AndLoadNothingOfThem()
    {
        var work = TestEngines.TempDirectory();
        var demo = DemoCohort.Write(Path.Combine(work, "cohort"), patients: 3, seed: 2);
        var vcf = Path.Combine(demo.OutputDirectory, demo.Files.First(f => f.EndsWith(".vcf", StringComparison.Ordinal)));
        var lines = File.ReadAllLines(vcf);
        // Cut the last record in the middle of its INFO column, as an interrupted copy would.
        File.WriteAllText(vcf, string.Join('\n', lines[..^1]) + "\n" + lines[^1][..(lines[^1].IndexOf('\t', lines[^1].IndexOf('\t') + 1) + 3)]);
        var followUp = Path.Combine(work, "cohort", "follow_up.csv");
        File.WriteAllLines(followUp, File.ReadAllLines(followUp).Select(l => string.Join(',', l.Split(',').Where((_, i) => i != 2))));

        var ingest = Trialwarehouse(work, "ingest", "cohort");

        Assert.Equal(2, ingest.ExitCode);
        Assert.Contains($"{Path.GetFileName(vcf)}:{lines.Length}:", ingest.Stdout);
        Assert.Contains("follow_up.csv", ingest.Stdout);
        Assert.Contains("kind", ingest.Stdout);
        var sample = Path.GetFileName(vcf).Replace(".vcf", "", StringComparison.Ordinal);
        var mutations = Trialwarehouse(work, "query", $"{{ patient(id: \"{TestPseudonyms.Patient(sample.Split('-')[0])}\") {{ samples {{ mutations {{ gene }} }} followUp {{ kind }} }} }}");
        Assert.Contains("\"mutations\":[]", mutations.Stdout);
        Assert.Contains("\"followUp\":[]", mutations.Stdout);
    }

    [Fact]
    public void UnknownVerb_ExitsOne()
    {
        var result = Trialwarehouse(TestEngines.TempDirectory(), "frobnicate");

        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Ingest_WhenAnotherProcessHoldsTheDuckDbFile_ExitsThree_AndSaysWhatToDo()
    {
        var work = TestEngines.TempDirectory();
        Directory.CreateDirectory(Path.Combine(work, "data"));
        using var holder = new DuckDBConnection($"Data Source={Path.Combine(work, "data", "warehouse.duckdb")}");
        holder.Open();

        var result = Trialwarehouse(work, "db", "migrate");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("in use by another process", result.Stderr);
    }

    [Fact]
    public void Query_WithErrors_ExitsTwo()
    {
        var result = Trialwarehouse(TestEngines.TempDirectory(), "query", "{ noSuchField }");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("noSuchField", result.Stdout);
    }
}
