using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;
using TrialWarehouse.Api;
using TrialWarehouse.Ingestion;
using TrialWarehouse.Reports;
using TrialWarehouse.Server.Auth;
using TrialWarehouse.Server.Telemetry;
using TrialWarehouse.Warehouse;
using TrialWarehouse.Warehouse.Loading;
using TrialWarehouse.Warehouse.Privacy;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Server;

/// <summary>Settings of the first-start demo: on by default only for the embedded engine.</summary>
public sealed class DemoOptions
{
    public bool? SeedOnFirstStart { get; set; }
    public int Patients { get; set; } = 60;
}

/// <summary>The <c>Hangfire</c> section: worker threads per process and how quickly work left by a dead worker is taken up.</summary>
public sealed class HangfireOptions
{
    /// <summary>Worker threads in this process; default 2 on DuckDB, else the processor count (at least 2).</summary>
    public int? Workers { get; set; }

    /// <summary>A job fetched by a worker that stopped answering becomes visible to the others after this long.</summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often workers look for queued jobs (PostgreSQL, SQL Server) and for scheduled ones (retries).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// PostgreSQL: a Hangfire lock (the scheduler's, the recurring jobs') left by a worker that died is broken after this
    /// long; until then no other worker moves scheduled jobs or retries on. Hangfire.PostgreSql's default is 10 minutes.
    /// </summary>
    public TimeSpan DistributedLockTimeout { get; set; } = TimeSpan.FromMinutes(10);
}

public static class WarehouseServices
{
    public static IServiceCollection AddTrialWarehouse(this IServiceCollection services, IConfiguration configuration, ServerRole role = ServerRole.All)
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
        // Resolved at start (Startup), so that a missing secret stops the server before it serves anything.
        services.AddSingleton(sp => PseudonymisationSecret.Resolve(configuration[Pseudonymiser.SecretSetting], configuration[PseudonymisationSecret.FileSetting],
            sp.GetRequiredService<IHostEnvironment>().IsDevelopment() ? PseudonymisationSecret.NextTo(warehouse.Engine) ?? Path.Combine("data", "pseudonymisation.secret") : null,
            message => sp.GetRequiredService<ILoggerFactory>().CreateLogger("TrialWarehouse.Startup").LogWarning("{Message}", message)));
        services.AddSingleton<WarehouseLoader>();
        services.AddSingleton<IngestRunLog>();
        services.AddSingleton(ReferenceFasta(configuration["Ingestion:ReferenceFasta"]));
        services.AddSingleton((configuration.GetSection("Ingestion:Limits").Get<Domain.InputLimits>() ?? Domain.InputLimits.Default).Validated());
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

        var hangfire = configuration.GetSection("Hangfire").Get<HangfireOptions>() ?? new HangfireOptions();
        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            // The embedded warehouse is one process, so its jobs can live in memory (pending deliveries are rescanned
            // at start); the servers keep jobs in the database so that any number of workers share them. A job of a
            // worker that died is fetched again once its invisibility timeout passes; sliding, it never expires while
            // its worker lives.
            switch (warehouse.Engine.Kind)
            {
                case WarehouseEngine.DuckDb:
                    config.UseInMemoryStorage();
                    break;
                case WarehouseEngine.Postgres:
                    config.UsePostgreSqlStorage(c => c.UseNpgsqlConnection(options.ConnectionString),
                        new PostgreSqlStorageOptions
                        {
                            UseSlidingInvisibilityTimeout = true, InvisibilityTimeout = hangfire.InvisibilityTimeout, QueuePollInterval = hangfire.PollInterval,
                            DistributedLockTimeout = hangfire.DistributedLockTimeout,
                            SchemaName = "hangfire",
                        });
                    break;
                default:
                    config.UseSqlServerStorage(options.ConnectionString,
                        new SqlServerStorageOptions { SlidingInvisibilityTimeout = hangfire.InvisibilityTimeout, QueuePollInterval = hangfire.PollInterval });
                    break;
            }
        });
        // An API node queues jobs and shows the dashboard; only workers (and "all") run them.
        if (role != ServerRole.Api)
            services.AddHangfireServer(o =>
            {
                // DuckDB takes one writer at a time: more workers would only queue on its write lock.
                o.WorkerCount = hangfire.Workers ?? (warehouse.Engine.Kind == WarehouseEngine.DuckDb ? 2 : Math.Max(2, Environment.ProcessorCount));
                o.SchedulePollingInterval = hangfire.PollInterval;
            });
        return services;
    }

    /// <summary>With <c>Ingestion:ReferenceFasta</c> set, every VCF's indels are left-aligned against that FASTA.</summary>
    private static Genomics.Somatic.SomaticVcfOptions ReferenceFasta(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
            return Genomics.Somatic.SomaticVcfOptions.Default;
        try
        {
            return new Genomics.Somatic.SomaticVcfOptions { Reference = Genomics.Normalisation.ReferenceGenome.Open(path) };
        }
        catch (IOException e)
        {
            throw new WarehouseConfigurationException($"Ingestion:ReferenceFasta: {e.Message}");
        }
    }

    /// <summary>A site's own settings in the working directory win; otherwise the ones shipped with the build.</summary>
    private static string SettingsPath(string configured) =>
        File.Exists(configured) || Path.IsPathRooted(configured) ? configured : Path.Combine(AppContext.BaseDirectory, configured);
}
