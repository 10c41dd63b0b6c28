using System.Diagnostics.Metrics;

namespace TrialWarehouse.Warehouse;

/// <summary>What the warehouse counts for OpenTelemetry (meter <c>TrialWarehouse</c>; exported only when the host configures it).</summary>
public static class WarehouseMetrics
{
    public const string MeterName = "TrialWarehouse";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Fact and dimension rows loaded, per ingestion run, tagged with the run's source (job or command).</summary>
    public static readonly Counter<long> RowsLoaded = Meter.CreateCounter<long>("trialwarehouse.rows_loaded", "{row}", "Rows loaded into the warehouse");

    /// <summary>Tumor board reports rendered (by the report jobs and the report endpoint).</summary>
    public static readonly Counter<long> ReportRenders = Meter.CreateCounter<long>("trialwarehouse.report_renders", "{report}", "Tumor board reports rendered");

    /// <summary>Background jobs performed, tagged with job and outcome.</summary>
    public static readonly Counter<long> Jobs = Meter.CreateCounter<long>("trialwarehouse.jobs", "{job}", "Background jobs performed");

    /// <summary>How long background jobs ran, tagged with job and outcome.</summary>
    public static readonly Histogram<double> JobDuration = Meter.CreateHistogram<double>("trialwarehouse.job.duration", "s", "Duration of background jobs");
}
