using System.Text.RegularExpressions;

namespace TrialWarehouse.Reports.Tests;

/// <summary>The IHC table, the CTC chart and kinetics, and the model responses, read back from the PDF with pdftotext.</summary>
public partial class BiomarkerSectionsTests
{
    private static TumorBoardReport WithBiomarkers() => SampleReports.BreastCancer() with
    {
        Ihc =
        [
            new ReportIhc("PM-0417-T1", "HER2", "ERBB2", "2+", "4B5", "negative", "HER2-low", "HER2 IHC 2+, ISH negative"),
            new ReportIhc("PM-0417-T1", "ER", "ESR1", "85%", "SP1", null, null, "ER IHC 85%"),
        ],
        Actionable = [.. SampleReports.BreastCancer().Actionable,
            new ReportActionableAlteration("ERBB2", "HER2 IHC 2+, ISH negative", "I-A", null, ["trastuzumab deruxtecan"], "DESTINY-Breast04")],
        CtcDraws =
        [
            new ReportCtcDraw(new DateOnly(2021, 6, 10), "CellSearch", 23, 4, 1, 2),
            new ReportCtcDraw(new DateOnly(2021, 8, 2), "CellSearch", 3, 0, 0, 2),
            new ReportCtcDraw(new DateOnly(2023, 9, 20), "CellSearch", 148, 12, 6, 3),
            new ReportCtcDraw(new DateOnly(2023, 11, 6), "flow_cytometry", 61, null, null, 3),
            new ReportCtcDraw(new DateOnly(2023, 11, 13), "CellSearch", 9, 1, 0, 3),
        ],
        CtcLines =
        [
            new ReportCtcLine(1, "Letrozole + palbociclib", false, null, null, null, null, null),
            new ReportCtcLine(2, "Paclitaxel + bevacizumab", false, new DateOnly(2021, 6, 10), 23, new DateOnly(2021, 8, 2), 3, true),
            new ReportCtcLine(3, "Alpelisib + fulvestrant", true, new DateOnly(2023, 9, 20), 148, new DateOnly(2023, 11, 13), 9, false),
        ],
        ModelResponses =
        [
            new ReportModelResponse("PM-0417-T1", "PDX-0417", "PDX", 3, "alpelisib", "50 mg/kg/day", "TGI 78.5%"),
            new ReportModelResponse("PM-0417-T1", "PDX-0417", "PDX", 3, "alpelisib", "50 mg/kg/day", "mSD"),
            new ReportModelResponse("PM-0417-T1", "TO-0417", "tumoroid", 5, "olaparib", null, "IC50 0.42 uM"),
        ],
    };

    [SkippableFact]
    public void The_extracted_text_holds_the_ihc_rows_the_ctc_counts_and_kinetics_and_the_model_responses()
    {
        var report = WithBiomarkers();
        using var pdf = PdfTools.Save(ReportRenderer.Render(report));

        var lines = PdfTools.Text(pdf.Path).Split('\n').Select(Squeeze).ToList();

        Assert.Contains("Protein biomarkers (immunohistochemistry)", lines);
        Assert.Contains(lines, l => l.StartsWith("ER 85% – – SP1 PM-0417-T1 –", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("HER2 2+ negative HER2-low 4B5 PM-0417-T1 I-A", StringComparison.Ordinal));
        Assert.Contains("Circulating tumor cells", lines);
        Assert.Contains(lines, l => l.StartsWith("2 Paclitaxel + bevacizumab 23 (2021-06-10) 3 (2021-08-02) yes (≥ 5 to < 5)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("3 Alpelisib + fulvestrant 148 (2023-09-20) 9 (2023-11-13) no", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("1 Letrozole + palbociclib – – –", StringComparison.Ordinal));
        // Every count is printed next to its point in the chart.
        var chartNumbers = string.Join(" ", lines).Split(' ');
        Assert.All(report.CtcDraws!, d => Assert.Contains(d.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), chartNumbers));
        Assert.Contains("Patient-derived models: drug responses", lines);
        Assert.Contains(lines, l => l.StartsWith("PDX-0417 PDX 3 alpelisib 50 mg/kg/day TGI 78.5% PM-0417-T1", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("PDX-0417 PDX 3 alpelisib 50 mg/kg/day mSD PM-0417-T1", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("TO-0417 tumoroid 5 olaparib – IC50 0.42 uM PM-0417-T1", StringComparison.Ordinal));
    }

    [Fact]
    public void The_ctc_chart_is_a_figure_whose_alternative_text_lists_every_draw()
    {
        var layout = ReportRenderer.Layout(WithBiomarkers());

        var figures = layout.Pages.SelectMany(p => p.Ops).OfType<Layout.BeginTagOp>().Where(t => t.Tag == Layout.StructureTag.Figure).ToList();

        var ctc = Assert.Single(figures, f => f.AltText!.StartsWith("CTC counts", StringComparison.Ordinal));
        Assert.Contains("2023-11-06 61 (flow_cytometry, line 3)", ctc.AltText, StringComparison.Ordinal);
        Assert.Contains("2021-06-10 23 (CellSearch, line 2)", ctc.AltText, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_report_without_biomarkers_has_none_of_their_sections()
    {
        using var pdf = PdfTools.Save(ReportRenderer.Render(SampleReports.BreastCancer()));

        var text = PdfTools.Text(pdf.Path);

        Assert.DoesNotContain("immunohistochemistry", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Circulating tumor cells", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Patient-derived models", text, StringComparison.Ordinal);
    }

    private static string Squeeze(string line) => Spaces().Replace(line.Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
