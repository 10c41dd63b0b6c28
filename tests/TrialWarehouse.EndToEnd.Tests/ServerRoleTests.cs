using System.Diagnostics;
using TrialWarehouse.Testing;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>
/// Settings that cannot work stop the real server at start with a message naming them: a lone API or worker node on the
/// embedded warehouse, a missing or wrong pseudonymisation secret.
/// </summary>
public class ServerRoleTests
{
    [Theory]
    [InlineData("worker", "needs a server warehouse")]
    [InlineData("api", "needs a server warehouse")]
    [InlineData("janitor", "use all (the default), api or worker")]
    public Task Start_RefusesTheRole_WithAClearMessage_OnDuckDb(string role, string message) =>
        ExitsWithAdviceAsync(TestEngines.TempDirectory(), ["--role", role], new() { ["Pseudonymisation__Secret"] = TestPseudonyms.Secret }, message);

    [Fact]
    public Task Start_WithoutPseudonymisationSecret_InProduction_StopsNamingTheSetting() =>
        ExitsWithAdviceAsync(TestEngines.TempDirectory(), [], [], "Pseudonymisation:Secret is not set: it keys the pseudonyms of patients and samples");

    [Fact]
    public async Task Start_UnderAnotherSecretThanTheWarehouses_StopsNamingBothFingerprints()
    {
        // A warehouse built by the CLI (its own process: this one would hold the DuckDB file) under the tests' secret.
        var work = TestEngines.TempDirectory();
        await File.WriteAllTextAsync(Path.Combine(work, "patients.csv"),
            "patient_id,sex,birth_year,tumor_type,diagnosis_date,site,arm\nPT0001,F,1961,BRCA,2019-03-14,Marseille,profiling\n");
        Assert.Equal(0, CliProcess.Trialwarehouse(work, "ingest", "patients.csv").ExitCode);

        await ExitsWithAdviceAsync(work, [], new() { ["Pseudonymisation__Secret"] = TestPseudonyms.Secret + "-but-another-one" },
            $"Pseudonymisation:Secret is not the secret this warehouse was built under (fingerprint {TestPseudonyms.Instance.Fingerprint}, configured ");
    }

    /// <summary>Starts the real server in <paramref name="work"/> (Production, DuckDB) and expects exit code 1 with <paramref name="message"/> on stderr.</summary>
    private static async Task ExitsWithAdviceAsync(string work, string[] args, Dictionary<string, string> environment, string message)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = work,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "TrialWarehouse.Server.dll"), "--urls", "http://127.0.0.1:0" }.Concat(args))
            info.ArgumentList.Add(arg);
        info.Environment["Warehouse__Engine"] = "duckdb";
        info.Environment.Remove("ConnectionStrings__Warehouse");
        info.Environment.Remove("Pseudonymisation__Secret");
        info.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        foreach (var (key, value) in environment)
            info.Environment[key] = value;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(1, process.ExitCode);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", stderr + await stdout, StringComparison.Ordinal);
    }
}
