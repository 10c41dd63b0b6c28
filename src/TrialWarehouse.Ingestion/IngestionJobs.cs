using Hangfire;
using Hangfire.Server;
using TrialWarehouse.Reports;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Ingestion;

/// <summary>
/// The Hangfire jobs of the nightly ingestion. Hangfire delivers a job at least once, so each is idempotent:
/// a file already loaded is recognised by its content hash, and a settled delivery is no longer in the inbox.
/// </summary>
public sealed class IngestionJobs(Inbox inbox, Ingestor ingestor, ActionabilityAnnotation annotation, WarehouseReader reader, ReportFolder reports,
    TimeProvider time, IBackgroundJobClient jobs)
{
    public const string NightlyJobId = "nightly-ingestion";

    /// <summary>Fans out one job per complete delivery in the inbox.</summary>
    [JobDisplayName("Scan the inbox")]
    public int ScanInbox()
    {
        var deliveries = inbox.PendingDeliveries();
        foreach (var delivery in deliveries)
            jobs.Enqueue<IngestionJobs>(j => j.IngestDelivery(delivery, null, CancellationToken.None));
        return deliveries.Count;
    }

    /// <summary>Loads one delivery and settles its files into the archive or the quarantine.</summary>
    [JobDisplayName("Ingest {0}")]
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [30, 120, 600, 1800, 3600])]
    public async Task<string> IngestDelivery(string delivery, PerformContext? context, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(delivery))
            return "already settled";
        // Invalid input is settled into the quarantine at once; only a failure to reach the warehouse throws, and is retried.
        var report = await ingestor.IngestAsync([delivery], context?.BackgroundJob.Id, null, cancellationToken);
        inbox.Settle(delivery, report);

        // Then: annotate everything under the current knowledge base, and render the reports of the patients with new data.
        var loaded = report.Files.Where(f => f.Outcome == FileOutcome.Loaded && f.FileKey is not null).Select(f => f.FileKey!.Value).ToArray();
        var patients = loaded.Length == 0 ? [] : (await reader.PatientsTouchedByFilesAsync(loaded, cancellationToken)).ToArray();
        var annotate = jobs.Enqueue<IngestionJobs>(j => j.Annotate(CancellationToken.None));
        if (patients.Length > 0)
            jobs.ContinueJobWith<IngestionJobs>(annotate, j => j.RenderReports(patients, CancellationToken.None));
        return report.Summary();
    }

    /// <summary>Renders the tumor board reports of these patients into the reports folder (one stable file per patient).</summary>
    [JobDisplayName("Render {0.Length} report(s)")]
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 600, 3600])]
    public async Task<string> RenderReports(string[] patientIds, CancellationToken cancellationToken)
    {
        var written = await reports.RenderAsync(patientIds, DateOnly.FromDateTime(time.GetLocalNow().Date), cancellationToken);
        return $"{written.Count} report(s) in {reports.Path}";
    }

    /// <summary>Re-annotates the warehouse under the newest knowledge base (the shipped default when none is loaded).</summary>
    [JobDisplayName("Annotate actionability")]
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [30, 120, 600, 1800, 3600])]
    public async Task<string> Annotate(CancellationToken cancellationToken)
    {
        var summary = await annotation.AnnotateAsync(await annotation.ChooseAsync(null, cancellationToken), cancellationToken);
        return $"{summary.KbVersion}: {summary.PatientsWithActionable}/{summary.Patients} patients with an actionable alteration";
    }
}
