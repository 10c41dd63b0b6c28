using System.Diagnostics;
using Hangfire.Server;
using TrialWarehouse.Warehouse;

namespace TrialWarehouse.Server.Telemetry;

/// <summary>A trace span and metrics per Hangfire job, whichever worker runs it.</summary>
public sealed class JobTelemetryFilter : IServerFilter
{
    private const string ActivityKey = "trialwarehouse.activity";

    public void OnPerforming(PerformingContext context)
    {
        var activity = ServerTelemetry.Source.StartActivity("job " + JobName(context), ActivityKind.Internal);
        activity?.SetTag("hangfire.job_id", context.BackgroundJob.Id);
        context.Items[ActivityKey] = new Started(activity, Stopwatch.GetTimestamp());
    }

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.TryGetValue(ActivityKey, out var started) && started is Started(var activity, var timestamp))
        {
            var outcome = context.Exception is null ? "ok" : "failed";
            var job = JobName(context);
            var tags = new TagList { { "job", job }, { "outcome", outcome } };
            WarehouseMetrics.Jobs.Add(1, tags);
            WarehouseMetrics.JobDuration.Record(Stopwatch.GetElapsedTime(timestamp).TotalSeconds, tags);
            if (outcome == "ok" && context.BackgroundJob.Job.Args is [string[] patients, ..] && job.EndsWith("RenderReports", StringComparison.Ordinal))
                WarehouseMetrics.ReportRenders.Add(patients.Length);
            activity?.SetStatus(context.Exception is null ? ActivityStatusCode.Ok : ActivityStatusCode.Error, context.Exception?.GetType().Name);
            activity?.Dispose();
        }
    }

    private sealed record Started(Activity? Activity, long Timestamp);

    private static string JobName(PerformContext context) =>
        $"{context.BackgroundJob.Job.Type.Name}.{context.BackgroundJob.Job.Method.Name}";
}
