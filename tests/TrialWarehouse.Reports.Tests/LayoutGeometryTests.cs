using TrialWarehouse.Reports.Layout;

namespace TrialWarehouse.Reports.Tests;

/// <summary>What looking at the pages checks, kept as a test: no text leaves the page's text area, no two texts overlap.</summary>
public class LayoutGeometryTests
{
    public static TheoryData<string> Patients => ["breast-cancer", "40-alterations-6-lines", "200-mutations"];

    [Theory]
    [MemberData(nameof(Patients))]
    public void Every_text_stays_inside_the_margins_and_no_two_texts_overlap(string name)
    {
        var report = name switch
        {
            "breast-cancer" => SampleReports.BreastCancer(),
            "40-alterations-6-lines" => SampleReports.FortyAlterationsSixLines(),
            _ => SampleReports.WithManyMutations(200),
        };
        var layout = ReportRenderer.Layout(report);
        var measure = LayoutHarness.Measure();
        var g = layout.Geometry;

        foreach (var page in layout.Pages)
        {
            var boxes = page.Ops.OfType<TextOp>()
                .Where(t => t.Text.Length > 0)
                .Select(t => (t.Text, Left: t.X, Right: t.X + measure.MeasureString(t.Text, t.Style.Font).Width, Top: t.Y, Bottom: t.Y + t.Style.Font.Size))
                .ToList();
            foreach (var b in boxes)
            {
                Assert.True(b.Left >= g.MarginLeft - 0.01 && b.Right <= g.Right + 0.01, $"page {page.Number}: '{b.Text}' spans x {b.Left:0.0}–{b.Right:0.0}, outside the margins");
                // The running header sits above the text area, the footer below it.
                Assert.True(b.Top >= g.ContentTop - 30 && b.Bottom <= g.ContentBottom + 30, $"page {page.Number}: '{b.Text}' at y {b.Top:0.0} is outside the page's text area");
            }

            for (var i = 0; i < boxes.Count; i++)
            {
                for (var j = i + 1; j < boxes.Count; j++)
                {
                    var (a, b) = (boxes[i], boxes[j]);
                    var overlap = a.Left < b.Right - 0.01 && b.Left < a.Right - 0.01 && a.Top < b.Bottom - 0.01 && b.Top < a.Bottom - 0.01;
                    Assert.False(overlap, $"page {page.Number}: '{a.Text}' overlaps '{b.Text}'");
                }
            }
        }
    }
}
