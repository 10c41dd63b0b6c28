using System.Diagnostics;
using TrialWarehouse.Testing;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>The built <c>trialwarehouse</c> command as a real process, with the environment's warehouse settings removed and the tests' pseudonymisation secret.</summary>
internal static class CliProcess
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    public static Run Trialwarehouse(string workingDirectory, params string[] args)
    {
        using var process = Process.Start(Start(workingDirectory, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new Run(process.ExitCode, stdout.Result, stderr);
    }

    public static ProcessStartInfo Start(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "trialwarehouse.dll"));
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        info.Environment.Remove("Warehouse__Engine");
        info.Environment.Remove("ConnectionStrings__Warehouse");
        // Pinned, so that a test can compute the pseudonyms of its input ids.
        info.Environment["Pseudonymisation__Secret"] = TestPseudonyms.Secret;
        return info;
    }
}
