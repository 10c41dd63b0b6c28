using Hangfire;
using Hangfire.PostgreSql;
using TrialWarehouse.Api;
using TrialWarehouse.Ingestion;
using TrialWarehouse.Reports;
using TrialWarehouse.Server.Auth;
using TrialWarehouse.Server.Telemetry;
using TrialWarehouse.Warehouse;
using TrialWarehouse.Warehouse.Loading;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Server;

/// <summary>Settings of the first-start demo: on by default only for the embedded engine.</summary>
public sealed class DemoOptions
{
    public bool? SeedOnFirstStart { get; set; }
    public int Patients { get; set; } = 60;
}

public static class WarehouseServices
{
    public static IServiceCollection AddTrialWarehouse(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new WarehouseOptions
        {
            Engine = configuration["Warehouse:Engine"] ?? "duckdb",
            ConnectionString = configuration.GetConnectionString("Warehouse"),
        };
        var warehouse = Warehouse.Warehouse.Create(options);
        services.AddSingleton(options);
        services.AddSingleton(warehouse);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<WarehouseLoader>();
        services.AddSingleton<IngestRunLog>();
        services.AddSingleton<Ingestor>();
        services.AddSingleton<KnowledgeBaseStore>();
        services.AddSingleton<ActionabilityAnnotation>();
        services.AddSingleton(configuration.GetSection("Ingestion").Get<InboxOptions>() ?? new InboxOptions());
        services.AddSingleton<Inbox>();
        services.AddTransient<IngestionJobs>();
        services.AddSingleton(configuration.GetSection("Demo").Get<DemoOptions>() ?? new DemoOptions());
        services.AddSingleton(ReportSettings.Load(SettingsPath(configuration["Reports:Settings"] ?? Path.Combine("reports", "report.json"))));
        services.AddSingleton(sp => new ReportFolder(sp.GetRequiredService<WarehouseReader>(), sp.GetRequiredService<ReportSettings>(),
            configuration["Reports:Output"] ?? Path.Combine("data", "reports")));
        services.AddTrialWarehouseGraphQL();
        services.AddHealthChecks()
            .AddCheck<WarehouseHealthCheck>("warehouse", tags: [Endpoints.ReadyTag])
            .AddCheck<HangfireStorageHealthCheck>("hangfire", tags: [Endpoints.ReadyTag]);
        services.AddApiKeyAuth();
        services.AddTrialWarehouseTelemetry(configuration);

        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            // The embedded warehouse is one process, so its jobs can live in memory (pending deliveries are rescanned
            // at start); the servers keep jobs in the database so that any number of workers share them.
            switch (warehouse.Engine.Kind)
            {
                case WarehouseEngine.DuckDb:
                    config.UseInMemoryStorage();
                    break;
                case WarehouseEngine.Postgres:
                    config.UsePostgreSqlStorage(c => c.UseNpgsqlConnection(options.ConnectionString),
                        new PostgreSqlStorageOptions { UseSlidingInvisibilityTimeout = true, SchemaName = "hangfire" });
                    break;
                default:
                    config.UseSqlServerStorage(options.ConnectionString);
                    break;
            }
        });
        // DuckDB takes one writer at a time: more workers would only queue on its write lock.
        services.AddHangfireServer(o => o.WorkerCount = warehouse.Engine.Kind == WarehouseEngine.DuckDb ? 2 : Math.Max(2, Environment.ProcessorCount));
        return services;
    }

    /// <summary>A site's own settings in the working directory win; otherwise the ones shipped with the build.</summary>
    private static string SettingsPath(string configured) =>
        File.Exists(configured) || Path.IsPathRooted(configured) ? configured : Path.Combine(AppContext.BaseDirectory, configured);
}
