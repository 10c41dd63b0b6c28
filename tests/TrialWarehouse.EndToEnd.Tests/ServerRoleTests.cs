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
        using var server = ServerProcess.Start(work, args, new Dictionary<string, string>(environment) { ["Warehouse__Engine"] = "duckdb" });
        await server.WaitForExitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(1, server.ExitCode);
        Assert.Contains(message, server.Stderr(), StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", server.Log(), StringComparison.Ordinal);
    }
}
