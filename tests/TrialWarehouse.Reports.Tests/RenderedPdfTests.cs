using System.Text.RegularExpressions;
using TrialWarehouse.Domain;
using TrialWarehouse.Reports.Sections;

namespace TrialWarehouse.Reports.Tests;

/// <summary>Reads rendered reports back with independent tools (poppler's pdftotext/pdfinfo, qpdf), as a reader would.</summary>
public partial class RenderedPdfTests
{
    public static TheoryData<string> Patients => ["breast-cancer", "40-alterations-6-lines"];

    private static TumorBoardReport Patient(string name) => name switch
    {
        "breast-cancer" => SampleReports.BreastCancer(),
        "40-alterations-6-lines" => SampleReports.FortyAlterationsSixLines(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [SkippableTheory]
    [MemberData(nameof(Patients))]
    public void The_extracted_text_holds_every_alteration_tier_and_therapy_line(string name)
    {
        var report = Patient(name);
        using var pdf = PdfTools.Save(ReportRenderer.Render(report));

        var lines = PdfTools.Text(pdf.Path).Split('\n').Select(Squeeze).ToList();
        var text = string.Join(" ", lines);

        foreach (var m in report.Mutations)
        {
            // Gene and protein change side by side on one table row; without HGVSp, gene and coding change.
            var expected = $"{m.Gene} {m.HgvsP ?? ReportFormat.Missing} {m.HgvsC}";
            Assert.True(lines.Any(l => l.Contains(expected, StringComparison.Ordinal)), $"mutation row '{expected}' not found");
        }

        foreach (var c in report.CopyNumbers.Where(c => c.State != CopyNumberStates.Neutral))
        {
            var expected = $"{c.Gene} {CopyNumberStates.Name(c.State)}";
            Assert.True(lines.Any(l => l.Contains(expected, StringComparison.Ordinal)), $"copy-number row '{expected}' not found");
        }

        Assert.DoesNotContain(lines, l => l.StartsWith("MYC neutral", StringComparison.Ordinal));

        foreach (var f in report.Fusions ?? [])
        {
            Assert.True(lines.Any(l => l.StartsWith($"{f.Gene5}::{f.Gene3} {f.Breakpoint5} {f.Breakpoint3}", StringComparison.Ordinal)), $"fusion row {f.Alteration} not found");
        }

        foreach (var tier in report.Actionable.Select(a => a.Tier).Distinct())
        {
            Assert.Contains($"Tier {tier}", lines);
        }

        foreach (var a in report.Actionable)
        {
            Assert.Contains(a.Label, text, StringComparison.Ordinal);
            Assert.All(a.Drugs, drug => Assert.Contains(drug, text, StringComparison.Ordinal));
        }

        foreach (var line in report.TherapyLines)
        {
            Assert.Contains($"Line {line.LineNumber}: {line.Regimen}", lines);
            Assert.Contains(ReportFormat.Date(line.StartDate), text, StringComparison.Ordinal);
        }

        Assert.Contains(ClosingSections.MethodsHeading, lines);
        Assert.Contains("Germline origin is not assessed", text, StringComparison.Ordinal);
        Assert.Contains(ClosingSections.DecisionHeading, lines);
        Assert.Contains(lines, l => l.StartsWith("Name Function Signature", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void A_200_alteration_report_repeats_the_mutation_table_header_on_every_continuation_page()
    {
        var report = SampleReports.WithManyMutations(200);
        using var pdf = PdfTools.Save(ReportRenderer.Render(report));

        var pages = PdfTools.PageCount(pdf.Path);
        Assert.Equal(ReportRenderer.Layout(report).Pages.Count, pages);
        var seen = new List<string>();
        var tablePages = 0;
        for (var page = 1; page <= pages; page++)
        {
            var lines = PdfTools.Text(pdf.Path, page).Split('\n').Select(Squeeze).ToList();
            Assert.Contains($"Page {page} of {pages}", string.Join(" ", lines), StringComparison.Ordinal);
            var rows = lines.Select((l, i) => (Line: l, Index: i)).Where(r => GeneRow().IsMatch(r.Line)).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            tablePages++;
            var header = lines.FindIndex(l => l.StartsWith("Gene Protein (HGVSp) Coding (HGVSc) Consequence VAF Depth Locus", StringComparison.Ordinal));
            Assert.True(header >= 0 && header < rows[0].Index, $"page {page}: the mutation table header is missing above its first row");
            seen.AddRange(rows.Select(r => GeneRow().Match(r.Line).Groups["gene"].Value));
        }

        Assert.True(tablePages >= 4, $"200 mutations should need several pages, found them on {tablePages}");
        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"GENE{i:000} p.A{100 + i}T"), seen);
    }

    [SkippableTheory]
    [InlineData(0)]
    [InlineData(200)]
    public void Qpdf_check_passes(int mutations)
    {
        var report = mutations == 0 ? SampleReports.BreastCancer() : SampleReports.WithManyMutations(mutations);
        using var pdf = PdfTools.Save(ReportRenderer.Render(report));

        var (exitCode, stdout, stderr) = PdfTools.RunRaw("qpdf", "--check", pdf.Path);

        // qpdf exits with 3 when it only warns; a clean file gives 0 and no warning.
        Assert.True(exitCode == 0, $"qpdf --check exited with {exitCode}: {stderr}{stdout}");
        Assert.Contains("No syntax or stream encoding errors found", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING", stdout + stderr, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Qpdf_reads_a_tagged_catalog_and_pdf_a_metadata()
    {
        using var pdf = PdfTools.Save(ReportRenderer.Render(SampleReports.BreastCancer()));

        var trailer = PdfTools.Run("qpdf", "--show-object=trailer", pdf.Path);
        var root = Reference().Match(trailer[trailer.IndexOf("/Root", StringComparison.Ordinal)..]).Groups["n"].Value;
        var catalog = PdfTools.Run("qpdf", $"--show-object={root}", pdf.Path);
        Assert.Matches(@"/StructTreeRoot \d+ 0 R", catalog);
        // /MarkInfo may be written inline or as a reference to its dictionary.
        var markInfo = Regex.Match(catalog, @"/MarkInfo (?:(?<inline><<[^>]*>>)|(?<n>\d+) 0 R)");
        Assert.True(markInfo.Success, "the catalog has no /MarkInfo");
        var markDictionary = markInfo.Groups["inline"].Success
            ? markInfo.Groups["inline"].Value
            : PdfTools.Run("qpdf", $"--show-object={markInfo.Groups["n"].Value}", pdf.Path);
        Assert.Matches(@"/Marked true", markDictionary);
        var metadata = Reference().Match(catalog[catalog.IndexOf("/Metadata", StringComparison.Ordinal)..]).Groups["n"].Value;
        var xmp = PdfTools.Run("qpdf", $"--show-object={metadata}", "--filtered-stream-data", pdf.Path);
        Assert.Matches(@"<pdfaid:part>\d</pdfaid:part>", xmp);
        Assert.Matches(@"<pdfaid:conformance>[AB]</pdfaid:conformance>", xmp);
    }

    private static string Squeeze(string line) => Whitespace().Replace(line, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?<gene>GENE\d{3} p\.A\d+T) ")]
    private static partial Regex GeneRow();

    [GeneratedRegex(@"(?<n>\d+) 0 R")]
    private static partial Regex Reference();
}
