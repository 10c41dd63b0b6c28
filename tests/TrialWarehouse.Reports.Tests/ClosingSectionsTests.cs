using TrialWarehouse.Reports.Sections;

namespace TrialWarehouse.Reports.Tests;

public class ClosingSectionsTests
{
    [Fact]
    public void Methods_and_limitations_follow_the_report_and_default_when_absent()
    {
        var custom = SampleReports.BreastCancer() with { Methods = "Custom methods text.", Limitations = "Custom limitations text." };

        var customTexts = ReportRenderer.Layout(custom).AllTexts.ToList();
        var defaultText = string.Join(" ", ReportRenderer.Layout(SampleReports.BreastCancer()).AllTexts);

        Assert.Contains("Custom methods text.", customTexts);
        Assert.Contains("Custom limitations text.", customTexts);
        Assert.Contains("tumor-only", defaultText, StringComparison.Ordinal);
        Assert.Contains("knowledge-base version named in the header", defaultText, StringComparison.Ordinal);
        Assert.Contains("Germline origin is not assessed", defaultText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sections_close_the_report_in_order()
    {
        var texts = ReportRenderer.Layout(SampleReports.BreastCancer()).AllTexts.ToList();

        string[] expectedInOrder = ["Treatment history", ClosingSections.MethodsHeading, "Methods", "Limitations", "Disclaimer", ClosingSections.DecisionHeading,
            ClosingSections.DecisionLabel, ClosingSections.DateLabel, ClosingSections.NextReviewLabel, "Name", "Function", "Signature"];
        var position = -1;
        foreach (var expected in expectedInOrder)
        {
            var next = texts.FindIndex(position + 1, t => t == expected);
            Assert.True(next > position, $"'{expected}' is missing or out of order");
            position = next;
        }
    }

    [Fact]
    public void The_decision_block_is_never_split_across_pages()
    {
        for (var mutations = 0; mutations <= 60; mutations += 3)
        {
            var layout = ReportRenderer.Layout(SampleReports.WithManyMutations(mutations));

            var heading = layout.Pages.Single(p => p.Texts.Contains(ClosingSections.DecisionHeading));
            Assert.Contains("Signature", heading.Texts);
            Assert.Equal(layout.Pages.Count, heading.Number);
        }
    }

    [Fact]
    public void Settings_without_methods_or_limitations_get_the_defaults()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tw-report-settings-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, """{ "institution": "Hôpital X", "disclaimer": "D." }""");
            var defaults = ReportSettings.Load(path);
            File.WriteAllText(path, """{ "institution": "Hôpital X", "disclaimer": "D.", "methods": "M.", "limitations": "L." }""");
            var custom = ReportSettings.Load(path);

            Assert.Equal(ReportSettings.DefaultMethods, defaults.Methods);
            Assert.Equal(ReportSettings.DefaultLimitations, defaults.Limitations);
            Assert.Equal(("M.", "L."), (custom.Methods, custom.Limitations));
            Assert.Equal(ReportSettings.DefaultMethods, ReportSettings.Default.Methods);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
