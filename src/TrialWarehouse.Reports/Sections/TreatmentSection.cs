using System.Globalization;
using TrialWarehouse.Reports.Layout;

namespace TrialWarehouse.Reports.Sections;

/// <summary>The therapy lines as a timeline, and a table of PFS per line with the PFS2/PFS1 ratio of matched lines.</summary>
internal static class TreatmentSection
{
    public static void Place(FlowLayout flow, TumorBoardReport report, ReportTheme theme)
    {
        const string heading = "Treatment history";
        var lines = report.TherapyLines.OrderBy(l => l.LineNumber).ToList();
        if (lines.Count == 0)
        {
            flow.Heading(heading, theme.Heading, StructureTag.Heading2);
            flow.Paragraph("No therapy line recorded.", theme.Body);
            return;
        }

        var spans = lines.Select(l => new TimelineSpan(
            $"Line {l.LineNumber}: {l.Regimen}",
            Note(l),
            l.StartDate,
            l.EndDate ?? report.ReportDate,
            Ongoing: l.EndDate is null,
            l.ProgressionDate is { } p ? [p] : [],
            l.Matched)).ToList();
        // The heading travels with the whole chart: a chart too tall for the rest of the page must not leave it orphaned.
        flow.Advance(10);
        flow.KeepTogether(block =>
        {
            block.Heading(heading, theme.Heading, StructureTag.Heading2, keepWithNext: 0);
            TimelineChart.Place(block, spans, AltText(lines, report.ReportDate), "matched therapy", "other line", theme.Timeline);
        });

        var ratios = TherapyOutcomes.Ratios(lines);
        TableLayout.Place(
            flow,
            [new("Line", 0.5, AlignRight: true), new("Regimen", 1.7), new("Start – end", 1.25), new("Best response", 0.95), new("Matched to", 1.15), new("PFS", 1.5, AlignRight: true), new("PFS2/PFS1", 1.0, AlignRight: true)],
            [.. lines.Select(l => new TableRow(
                [
                    l.LineNumber.ToString(CultureInfo.InvariantCulture), l.Regimen,
                    $"{ReportFormat.Date(l.StartDate)} – {(l.EndDate is { } end ? ReportFormat.Date(end) : "ongoing")}",
                    ReportFormat.Text(l.BestResponse), l.Matched ? ReportFormat.Text(l.MatchedAlteration) : "no",
                    Pfs(l), ratios.TryGetValue(l.LineNumber, out var ratio) ? Ratio(ratio) : ReportFormat.Missing,
                ],
                Bold: l.Matched,
                Shaded: l.Matched))],
            theme.Table);
        flow.Paragraph(
            $"PFS from line start to progression, or to the last follow-up when censored; months = days / 30.44. PFS2/PFS1 compares a matched line with the line before it; a ratio ≥ {TherapyOutcomes.BenefitThreshold.ToString("0.0", CultureInfo.InvariantCulture)} indicates benefit. Matched lines are shaded.",
            theme.Fine);
    }

    private static string? Note(ReportTherapyLine line)
    {
        var parts = new List<string>();
        if (line.BestResponse is not null)
        {
            parts.Add($"best response: {line.BestResponse}");
        }

        if (line.Matched)
        {
            parts.Add(line.MatchedAlteration is null ? "matched" : $"matched: {line.MatchedAlteration}");
        }

        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }

    private static string Pfs(ReportTherapyLine line) => line.PfsDays is { } days
        ? $"{days.ToString(CultureInfo.InvariantCulture)} d ({TherapyOutcomes.Months(days).ToString("0.0", CultureInfo.InvariantCulture)} mo){(line.PfsCensored ? " censored" : string.Empty)}"
        : ReportFormat.Missing;

    private static string Ratio(PfsRatio ratio)
    {
        var value = ratio.Value.ToString("0.00", CultureInfo.InvariantCulture);
        var text = ratio.CurrentCensored ? $"≥ {value}" : value;
        if (ratio.Benefit)
        {
            text += " (≥ 1.3)";
        }

        return ratio.PreviousCensored ? text + ", previous line censored" : text;
    }

    private static string AltText(List<ReportTherapyLine> lines, DateOnly reportDate)
    {
        var described = lines.Select(l =>
            $"line {l.LineNumber}, {l.Regimen}, {ReportFormat.Date(l.StartDate)} to {(l.EndDate is { } e ? ReportFormat.Date(e) : "ongoing at " + ReportFormat.Date(reportDate))}"
            + (l.ProgressionDate is { } p ? $", progression {ReportFormat.Date(p)}" : string.Empty)
            + (l.BestResponse is null ? string.Empty : $", best response {l.BestResponse}")
            + (l.Matched ? ", genomically matched" : string.Empty));
        return $"Timeline of {lines.Count} therapy lines: " + string.Join("; ", described) + ".";
    }
}
