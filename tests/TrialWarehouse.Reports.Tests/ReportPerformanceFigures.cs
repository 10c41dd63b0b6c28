using System.Diagnostics;
using Xunit.Abstractions;

namespace TrialWarehouse.Reports.Tests;

/// <summary>
/// Performance figures for issue 9, written to the test output; a measurement, not a timed test (nothing asserts a
/// time). Run in Release for figures worth quoting:
/// <c>dotnet test tests/TrialWarehouse.Reports.Tests -c Release --filter FullyQualifiedName~ReportPerformanceFigures --logger "console;verbosity=detailed"</c>
/// </summary>
public class ReportPerformanceFigures(ITestOutputHelper output)
{
    private const int Warmup = 20;
    private const int Runs = 41;
    private const int Cohort = 60;

    [Fact]
    public void Median_time_and_size_for_40_alterations_and_6_lines_and_time_for_60_reports()
    {
        var report = SampleReports.FortyAlterationsSixLines();
        // Enough warm-up runs for tiered compilation to reach optimized code.
        for (var i = 0; i < Warmup; i++)
        {
            ReportRenderer.Render(report);
        }

        var timings = new List<double>();
        var size = 0;
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            size = ReportRenderer.Render(report).Length;
            timings.Add(clock.Elapsed.TotalMilliseconds);
        }

        timings.Sort();
        var pages = ReportRenderer.Layout(report).Pages.Count;

        // A cohort of different patients: ids, mutation counts and dates vary, so nothing is reused between reports.
        var cohort = Enumerable.Range(0, Cohort).Select(i => report with
        {
            Patient = report.Patient with { PatientId = $"PM-{1000 + i}" },
            Mutations = [.. report.Mutations.Take(8 + i % 33)],
            ReportDate = report.ReportDate.AddDays(i),
        }).ToList();
        var total = Stopwatch.StartNew();
        long bytes = 0;
        foreach (var patient in cohort)
        {
            bytes += ReportRenderer.Render(patient).Length;
        }

        total.Stop();
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        output.WriteLine($"configuration {configuration}, .NET {Environment.Version}, {Environment.ProcessorCount} logical CPUs, " +
            $"load average {LoadAverage()}");
        output.WriteLine($"40 alterations + 6 therapy lines: {pages} pages, {size} bytes ({size / 1024.0:0.0} KiB), " +
            $"median render {timings[Runs / 2]:0.0} ms (min {timings[0]:0.0}, max {timings[^1]:0.0}) over {Runs} warm runs");
        output.WriteLine($"{Cohort} reports rendered one after another: {total.Elapsed.TotalMilliseconds:0} ms in total, " +
            $"{total.Elapsed.TotalMilliseconds / Cohort:0.0} ms and {bytes / Cohort / 1024.0:0.0} KiB per report on average");
        Assert.True(size > 0);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
