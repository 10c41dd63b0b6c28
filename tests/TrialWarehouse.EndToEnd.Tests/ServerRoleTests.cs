using System.Diagnostics;
using TrialWarehouse.Testing;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>The embedded warehouse is one process: the server refuses to start as a lone API or worker node on it.</summary>
public class ServerRoleTests
{
    [Theory]
    [InlineData("worker", "needs a server warehouse")]
    [InlineData("api", "needs a server warehouse")]
    [InlineData("janitor", "use all (the default), api or worker")]
    public async Task Start_RefusesTheRole_WithAClearMessage_OnDuckDb(string role, string message)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = TestEngines.TempDirectory(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "TrialWarehouse.Server.dll"), "--role", role, "--urls", "http://127.0.0.1:0" })
            info.ArgumentList.Add(arg);
        info.Environment["Warehouse__Engine"] = "duckdb";
        info.Environment["Pseudonymisation__Secret"] = TestPseudonyms.Secret;
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
