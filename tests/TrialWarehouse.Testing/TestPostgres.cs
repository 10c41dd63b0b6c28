using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace TrialWarehouse.Testing;

/// <summary>
/// A real PostgreSQL for the tests: <c>TRIALWAREHOUSE_TEST_POSTGRES</c> when set, otherwise a throwaway cluster
/// started once per test process from the local binaries (initdb/pg_ctl in a temp folder, a free loopback port).
/// Each caller gets a database of its own. When neither is possible the tests are skipped with the reason,
/// except under CI, where that is a failure.
/// </summary>
public static class TestPostgres
{
    private static readonly Lazy<(string? ServerConnection, string? Reason)> Server = new(Start);

    /// <summary>A connection string to a new, empty database; skips (or fails under CI) when no server can run.</summary>
    public static string CreateDatabase()
    {
        var (server, reason) = Server.Value;
        if (server is null)
        {
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
                throw new InvalidOperationException($"PostgreSQL tests cannot run under CI: {reason}");
            throw new SkipException($"PostgreSQL not available: {reason}");
        }
        var name = "tw_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    private static (string?, string?) Start()
    {
        var given = Environment.GetEnvironmentVariable("TRIALWAREHOUSE_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(given))
            return (given, null);

        var bin = FindBinaries();
        if (bin is null)
            return (null, "no PostgreSQL binaries under /usr/lib/postgresql/*/bin and TRIALWAREHOUSE_TEST_POSTGRES is not set (apt-get install postgresql)");

        var root = Path.Combine(Path.GetTempPath(), "trialwarehouse-pg-" + Environment.ProcessId);
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(root);
        // initdb refuses to run as root: run the cluster as the postgres OS user, in a folder it owns.
        var asRoot = Environment.UserName == "root";
        if (asRoot)
            Run("chown", $"postgres \"{root}\"");
        var port = FreePort();
        var log = Path.Combine(root, "server.log");
        try
        {
            RunAs(asRoot, Path.Combine(bin, "initdb"), $"-D \"{data}\" -U postgres -A trust -E UTF8 --no-locale");
            RunAs(asRoot, Path.Combine(bin, "pg_ctl"),
                $"-D \"{data}\" -l \"{log}\" -w -t 60 -o \"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off\" start");
        }
        catch (InvalidOperationException e)
        {
            return (null, e.Message + (File.Exists(log) ? " — " + File.ReadAllText(log) : ""));
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                RunAs(asRoot, Path.Combine(bin, "pg_ctl"), $"-D \"{data}\" -m immediate stop");
                Directory.Delete(root, recursive: true);
            }
            catch (InvalidOperationException) { }
            catch (IOException) { }
        };
        return ($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true", null);
    }

    private static string? FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")))
                .OrderByDescending(b => b, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void RunAs(bool asRoot, string program, string arguments)
    {
        if (asRoot)
            Run("runuser", $"-u postgres -- \"{program}\" {arguments}");
        else
            Run(program, arguments);
    }

    private static void Run(string program, string arguments)
    {
        var info = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} exited with {process.ExitCode}: {error}{output.Result}");
    }
}
