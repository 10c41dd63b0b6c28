using Hangfire;
using Microsoft.Extensions.Options;
using TrialWarehouse.Server.Auth;
using TrialWarehouse.Demo;
using TrialWarehouse.Ingestion;
using TrialWarehouse.Warehouse;
using TrialWarehouse.Warehouse.Loading;
using TrialWarehouse.Warehouse.Privacy;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Server;

public static class Startup
{
    /// <summary>
    /// Brings the schema up to date, schedules the nightly ingestion, picks up deliveries left in the inbox and, on a
    /// first start of the embedded warehouse, delivers the demo cohort so a newcomer sees the pipeline run.
    /// </summary>
    public static async Task InitialiseWarehouseAsync(this WebApplication app)
    {
        var services = app.Services;
        var warehouse = services.GetRequiredService<Warehouse.Warehouse>();
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("TrialWarehouse.Startup");
        // Settings errors stop the server before it touches the database, each naming its setting (Program prints them).
        services.GetRequiredService<IStartupValidator>().Validate();
        var keys = services.GetRequiredService<IOptions<AuthOptions>>().Value.ApiKeys;
        if (keys.Count == 0)
            log.LogWarning("Auth:ApiKeys is empty: every request but /health and the GraphiQL page will be refused (401); see docs/operations.md to add a key");
        else
            log.LogInformation("API keys: {Count} ({Roles})", keys.Count, string.Join(", ", keys.GroupBy(k => k.Role).Select(g => $"{g.Count()} {g.Key}")));
        var pseudonyms = services.GetRequiredService<Pseudonymiser>();
        var applied = await Migrator.MigrateAsync(warehouse);
        var migrated = applied.Count == 0 ? "schema up to date" : "applied " + string.Join(", ", applied);
        log.LogInformation("Warehouse {Warehouse}: {Applied}", warehouse.Engine.Describe(), migrated);
        await services.GetRequiredService<WarehouseLoader>().CheckPseudonymisationAsync();
        log.LogInformation("Pseudonymisation: secret fingerprint {Fingerprint}", pseudonyms.Fingerprint);

        var inbox = services.GetRequiredService<InboxOptions>();
        services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<IngestionJobs>(IngestionJobs.NightlyJobId, j => j.ScanInbox(),
            inbox.Cron, new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(inbox.TimeZone) });

        var demo = services.GetRequiredService<DemoOptions>();
        var seed = demo.SeedOnFirstStart ?? warehouse.Engine.Kind == WarehouseEngine.DuckDb;
        if (seed && await new WarehouseReader(warehouse).CountPatientsAsync(new PatientFilter()) == 0
                 && services.GetRequiredService<Inbox>().PendingDeliveries().Count == 0)
        {
            var delivery = services.GetRequiredService<Inbox>().Deliver("demo-cohort", folder => DemoCohort.Write(folder, demo.Patients));
            log.LogInformation("Empty warehouse: delivered the demo cohort ({Patients} patients) to {Delivery}", demo.Patients, delivery);
        }
        var jobs = services.GetRequiredService<IBackgroundJobClient>();
        jobs.Enqueue<IngestionJobs>(j => j.ScanInbox());
        if (await new WarehouseReader(warehouse).KnowledgeBasesAsync() is [])
            jobs.Enqueue<IngestionJobs>(j => j.Annotate(CancellationToken.None));
    }
}
