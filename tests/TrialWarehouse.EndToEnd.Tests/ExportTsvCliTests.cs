using TrialWarehouse.Testing;

using static TrialWarehouse.EndToEnd.Tests.CliProcess;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>`trialwarehouse export tsv` as scripts use it: files, exit codes, and nothing written when refused.</summary>
public class ExportTsvCliTests
{
    [Fact]
    public void ExportTsv_WritesTheFourFiles_AndRefusesABadFilterWithExitTwo_WritingNothing()
    {
        var work = TestEngines.TempDirectory();
        Assert.Equal(0, Trialwarehouse(work, "demo", "--out", "cohort", "--patients", "5").ExitCode);
        Assert.Equal(0, Trialwarehouse(work, "ingest", "cohort").ExitCode);

        var help = Trialwarehouse(work, "export", "tsv", "--help");
        var export = Trialwarehouse(work, "export", "tsv", "--out", "tables", "--filter-json", """{ "matchedTherapy": false, "diagnosisDate": { "from": "1900-01-01" } }""");
        var badJson = Trialwarehouse(work, "export", "tsv", "--out", "bad-json", "--filter-json", "{ tumorType");
        var badTier = Trialwarehouse(work, "export", "tsv", "--out", "bad-tier", "--filter-json", """{ "tierAtMost": "II" }""");
        var badKb = Trialwarehouse(work, "export", "tsv", "--out", "bad-kb", "--kb-version", "no-such-kb");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--filter-json", help.Stdout);
        Assert.Equal(0, export.ExitCode);
        foreach (var file in new[] { "patients.tsv", "alterations.tsv", "actionable_alterations.tsv", "therapy_lines.tsv" })
            Assert.StartsWith(file == "therapy_lines.tsv" ? "patient_id\tline_number\t" : "patient_id\t", File.ReadAllText(Path.Combine(work, "tables", file)));
        Assert.Equal(1, badJson.ExitCode);
        Assert.Contains("--filter-json", badJson.Stderr);
        Assert.Equal(2, badTier.ExitCode);
        Assert.Contains("I-A", badTier.Stderr);
        Assert.Equal(2, badKb.ExitCode);
        Assert.Contains("no-such-kb", badKb.Stderr);
        Assert.False(Directory.Exists(Path.Combine(work, "bad-tier")) || Directory.Exists(Path.Combine(work, "bad-kb")) || Directory.Exists(Path.Combine(work, "bad-json")));
    }
}
