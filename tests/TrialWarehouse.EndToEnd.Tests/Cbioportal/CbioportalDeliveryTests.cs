using TrialWarehouse.Ingestion;
using TrialWarehouse.Testing;

namespace TrialWarehouse.EndToEnd.Tests.Cbioportal;

/// <summary>A cBioPortal study folder as the data manager delivers it: `trialwarehouse ingest DIR` and the inbox.</summary>
public class CbioportalDeliveryTests
{
    [Fact]
    public void StudyFolder_LoadsByIngest_AndThroughTheInbox_WhichArchivesItsMetaFilesAndCaseLists()
    {
        var source = TestEngines.TempDirectory();
        Assert.Equal(0, CliProcess.Trialwarehouse(source, "demo", "--out", "demo", "--patients", "6", "--seed", "3").ExitCode);
        Assert.Equal(0, CliProcess.Trialwarehouse(source, "ingest", "demo").ExitCode);
        Assert.Equal(0, CliProcess.Trialwarehouse(source, "export", "cbioportal", "--out", "study", "--study-id", "permed_demo").ExitCode);
        string study = Path.Combine(source, "study");

        var byCli = TestEngines.TempDirectory();
        var ingest = CliProcess.Trialwarehouse(byCli, "ingest", study);

        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("loaded    data_clinical_patient.txt: 6 rows", ingest.Stdout);
        Assert.Contains("loaded    data_timeline_treatment.txt", ingest.Stdout);
        Assert.Contains("loaded    data_cna.txt", ingest.Stdout);
        Assert.Contains("\"totalCount\":6", CliProcess.Trialwarehouse(byCli, "query", "{ patients(first: 1) { totalCount } }").Stdout.Replace(" ", "", StringComparison.Ordinal));

        var byInbox = TestEngines.TempDirectory();
        var inbox = new Inbox(new InboxOptions { Inbox = Path.Combine(byInbox, "data", "inbox") });
        inbox.Deliver("study-1", folder => CopyTree(study, folder));
        var run = CliProcess.Trialwarehouse(byInbox, "jobs", "run-nightly");

        Assert.Equal(0, run.ExitCode);
        var archive = Path.Combine(byInbox, "data", "archive", "study-1");
        Assert.True(File.Exists(Path.Combine(archive, "data_clinical_sample.txt")), run.Stdout);
        Assert.True(File.Exists(Path.Combine(archive, "meta_study.txt")));
        Assert.True(File.Exists(Path.Combine(archive, "case_lists", "cases_all.txt")));
        Assert.False(Directory.Exists(Path.Combine(byInbox, "data", "inbox", "study-1")));
        Assert.Contains("\"totalCount\":6", CliProcess.Trialwarehouse(byInbox, "query", "{ patients(first: 1) { totalCount } }").Stdout.Replace(" ", "", StringComparison.Ordinal));
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
