using System.Diagnostics;
using System.Globalization;

namespace TrialWarehouse.Genomics.Bench;

/// <summary>One timed run: wall clock, and CPU (user + system), which a busy shared machine disturbs less.</summary>
internal readonly record struct Timing(double WallSeconds, double CpuSeconds);

/// <summary>Times <c>bcftools view -H FILE &gt; /dev/null</c>, the reference the issue compares against.</summary>
internal static class Bcftools
{
    /// <summary>The run's timing, or null when bcftools is not installed.</summary>
    public static Timing? TimeView(string path)
    {
        var start = new ProcessStartInfo("bash")
        {
            // bash's time keyword reports the CPU bcftools used; the output goes straight to /dev/null, as in the
            // issue's command, instead of through a pipe this process would have to drain.
            ArgumentList = { "-c", "command -v bcftools >/dev/null || exit 127; TIMEFORMAT='%U %S'; time bcftools view -H \"$0\" > /dev/null", path },
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode == 127)
        {
            return null;
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"bcftools failed ({process.ExitCode}): {errors}");
        }

        var times = errors.Trim().Split('\n')[^1].Split(' ');
        double cpu = double.Parse(times[0], CultureInfo.InvariantCulture) + double.Parse(times[1], CultureInfo.InvariantCulture);
        return new Timing(clock.Elapsed.TotalSeconds, cpu);
    }

    public static string Version()
    {
        var start = new ProcessStartInfo("sh") { ArgumentList = { "-c", "bcftools --version | head -1" }, RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        string version = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return version;
    }
}
