using System.Diagnostics;
using System.Text;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>
/// The built server as a process of its own, as it is deployed: Production (no environment name), settings from the
/// environment only, its standard output and error kept line by line.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder log = new();
    private readonly StringBuilder stdout = new();
    private readonly StringBuilder stderr = new();

    private ServerProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Pid => process.Id;
    public bool HasExited => process.HasExited;
    public int ExitCode => process.ExitCode;

    /// <summary>
    /// Starts the server in <paramref name="work"/> with <paramref name="args"/> (after <c>--urls</c> on a free port
    /// unless given) and exactly the warehouse and pseudonymisation settings of <paramref name="environment"/>.
    /// </summary>
    public static ServerProcess Start(string work, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = work,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TrialWarehouse.Server.dll"));
        var given = args.ToList();
        foreach (var arg in given.Contains("--urls") ? given : ["--urls", "http://127.0.0.1:0", .. given])
            info.ArgumentList.Add(arg);
        foreach (var inherited in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ConnectionStrings__Warehouse", "Pseudonymisation__Secret" })
            info.Environment.Remove(inherited);
        foreach (var (key, value) in environment)
            info.Environment[key] = value;
        return new ServerProcess(Process.Start(info)!);
    }

    /// <summary>Waits for the process to end by itself (a start it refuses).</summary>
    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        // The asynchronous readers are drained once WaitForExit has returned.
        process.WaitForExit();
    }

    /// <summary>Ends the process at once (SIGKILL), as a crash would.</summary>
    public void Kill()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public string Stdout() => Text(stdout);
    public string Stderr() => Text(stderr);

    /// <summary>Standard output and error, interleaved as they came.</summary>
    public string Log() => Text(log);

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }

    private void Append(StringBuilder stream, string? line)
    {
        if (line is null)
            return;
        lock (log)
        {
            stream.AppendLine(line);
            log.AppendLine(line);
        }
    }

    private string Text(StringBuilder text)
    {
        lock (log)
            return text.ToString();
    }
}
