using TrialWarehouse.Demo;
using TrialWarehouse.Ingestion;
using TrialWarehouse.Testing;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>The inbox protocol as the data manager meets it.</summary>
public class InboxTests
{
    [Fact]
    public void PendingDeliveries_IgnoresAFolderStillBeingWritten()
    {
        var root = TestEngines.TempDirectory();
        var inbox = new Inbox(new InboxOptions { Inbox = root });
        Directory.CreateDirectory(Path.Combine(root, "half-written"));
        File.WriteAllText(Path.Combine(root, "half-written", "patients.csv"), "patient_id,sex");

        var before = inbox.PendingDeliveries();
        var delivered = inbox.Deliver("complete", folder => DemoCohort.Write(folder, patients: 2));

        Assert.Empty(before);
        Assert.Equal([delivered], inbox.PendingDeliveries());
    }

    [Fact]
    public void RunNightly_QuarantinesTheRejectedFileWithItsReport_LoadsTheRest_AndLogsTheRun()
    {
        var work = TestEngines.TempDirectory();
        var inbox = new Inbox(new InboxOptions { Inbox = Path.Combine(work, "data", "inbox") });
        inbox.Deliver("night-1", folder =>
        {
            DemoCohort.Write(folder, patients: 4, seed: 9);
            File.AppendAllText(Path.Combine(folder, "follow_up.csv"), "PT0001,2023-02-30,visit,1\n");
        });

        var run = CliProcess.Trialwarehouse(work, "jobs", "run-nightly");
        var status = CliProcess.Trialwarehouse(work, "jobs", "status");

        Assert.Equal(2, run.ExitCode);
        var report = Path.Combine(work, "data", "quarantine", "night-1", "follow_up.csv.error.txt");
        Assert.True(File.Exists(report), run.Stdout);
        Assert.Contains("follow_up.csv:", File.ReadAllText(report));
        Assert.Contains("2023-02-30", File.ReadAllText(report));
        Assert.True(File.Exists(Path.Combine(work, "data", "archive", "night-1", "patients.csv")));
        Assert.False(Directory.Exists(Path.Combine(work, "data", "inbox", "night-1")));
        Assert.Contains("annotated under", run.Stdout);
        // Then, as the nightly job does, the reports of the patients whose files loaded.
        Assert.Equal(new[] { "PT0001", "PT0002", "PT0003", "PT0004" }.Select(id => TestPseudonyms.Patient(id) + ".pdf").Order(StringComparer.Ordinal),
            Directory.GetFiles(Path.Combine(work, "data", "reports")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(0, status.ExitCode);
        Assert.Contains("night-1", status.Stdout);
    }
}
