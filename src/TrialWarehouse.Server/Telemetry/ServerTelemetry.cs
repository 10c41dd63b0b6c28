using System.Diagnostics;
using Hangfire;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using TrialWarehouse.Warehouse;

namespace TrialWarehouse.Server.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics over OTLP, switched on by the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
/// setting (environment or configuration; the exporter reads the other <c>OTEL_*</c> settings itself); without it
/// nothing is sent.
/// </summary>
public static class ServerTelemetry
{
    public static readonly ActivitySource Source = new(WarehouseMetrics.MeterName);

    public static IServiceCollection AddTrialWarehouseTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        // Hangfire's filters are process-wide: add ours once, however many hosts a test process builds.
        if (!GlobalJobFilters.Filters.Any(f => f.Instance is JobTelemetryFilter))
            GlobalJobFilters.Filters.Add(new JobTelemetryFilter());
        if (string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            return services;
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration["OTEL_SERVICE_NAME"] ?? "trialwarehouse"))
            .WithTracing(t => t.AddSource(Source.Name).AddAspNetCoreInstrumentation().AddOtlpExporter())
            .WithMetrics(m => m.AddMeter(WarehouseMetrics.MeterName).AddAspNetCoreInstrumentation().AddOtlpExporter());
        return services;
    }
}
