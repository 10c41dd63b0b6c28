using System.Diagnostics;
using Xunit.Abstractions;

namespace TrialWarehouse.Reports.Tests;

public class SampleReportOutputTests(ITestOutputHelper output)
{
    /// <summary>Writes the sample reports next to the test assembly so a human can open them, and logs size and time.</summary>
    [Fact]
    public void Writes_the_sample_reports_for_a_human_to_look_at()
    {
        Write("sample-tumor-board-report.pdf", SampleReports.BreastCancer());
        Write("sample-tumor-board-report-80-mutations.pdf", SampleReports.WithManyMutations(80));
        Write("sample-tumor-board-report-200-mutations.pdf", SampleReports.WithManyMutations(200));
        Write("sample-tumor-board-report-40-alterations-6-lines.pdf", SampleReports.FortyAlterationsSixLines());
    }

    private void Write(string fileName, TumorBoardReport report)
    {
        ReportRenderer.Render(report);
        var timings = new List<double>();
        byte[] bytes = [];
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            bytes = ReportRenderer.Render(report);
            timings.Add(clock.Elapsed.TotalMilliseconds);
        }

        var path = Path.Combine(AppContext.BaseDirectory, fileName);
        File.WriteAllBytes(path, bytes);
        timings.Sort();
        output.WriteLine($"{path}: {bytes.Length} bytes, median render {timings[2]:0.0} ms over 5 warm runs");
        Assert.True(new FileInfo(path).Length > 0);
    }
}
