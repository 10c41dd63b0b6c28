using System.Diagnostics;
using System.Globalization;
using Npgsql;
using TrialWarehouse.Ingestion;
using TrialWarehouse.Testing;
using TrialWarehouse.Warehouse;
using Xunit.Abstractions;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>
/// Scale-out for real: two worker processes of the built server (<c>--role worker</c>) and an API process that
/// queues the scan (<c>--role api</c>) share one Hangfire storage and one warehouse on PostgreSQL. Every delivery is loaded exactly once, also when one worker is killed with
/// SIGKILL mid-run and Hangfire hands its jobs to the survivor.
/// </summary>
public class ScaleOutTests(ITestOutputHelper output)
{
    private const int Deliveries = 200;

    [SkippableFact]
    public Task TwoWorkers_LoadEachOf200DeliveriesExactlyOnce() => RunAsync(killOne: false);

    [SkippableFact]
    public Task TwoWorkers_OneKilledMidRun_TheSurvivorStillLoadsEachDeliveryExactlyOnce() => RunAsync(killOne: true);

    private async Task RunAsync(bool killOne)
    {
        var connectionString = TestPostgres.CreateDatabase();
        var work = TestEngines.TempDirectory();
        var inbox = new Inbox(new InboxOptions
        {
            Inbox = Path.Combine(work, "inbox"), Archive = Path.Combine(work, "archive"), Quarantine = Path.Combine(work, "quarantine"),
        });
        await Migrator.MigrateAsync(Warehouse.Warehouse.Create(new WarehouseOptions { Engine = "postgres", ConnectionString = connectionString }));
        var clock = Stopwatch.StartNew();

        // The second worker starts once the first has created Hangfire's schema, so each starts on a ready storage.
        using var first = StartWorker(work, connectionString);
        await WaitForAsync(() => Scalar(connectionString, "SELECT COUNT(*) FROM hangfire.server WHERE id LIKE @Pid", first.Pid.ToString(CultureInfo.InvariantCulture)) == 1,
            "the first worker registers with Hangfire", first);
        using var second = StartWorker(work, connectionString);
        await WaitForAsync(() => Scalar(connectionString, "SELECT COUNT(*) FROM hangfire.server") == 2, "both workers register with Hangfire", second);

        var written = DemoDeliveries.Write(work, inbox, Deliveries, seed: 11);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: workers up, {written.Deliveries.Count} deliveries ({written.Files} files) in the inbox");
        // An API node queues the scan at its start, and runs no job itself.
        using var api = StartWorker(work, connectionString, "api");

        var archive = Path.Combine(work, "archive");
        if (killOne)
        {
            // Kill while the first worker holds a job it is processing, after a fifth of the deliveries settled.
            await WaitForAsync(() => Directory.Exists(archive) && Directory.GetDirectories(archive).Length >= Deliveries / 5
                    && Scalar(connectionString, ProcessingOnServerSql, first.Pid.ToString(CultureInfo.InvariantCulture)) > 0,
                "the first worker is processing deliveries", first);
            first.Kill();
            output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: killed worker {first.Pid} with {Directory.GetDirectories(archive).Length} deliveries settled");
        }

        await WaitForAsync(() => Directory.GetDirectories(Path.Combine(work, "inbox")).Length == 0
                && Scalar(connectionString, "SELECT COUNT(*) FROM hangfire.job WHERE statename IN ('Enqueued', 'Processing', 'Scheduled', 'Awaiting')") == 0,
            "every delivery settled and every job finished", second, connectionString);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: all settled");

        Assert.Equal(Deliveries, Directory.GetDirectories(archive).Length);
        Assert.False(Directory.Exists(Path.Combine(work, "quarantine")), "nothing may be rejected");
        var ledger = Rows(connectionString, "SELECT file_name, status, row_count, file_key FROM dim_source_file",
            r => (Name: r.GetString(0), Status: r.GetString(1), Rows: Convert.ToInt64(r.GetValue(2), CultureInfo.InvariantCulture), Key: r.GetInt64(3)));
        Assert.Equal(written.Files, ledger.Count);
        Assert.All(ledger, f => Assert.Equal("loaded", f.Status));
        Assert.Equal(written.Files, ledger.Select(f => f.Name).Distinct().Count());
        // Each file's facts are there once: as many rows as the ledger says it loaded, and the cohort's totals.
        var facts = Rows(connectionString, """
            SELECT file_key, COUNT(*) FROM (
                SELECT file_key FROM fact_variant_call UNION ALL SELECT file_key FROM fact_fusion) f
            GROUP BY file_key
            """, r => (Key: r.GetInt64(0), Rows: r.GetInt64(1))).ToDictionary(f => f.Key, f => f.Rows);
        foreach (var file in ledger.Where(f => !f.Name.StartsWith("patients_", StringComparison.Ordinal) && !f.Name.StartsWith("samples_", StringComparison.Ordinal)))
            Assert.True(facts.GetValueOrDefault(file.Key) == file.Rows, $"{file.Name}: {facts.GetValueOrDefault(file.Key)} fact rows, the ledger says {file.Rows}");
        Assert.Equal(ledger.Where(f => f.Name.EndsWith(".vcf", StringComparison.Ordinal) && !f.Name.EndsWith(".sv.vcf", StringComparison.Ordinal)).Sum(f => f.Rows),
            Scalar(connectionString, "SELECT COUNT(*) FROM fact_variant_call"));
        Assert.Equal(written.Cohort.Samples, Scalar(connectionString, "SELECT COUNT(*) FROM dim_sample"));
        Assert.Equal(Deliveries, Scalar(connectionString, "SELECT COUNT(*) FROM dim_patient"));
        // The run log counts no file loaded twice (a second load finds it unchanged); the killed run wrote no summary.
        var logged = Scalar(connectionString, "SELECT SUM(files_loaded) FROM ingest_run");
        if (killOne)
            Assert.InRange(logged, 1, written.Files);
        else
            Assert.Equal(written.Files, logged);
        Assert.Equal(0, Scalar(connectionString, "SELECT SUM(files_rejected) FROM ingest_run"));

        // Both workers did part of the work (and the API node none); after the kill, the survivor ran at least one job the killed worker had begun.
        Assert.Equal(2, Scalar(connectionString, "SELECT COUNT(DISTINCT data::json->>'ServerId') FROM hangfire.state WHERE name = 'Processing'"));
        if (killOne)
            Assert.True(Scalar(connectionString, """
                SELECT COUNT(*) FROM (SELECT jobid FROM hangfire.state WHERE name = 'Processing'
                                      GROUP BY jobid HAVING COUNT(DISTINCT data::json->>'ServerId') > 1) j
                """) > 0, "a job of the killed worker was run again by the survivor");

        // Annotated once the deliveries settled, and every patient's report rendered.
        Assert.True(Scalar(connectionString, "SELECT COUNT(*) FROM fact_actionable_match") > 0, "the warehouse is annotated");
        var reports = Path.Combine(work, "reports");
        Assert.Equal(Deliveries, Directory.Exists(reports) ? Directory.GetFiles(reports, "*.pdf").Length : 0);
        output.WriteLine(second.Log());
    }

