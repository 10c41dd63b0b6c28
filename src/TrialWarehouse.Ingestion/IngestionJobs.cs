using Hangfire;
using Hangfire.Server;
using Hangfire.States;
using TrialWarehouse.Reports;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Ingestion;

/// <summary>
/// The Hangfire jobs of the nightly ingestion. Hangfire delivers a job at least once, so each is idempotent:
/// a file already loaded is recognised by its content hash, and a settled delivery is no longer in the inbox.
/// </summary>
/// <remarks>
/// One scan fans out one job per delivery and one annotation job that waits for them: the warehouse is annotated
/// once after the deliveries settle, not once per delivery. Patients with new data are kept in a set in Hangfire's
/// storage until their reports are queued, so a worker that dies anywhere on the way loses none of them.
/// </remarks>
public sealed class IngestionJobs(Inbox inbox, Ingestor ingestor, ActionabilityAnnotation annotation, WarehouseReader reader, ReportFolder reports,
    InboxOptions options, Warehouse.Warehouse warehouse, JobStorage storage, TimeProvider time, IBackgroundJobClient jobs)
{
    public const string NightlyJobId = "nightly-ingestion";

    /// <summary>The Hangfire set of patient ids loaded since their report was last queued.</summary>
    public const string PatientsPendingReports = "trialwarehouse:patients-pending-reports";

    /// <summary>Fans out one job per complete delivery in the inbox, then one annotation job that waits for them.</summary>
    [JobDisplayName("Scan the inbox")]
    public int ScanInbox()
    {
        var deliveries = inbox.PendingDeliveries();
        var ids = deliveries.Select(d => jobs.Enqueue<IngestionJobs>(j => j.IngestDelivery(d, null, CancellationToken.None))).ToArray();
        if (ids.Length > 0)
            jobs.Enqueue<IngestionJobs>(j => j.AnnotateWhenSettled(ids, CancellationToken.None));
        return deliveries.Count;
    }

    /// <summary>Loads one delivery and settles its files into the archive or the quarantine.</summary>
    [JobDisplayName("Ingest {0}")]
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [30, 120, 600, 1800, 3600])]
    public async Task<string> IngestDelivery(string delivery, PerformContext? context, CancellationToken cancellationToken)
    {
        // Two scans may queue one delivery twice: whoever holds its lock ingests it, the other has nothing to do.
        // The warehouse releases the lock of a killed worker, whose job Hangfire runs again.
        await using var claim = await warehouse.Engine.LockAsync("delivery:" + Path.GetFileName(delivery), wait: false, cancellationToken);
        if (claim is null)
            return "being ingested by another job";
        if (!Directory.Exists(delivery))
            return "already settled";
        // Invalid input is settled into the quarantine at once; only a failure to reach the warehouse throws, and is retried.
        var report = await ingestor.IngestAsync([delivery], context?.BackgroundJob.Id, null, cancellationToken);

        // Before the files leave the inbox: a run repeated after a kill finds them unchanged and marks the same patients.
        var files = report.Files.Where(f => f.Outcome != FileOutcome.Rejected && f.FileKey is not null).Select(f => f.FileKey!.Value).ToArray();
        if (files.Length > 0)
            MarkPendingReports(await reader.PatientsTouchedByFilesAsync(files, cancellationToken));
        inbox.Settle(delivery, report);
        return report.Summary();
    }

    /// <summary>
    /// Once every delivery job of a scan has finished (succeeded, or failed for good), annotates the warehouse and
    /// queues the reports of the patients with new data; until then it looks again later.
    /// </summary>
    [JobDisplayName("Annotate after {0.Length} deliveries")]
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [30, 120, 600, 1800, 3600])]
    public async Task<string> AnnotateWhenSettled(string[] deliveryJobs, CancellationToken cancellationToken)
    {
        int running;
        using (var connection = storage.GetConnection())
            running = deliveryJobs.Count(id => connection.GetStateData(id)?.Name is { } state && Unfinished.Contains(state));
        if (running > 0)
        {
            jobs.Schedule<IngestionJobs>(j => j.AnnotateWhenSettled(deliveryJobs, CancellationToken.None), options.SettleCheckInterval);
            return $"{running} of {deliveryJobs.Length} delivery job(s) still running: looking again in {options.SettleCheckInterval.TotalSeconds:0} s";
        }
        return await AnnotatePendingAsync(cancellationToken);
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
        return Describe(summary);
    }

    private async Task<string> AnnotatePendingAsync(CancellationToken cancellationToken)
    {
        // One annotation at a time: a second one waits, then finds only what arrived after the first took its patients.
        await using var gate = await warehouse.Engine.LockAsync("annotation", wait: true, cancellationToken);
        using var connection = storage.GetConnection();
        var patients = connection.GetAllItemsFromSet(PatientsPendingReports).Order(StringComparer.Ordinal).ToArray();
        if (patients.Length == 0)
            return "no new data since the last annotation";
        var summary = await annotation.AnnotateAsync(await annotation.ChooseAsync(null, cancellationToken), cancellationToken);
        jobs.Enqueue<IngestionJobs>(j => j.RenderReports(patients, CancellationToken.None));
        using var transaction = connection.CreateWriteTransaction();
        foreach (var patient in patients)
            transaction.RemoveFromSet(PatientsPendingReports, patient);
        transaction.Commit();
        return $"{Describe(summary)}; {patients.Length} report(s) queued";
    }

    private void MarkPendingReports(IReadOnlyCollection<string> patients)
    {
        if (patients.Count == 0)
            return;
        using var connection = storage.GetConnection();
        using var transaction = connection.CreateWriteTransaction();
        foreach (var patient in patients)
            transaction.AddToSet(PatientsPendingReports, patient);
        transaction.Commit();
    }

    // Scheduled is a job waiting for its next retry.
    private static readonly HashSet<string> Unfinished =
        [EnqueuedState.StateName, ProcessingState.StateName, ScheduledState.StateName, AwaitingState.StateName];

    private static string Describe(AnnotationSummary summary) =>
        $"{summary.KbVersion}: {summary.PatientsWithActionable}/{summary.Patients} patients with an actionable alteration";
}
