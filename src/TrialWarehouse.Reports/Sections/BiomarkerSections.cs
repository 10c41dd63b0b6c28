using System.Globalization;
using TrialWarehouse.Domain;
using TrialWarehouse.Reports.Layout;

namespace TrialWarehouse.Reports.Sections;

/// <summary>What the report shows beyond DNA: IHC scores, the CTC series over the therapy lines, model drug responses.</summary>
internal static class BiomarkerSections
{
    public static void PlaceIhc(FlowLayout flow, TumorBoardReport report, ReportTheme theme)
    {
        flow.Heading("Protein biomarkers (immunohistochemistry)", theme.Heading, StructureTag.Heading2);
        TableLayout.Place(
            flow,
            [new("Marker", 0.8), new("Score", 0.9), new("ISH", 0.7), new("Class", 1.2), new("Clone", 0.8), new("Sample", 1.75), new("Tier", 0.6)],
            [.. report.Ihc!.OrderBy(i => i.SampleId, StringComparer.Ordinal).ThenBy(i => i.Marker, StringComparer.Ordinal).Select(i =>
            {
                var tier = AlterationSections.TierOf(report, i.Gene, i.Alteration);
                return new TableRow([i.Marker, i.Score, ReportFormat.Text(i.Ish), ReportFormat.Text(i.Her2Class), i.AntibodyClone, i.SampleId, tier],
                    Bold: tier != ReportFormat.Missing);
            })],
            theme.Table);
        flow.Paragraph("HER2-positive: IHC 3+, or 2+ with a positive ISH (ASCO/CAP). HER2-low: IHC 1+, or 2+ with a negative ISH (DESTINY-Breast04). Rows in bold match the knowledge base.", theme.Fine);
    }

    public static void PlaceCtc(FlowLayout flow, TumorBoardReport report, ReportTheme theme)
    {
        const string heading = "Circulating tumor cells";
        var draws = report.CtcDraws!.OrderBy(d => d.Date).ThenBy(d => d.Method, StringComparer.Ordinal).ToList();
        var lines = report.TherapyLines.OrderBy(l => l.LineNumber).ToList();
        flow.Advance(10);
        flow.KeepTogether(block =>
        {
            block.Heading(heading, theme.Heading, StructureTag.Heading2, keepWithNext: 0);
            CtcChart.Place(block, draws, lines, report.ReportDate, AltText(draws), theme.Timeline);
        });

        if (report.CtcLines is { Count: > 0 } kinetics)
        {
            TableLayout.Place(
                flow,
                [new("Line", 0.5, AlignRight: true), new("Regimen", 1.9), new("Baseline CTC", 1.4, AlignRight: true), new("First on treatment", 1.4, AlignRight: true), new("Conversion", 1.0)],
                [.. kinetics.Select(k => new TableRow(
                    [
                        k.LineNumber.ToString(CultureInfo.InvariantCulture), k.Regimen, Count(k.BaselineCount, k.BaselineDate),
                        Count(k.OnTreatmentCount, k.OnTreatmentDate), k.Conversion switch { true => "yes (≥ 5 to < 5)", false => "no", null => ReportFormat.Missing },
                    ],
                    Bold: k.Conversion == true,
                    Shaded: k.Matched))],
                theme.Table);
        }

        flow.Paragraph(
            $"CTCs per 7.5 mL of blood; the chart's scale is logarithmic and its dashed line the threshold of {CtcKinetics.Threshold} (CellSearch; Cristofanilli et al., N Engl J Med 2004). " +
            $"Baseline: the last CellSearch count on the line's start day or up to {CtcKinetics.BaselineWindowDays} days before; conversion: from ≥ 5 at baseline to < 5 at the first count on treatment. Counts by other methods are drawn hollow and do not enter the kinetics. Matched lines are shaded.",
            theme.Fine);
    }

    public static void PlaceModelResponses(FlowLayout flow, TumorBoardReport report, ReportTheme theme)
    {
        flow.Heading("Patient-derived models: drug responses", theme.Heading, StructureTag.Heading2);
        TableLayout.Place(
            flow,
            [new("Model", 1.6), new("Kind", 0.7), new("Passage", 0.7, AlignRight: true), new("Drug", 1.2), new("Dose", 1.0), new("Response", 1.1), new("Sample", 1.75)],
            [.. report.ModelResponses!.OrderBy(m => m.ModelId, StringComparer.Ordinal).ThenBy(m => m.Drug, StringComparer.Ordinal).ThenBy(m => m.Result, StringComparer.Ordinal)
                .Select(m => new TableRow([m.ModelId, m.ModelKind, ReportFormat.Integer(m.Passage), m.Drug, ReportFormat.Text(m.Dose), m.Result, m.SampleId]))],
            theme.Table);
        flow.Paragraph("TGI: tumor growth inhibition of the xenograft against its control (above 100%: regression); mRECIST: modified RECIST for xenografts (mCR, mPR, mSD, mPD); IC50 and AUC (0 to 1) from the tumoroid's dose-response curve.", theme.Fine);
    }

    private static string Count(int? count, DateOnly? date) =>
        count is { } c && date is { } d ? $"{c.ToString(CultureInfo.InvariantCulture)} ({ReportFormat.Date(d)})" : ReportFormat.Missing;

    private static string AltText(List<ReportCtcDraw> draws) =>
        $"CTC counts per 7.5 mL over the therapy lines, {draws.Count} draws: " +
        string.Join("; ", draws.Select(d => $"{ReportFormat.Date(d.Date)} {d.Count.ToString(CultureInfo.InvariantCulture)} ({d.Method}{(d.LineNumber is { } l ? $", line {l}" : "")})")) + ".";
}
