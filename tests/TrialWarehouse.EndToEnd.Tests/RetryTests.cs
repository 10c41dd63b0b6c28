using System.Net;
using System.Net.Sockets;
using Hangfire;
using Hangfire.Common;
using Hangfire.InMemory;
using Hangfire.Logging;
using Hangfire.States;
using Npgsql;
using TrialWarehouse.Ingestion;
using TrialWarehouse.Reports;
using TrialWarehouse.Testing;
using TrialWarehouse.Warehouse;
using TrialWarehouse.Warehouse.Loading;
using TrialWarehouse.Warehouse.Reading;
using WarehouseDb = TrialWarehouse.Warehouse.Warehouse;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>
/// Hangfire's own retry machinery on the delivery job: a warehouse that cannot be reached is retried until it
/// answers; invalid input is quarantined at once and never retried. The job keeps its retry attempts; only the
/// delays are shortened to a second.
/// </summary>
[Collection(ServerFactory.Collection)]
public class RetryTests
{
    [SkippableFact]
    public async Task IngestDelivery_PostgresRefusesTheFirstConnection_IsRetried_AndLoadsTheDelivery()
    {
        var real = new NpgsqlConnectionStringBuilder(TestPostgres.CreateDatabase());
        await Migrator.MigrateAsync(WarehouseDb.Create(new WarehouseOptions { Engine = "postgres", ConnectionString = real.ConnectionString }));
        // The warehouse is reached through a port where nothing listens yet: the first attempt is refused.
        var port = FreePort();
        var viaPort = new NpgsqlConnectionStringBuilder(real.ConnectionString) { Port = port, Pooling = false }.ConnectionString;
        using var jobs = new Jobs(TestEngines.TempDirectory(), new WarehouseOptions { Engine = "postgres", ConnectionString = viaPort });
        var delivery = jobs.DeliverDemo();

        var id = jobs.Client.Enqueue<IngestionJobs>(j => j.IngestDelivery(delivery, null, CancellationToken.None));
        var failed = await jobs.WaitForStateAsync(id, ScheduledState.StateName);
        Assert.Contains("cannot reach", failed.Reason ?? "", StringComparison.Ordinal);
        Assert.True(Directory.Exists(delivery), "a delivery that could not be loaded stays in the inbox");

        using var proxy = new Forwarder(port, real.Host!, real.Port);
        await jobs.WaitForStateAsync(id, SucceededState.StateName);
        Assert.False(Directory.Exists(delivery));
        Assert.Contains("0 rejected", jobs.Result(id), StringComparison.Ordinal);
        var patients = await new WarehouseReader(WarehouseDb.Create(new WarehouseOptions { Engine = "postgres", ConnectionString = real.ConnectionString }))
            .CountPatientsAsync(new PatientFilter());
        Assert.Equal(3, patients);
    }

