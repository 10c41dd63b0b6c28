using TrialWarehouse.Domain;
using TrialWarehouse.Reports.Layout;

namespace TrialWarehouse.Reports.Sections;

/// <summary>The tables of somatic mutations, copy-number alterations (neutral states left out) and fusions.</summary>
internal static class AlterationSections
{
    public static void PlaceMutations(FlowLayout flow, TumorBoardReport report, ReportTheme theme)
    {
        flow.Heading("Somatic mutations", theme.Heading, StructureTag.Heading2);
        if (report.Mutations.Count == 0)
        {
            flow.Paragraph("No somatic mutation reported.", theme.Body);
            return;
        }

        var withSample = report.Samples.Count > 1;
        List<TableColumn> columns =
        [
            new("Gene", 0.7), new("Protein (HGVSp)", 1.3), new("Coding (HGVSc)", 1.25), new("Consequence", 1.15),
            new("VAF", 0.6, AlignRight: true), new("Depth", 0.55, AlignRight: true), new("Locus", 1.75), new("Tier", 0.65),
        ];
        if (withSample)
        {
            columns.Insert(0, new("Sample", 1.75));
        }

        var rows = report.Mutations
            .OrderBy(m => m.Gene, StringComparer.Ordinal)
            .ThenBy(m => m.Locus, StringComparer.Ordinal)
            .Select(m =>
            {
                List<string> cells =
                [
                    m.Gene, ReportFormat.Text(m.HgvsP), ReportFormat.Text(m.HgvsC), ReportFormat.Text(m.Consequence?.Replace('_', ' ')),
                    ReportFormat.Percent(m.Vaf), ReportFormat.Integer(m.Depth), m.Locus,
                    TierOf(report, m.Gene, m.HgvsP ?? m.Consequence),
                ];
                if (withSample)
                {
                    cells.Insert(0, m.SampleId);
                }

                return new TableRow(cells);
            })
            .ToList();
        TableLayout.Place(flow, columns, rows, theme.Table);
    }

    /// <summary>
    /// The alteration's tier and level as the summary box gives them (evidence and drugs are there); "–" when the
    /// knowledge base ranks it nowhere.
    /// </summary>
    internal static string TierOf(TumorBoardReport report, string gene, string? alteration) =>
        report.Actionable.FirstOrDefault(a => a.Gene == gene && a.Alteration == alteration) is { } match
            ? match.Level is null ? match.Tier : $"{match.Tier} ({match.Level})"
            : ReportFormat.Missing;

    public static void PlaceCopyNumbers(FlowLayout flow, TumorBoardReport report, ReportTheme theme)
    {
        flow.Heading("Copy-number alterations", theme.Heading, StructureTag.Heading2);
        var altered = report.CopyNumbers
            .Where(c => c.State != CopyNumberStates.Neutral)
            .OrderByDescending(c => Math.Abs(c.State))
            .ThenBy(c => c.Gene, StringComparer.Ordinal)
            .ToList();
        if (altered.Count == 0)
        {
            flow.Paragraph("No copy-number alteration reported.", theme.Body);
            return;
        }

        TableLayout.Place(
            flow,
            [new("Gene", 1), new("Alteration", 1.6), new("Copy number", 1, AlignRight: true), new("log2 ratio", 1, AlignRight: true), new("Sample", 1.6)],
            [.. altered.Select(c => new TableRow(
                [c.Gene, CopyNumberStates.Name(c.State), ReportFormat.Number(c.CopyNumber, "0.0"), ReportFormat.Number(c.Log2Ratio, "0.00"), c.SampleId],
                Bold: Math.Abs(c.State) == 2))],
            theme.Table);
    }

    public static void PlaceFusions(FlowLayout flow, TumorBoardReport report, ReportTheme theme)
    {
        flow.Heading("Gene fusions", theme.Heading, StructureTag.Heading2);
        if (report.Fusions is not { Count: > 0 } fusions)
        {
            flow.Paragraph("No gene fusion reported.", theme.Body);
            return;
        }

        TableLayout.Place(
            flow,
            [new("Fusion", 1.3), new("5' breakpoint", 1.3), new("3' breakpoint", 1.3), new("Supporting reads", 1, AlignRight: true), new("Sample", 1.75), new("Tier", 0.7)],
            [.. fusions.OrderBy(f => f.Gene5, StringComparer.Ordinal).ThenBy(f => f.Gene3, StringComparer.Ordinal).Select(f => new TableRow(
                [$"{f.Gene5}::{f.Gene3}", f.Breakpoint5, f.Breakpoint3, ReportFormat.Integer(f.SupportingReads), f.SampleId,
                 TierOf(report, f.Gene5, f.Alteration)],
                Bold: true))],
            theme.Table);
    }
}