    private const string ProcessingOnServerSql = """
        SELECT COUNT(*) FROM hangfire.job j JOIN hangfire.state s ON s.id = j.stateid
        WHERE j.statename = 'Processing' AND s.data::json->>'ServerId' LIKE @Pid
        """;

    private static long Scalar(string connectionString, string sql, string? pid = null)
    {
        using var db = new NpgsqlConnection(connectionString);
        db.Open();
        using var command = new NpgsqlCommand(sql, db);
        if (pid is not null)
            command.Parameters.AddWithValue("Pid", $"%:{pid}:%");
        try
        {
            return command.ExecuteScalar() is { } value and not DBNull ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : 0;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0; // the first worker has not created Hangfire's schema yet
        }
    }

    private static List<T> Rows<T>(string connectionString, string sql, Func<NpgsqlDataReader, T> read)
    {
        using var db = new NpgsqlConnection(connectionString);
        db.Open();
        using var command = new NpgsqlCommand(sql, db);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
            rows.Add(read(reader));
        return rows;
    }

    private static async Task WaitForAsync(Func<bool> condition, string what, ServerProcess worker, string? connectionString = null)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            // A deadline against a hang, not a timing: on a shared 2-core machine the whole run takes 1 to 4 minutes.
            if (clock.Elapsed > TimeSpan.FromMinutes(6))
                Assert.Fail($"timed out waiting until {what}; jobs: " +
                    (connectionString is null ? "" : string.Join(", ", Rows(connectionString, "SELECT statename, COUNT(*) FROM hangfire.job GROUP BY statename",
                        r => $"{r.GetValue(0)} {r.GetInt64(1)}"))) + $"; worker {worker.Pid} said:\n{worker.Log()}");
            if (worker.HasExited)
                Assert.Fail($"worker {worker.Pid} exited with {worker.ExitCode} while waiting until {what}:\n{worker.Log()}");
            await Task.Delay(200);
        }
    }

    /// <summary>The built server as a worker (or API) process on the test's PostgreSQL, with short Hangfire timeouts.</summary>
    private static ServerProcess StartWorker(string work, string connectionString, string role = "worker") =>
        ServerProcess.Start(work, ["--role", role], new Dictionary<string, string>
        {
            ["Warehouse__Engine"] = "postgres",
            ["ConnectionStrings__Warehouse"] = connectionString,
            ["Ingestion__Inbox"] = Path.Combine(work, "inbox"),
            ["Ingestion__Archive"] = Path.Combine(work, "archive"),
            ["Ingestion__Quarantine"] = Path.Combine(work, "quarantine"),
            ["Ingestion__SettleCheckInterval"] = "00:00:01",
            ["Reports__Output"] = Path.Combine(work, "reports"),
            ["Demo__SeedOnFirstStart"] = "false",
            ["Hangfire__Workers"] = "2",
            // A killed worker's job is taken up by the survivor after this long (sliding: never while its worker lives).
            ["Hangfire__InvisibilityTimeout"] = "00:00:05",
            ["Hangfire__PollInterval"] = "00:00:01",
            // A worker killed while it held the scheduler's lock would otherwise stall the survivor's scheduled jobs for 10 minutes.
            ["Hangfire__DistributedLockTimeout"] = "00:00:10",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Pseudonymisation__Secret"] = TestPseudonyms.Secret,
        });
}