    [Fact]
    public async Task IngestDelivery_InvalidInput_IsQuarantinedAtOnce_WithoutARetry()
    {
        var work = TestEngines.TempDirectory();
        using var jobs = new Jobs(work, TestEngines.Fresh("duckdb"));
        await Migrator.MigrateAsync(jobs.Warehouse);
        var delivery = jobs.Inbox.Deliver("bad", folder =>
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "patients.csv"),
                "patient_id,sex,birth_year,tumor_type,diagnosis_date,site,arm\nPT0001,M,nineteen,BRCA,2015-03-18,Marseille,profiling\n");
        });

        var id = jobs.Client.Enqueue<IngestionJobs>(j => j.IngestDelivery(delivery, null, CancellationToken.None));
        await jobs.WaitForStateAsync(id, SucceededState.StateName);
        var history = jobs.History(id);
        Assert.DoesNotContain(history, s => s == FailedState.StateName || s == ScheduledState.StateName);
        Assert.Equal(1, history.Count(s => s == ProcessingState.StateName));
        Assert.Contains("1 rejected", jobs.Result(id), StringComparison.Ordinal);
        var report = File.ReadAllText(Path.Combine(work, "quarantine", "bad", "patients.csv.error.txt"));
        Assert.Contains("patients.csv:2", report, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The nightly jobs on a Hangfire server of their own (in-memory storage), with retries a second apart.</summary>
    private sealed class Jobs : IDisposable
    {
        private readonly InMemoryStorage storage;
        private readonly BackgroundJobServer server;

        public Jobs(string work, WarehouseOptions options)
        {
            // A WebApplicationFactory of another test may have left Hangfire logging to its disposed logger factory.
            LogProvider.SetCurrentLogProvider(null);
            // Made after the reset: the storage takes its loggers when it is made.
            storage = new InMemoryStorage();
            Warehouse = WarehouseDb.Create(options);
            var inboxOptions = new InboxOptions
            {
                Inbox = Path.Combine(work, "inbox"), Archive = Path.Combine(work, "archive"), Quarantine = Path.Combine(work, "quarantine"),
            };
            Inbox = new Inbox(inboxOptions);
            var filters = new ShortRetries();
            Client = new BackgroundJobClient(storage, filters);
            var reader = new WarehouseReader(Warehouse);
            var ingestion = new IngestionJobs(Inbox, new Ingestor(new WarehouseLoader(Warehouse, TimeProvider.System, TestPseudonyms.Instance), new IngestRunLog(Warehouse)),
                new ActionabilityAnnotation(reader, new KnowledgeBaseStore(Warehouse, TimeProvider.System)), reader,
                new ReportFolder(reader, ReportSettings.Load(Path.Combine(AppContext.BaseDirectory, "reports", "report.json")), Path.Combine(work, "reports")),
                inboxOptions, Warehouse, storage, TimeProvider.System, Client);
            server = new BackgroundJobServer(new BackgroundJobServerOptions
            {
                WorkerCount = 1, SchedulePollingInterval = TimeSpan.FromMilliseconds(200), FilterProvider = filters, Activator = new Only(ingestion),
            }, storage);
            Work = work;
        }

        public string Work { get; }
        public WarehouseDb Warehouse { get; }
        public Inbox Inbox { get; }
        public IBackgroundJobClient Client { get; }

        public string DeliverDemo() => Inbox.Deliver("demo", folder => TrialWarehouse.Demo.DemoCohort.Write(folder, patients: 3, seed: 2));

        public List<string> History(string id) =>
            storage.GetMonitoringApi().JobDetails(id).History.Select(h => h.StateName).Reverse().ToList();

        public string Result(string id) =>
            storage.GetMonitoringApi().JobDetails(id).History.First(h => h.StateName == SucceededState.StateName).Data["Result"];

        /// <summary>Waits until the job has been in the state, and returns the reason of the first failure if any.</summary>
        public async Task<(string? Reason, string State)> WaitForStateAsync(string id, string state)
        {
            for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(60); waited += TimeSpan.FromMilliseconds(100))
            {
                var history = storage.GetMonitoringApi().JobDetails(id).History;
                if (history.Any(h => h.StateName == state))
                    return (history.LastOrDefault(h => h.StateName == ScheduledState.StateName)?.Reason, state);
                await Task.Delay(100);
            }
            throw new TimeoutException($"job {id} never reached {state}: {string.Join(" -> ", History(id))}");
        }

        public void Dispose() => server.Dispose();
    }

    /// <summary>The filters Hangfire would apply, with each retry attribute's delays cut to one second.</summary>
    private sealed class ShortRetries : IJobFilterProvider
    {
        public IEnumerable<JobFilter> GetFilters(Job job) =>
            JobFilterProviders.Providers.GetFilters(job).Select(f => f.Instance is AutomaticRetryAttribute retry
                ? new JobFilter(new AutomaticRetryAttribute { Attempts = retry.Attempts, DelaysInSeconds = [1] }, f.Scope, f.Order)
                : f);
    }

    private sealed class Only(IngestionJobs jobs) : JobActivator
    {
        public override object ActivateJob(Type jobType) => jobType == typeof(IngestionJobs) ? jobs : base.ActivateJob(jobType);
    }

    /// <summary>Forwards a local port to the real PostgreSQL, once the test decides the database is back.</summary>
    private sealed class Forwarder : IDisposable
    {
        private readonly TcpListener listener;
        private readonly CancellationTokenSource stop = new();

        public Forwarder(int port, string host, int target)
        {
            listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            _ = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    TcpClient client;
                    try { client = await listener.AcceptTcpClientAsync(stop.Token); }
                    catch (OperationCanceledException) { return; }
                    catch (SocketException) { return; }
                    _ = Task.Run(async () =>
                    {
                        using (client)
                        using (var server = new TcpClient())
                        {
                            await server.ConnectAsync(host, target);
                            await using var a = client.GetStream();
                            await using var b = server.GetStream();
                            await Task.WhenAny(a.CopyToAsync(b, stop.Token), b.CopyToAsync(a, stop.Token));
                        }
                    });
                }
            });
        }

        public void Dispose()
        {
            stop.Cancel();
            listener.Stop();
            stop.Dispose();
        }
    }
}
