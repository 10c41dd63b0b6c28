using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using TrialWarehouse.Reports.Sections;

namespace TrialWarehouse.Reports.Tests;

public class ReportRendererTests
{
    [Fact]
    public void Renders_a_pdf_that_opens_again()
    {
        var bytes = ReportRenderer.Render(SampleReports.BreastCancer());

        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        using var reopened = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.Equal(ReportRenderer.Layout(SampleReports.BreastCancer()).Pages.Count, reopened.PageCount);
        Assert.StartsWith(ReportComposer.Title, reopened.Info.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Mutation_table_gives_the_tier_of_each_actionable_mutation()
    {
        var report = SampleReports.BreastCancer();

        Assert.Equal("I (A)", AlterationSections.TierOf(report, "PIK3CA", "p.H1047R"));
        Assert.Equal(ReportFormat.Missing, AlterationSections.TierOf(report, "TP53", "p.R175H"));
        Assert.Contains("Tier", ReportRenderer.Layout(report).AllTexts);
    }

    [Fact]
    public void A_long_report_spans_several_pages_with_page_x_of_y_on_each()
    {
        var report = SampleReports.WithManyMutations(80);

        var bytes = ReportRenderer.Render(report);
        var layout = ReportRenderer.Layout(report);

        using var reopened = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.True(reopened.PageCount > 1);
        Assert.Equal(layout.Pages.Count, reopened.PageCount);
        foreach (var page in layout.Pages)
        {
            Assert.Contains($"Page {page.Number} of {layout.Pages.Count}", page.Texts);
            Assert.Contains("Patient PM-0417 · Report date 2024-05-14", page.Texts);
        }

        var texts = layout.AllTexts.ToList();
        Assert.Contains("GENE000", texts);
        Assert.Contains("GENE079", texts);
        Assert.True(texts.Count(t => t == "Protein (HGVSp)") >= 2, "the mutation table header repeats on its continuation page");
    }

    [Fact]
    public void Shows_the_header_alterations_and_treatment_in_order()
    {
        var texts = ReportRenderer.Layout(SampleReports.BreastCancer()).AllTexts.ToList();

        string[] expectedInOrder =
        [
            "Molecular Tumor Board Report", "PM-0417", "female", "1968", "GRCh38", "OncoKB 2024-04 (v4.16)", "Liver metastasis", "62.0\u00A0%",
            "Summary: actionable alterations", "Tier I", "Somatic mutations", "p.H1047R", "c.3140A>G", "34.1\u00A0%", "612", "chr3:179234297",
            "Copy-number alterations", "amplification", "Treatment history", "Disclaimer",
        ];
        var position = -1;
        foreach (var expected in expectedInOrder)
        {
            var next = texts.FindIndex(position + 1, t => t.Contains(expected, StringComparison.Ordinal));
            Assert.True(next > position, $"'{expected}' is missing or out of order");
            position = next;
        }

        Assert.DoesNotContain("neutral", texts);
        var joined = string.Join(" ", texts);
        Assert.Contains("225 d (7.4 mo) censored", joined, StringComparison.Ordinal);
        Assert.Contains("≥ 1.02", joined, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ratio_of_at_least_1_3_is_marked()
    {
        var report = SampleReports.BreastCancer();
        var lines = report.TherapyLines.ToList();
        lines[2] = lines[2] with { PfsDays = 400, PfsCensored = false };

        var texts = ReportRenderer.Layout(report with { TherapyLines = lines }).AllTexts.ToList();

        Assert.Contains("1.81 (≥ 1.3)", texts);
    }

    [Fact]
    public void Summary_lists_actionable_alterations_by_tier_with_drugs()
    {
        var text = string.Join(" ", ReportRenderer.Layout(SampleReports.BreastCancer()).AllTexts);

        Assert.Contains("Tier I", text, StringComparison.Ordinal);
        Assert.Contains("Tier III", text, StringComparison.Ordinal);
        Assert.Contains("alpelisib + fulvestrant", text, StringComparison.Ordinal);
        Assert.DoesNotContain(SummarySection.NoneFound, text, StringComparison.Ordinal);
        Assert.DoesNotContain(SummarySection.NotAssessed, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_says_none_found_when_the_knowledge_base_found_nothing()
    {
        var report = SampleReports.BreastCancer() with { Actionable = [] };

        var texts = ReportRenderer.Layout(report).AllTexts.ToList();

        Assert.Contains(SummarySection.NoneFound, texts);
        Assert.DoesNotContain(SummarySection.NotAssessed, texts);
    }

    [Fact]
    public void Summary_says_not_assessed_when_no_knowledge_base_was_loaded()
    {
        var report = SampleReports.BreastCancer() with { Actionable = [], KnowledgeBaseVersion = null };

        var texts = ReportRenderer.Layout(report).AllTexts.ToList();

        Assert.Contains(SummarySection.NotAssessed, texts);
        Assert.DoesNotContain(SummarySection.NoneFound, texts);
        Assert.Contains("none", texts);
    }

    [Fact]
    public void Rendering_the_same_report_twice_gives_the_same_bytes()
    {
        var report = SampleReports.WithManyMutations(30);

        Assert.Equal(ReportRenderer.Render(report), ReportRenderer.Render(report));
    }

    [Fact]
    public void The_pdf_is_tagged_and_declares_pdf_a()
    {
        var bytes = ReportRenderer.Render(SampleReports.BreastCancer());

        using var reopened = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        var catalog = reopened.Internals.Catalog;
        Assert.NotNull(catalog.Elements.GetDictionary("/StructTreeRoot"));
        Assert.True(catalog.Elements.GetDictionary("/MarkInfo")!.Elements.GetBoolean("/Marked"));
        var metadata = catalog.Elements.GetDictionary("/Metadata")!;
        Assert.Contains("pdfaid:part", Encoding.UTF8.GetString(metadata.Stream.UnfilteredValue), StringComparison.Ordinal);
    }

    [Fact]
    public void Renders_concurrently()
    {
        var report = SampleReports.BreastCancer();
        var expected = ReportRenderer.Render(report);

        var results = Enumerable.Range(0, 8).AsParallel().Select(_ => ReportRenderer.Render(report)).ToList();

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
