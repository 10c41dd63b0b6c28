using PdfSharp.Drawing;
using TrialWarehouse.Reports.Layout;
using TrialWarehouse.Reports.Sections;

namespace TrialWarehouse.Reports;

/// <summary>Lays the report out, section by section, then adds the running header and the footer to every page.</summary>
internal static class ReportComposer
{
    public const string Title = "Molecular Tumor Board Report";

    public static DocumentLayout Compose(TumorBoardReport report, ReportTheme theme, XGraphics measure)
    {
        var flow = new FlowLayout(PageGeometry.A4, measure);
        Section(flow, () => HeaderSection.Place(flow, report, theme));
        Section(flow, () => SummarySection.Place(flow, report, theme));
        Section(flow, () => AlterationSections.PlaceMutations(flow, report, theme));
        Section(flow, () => AlterationSections.PlaceCopyNumbers(flow, report, theme));
        Section(flow, () => AlterationSections.PlaceFusions(flow, report, theme));
        if (report.Ihc is { Count: > 0 })
            Section(flow, () => BiomarkerSections.PlaceIhc(flow, report, theme));
        Section(flow, () => TreatmentSection.Place(flow, report, theme));
        if (report.CtcDraws is { Count: > 0 })
            Section(flow, () => BiomarkerSections.PlaceCtc(flow, report, theme));
        if (report.ModelResponses is { Count: > 0 })
            Section(flow, () => BiomarkerSections.PlaceModelResponses(flow, report, theme));
        Section(flow, () => ClosingSections.PlaceMethods(flow, report, theme));
        Section(flow, () => ClosingSections.PlaceDecision(flow, theme));
        return flow.Finish().WithFurniture((page, total) => Furniture(flow, report, theme, page, total));
    }

    private static void Section(FlowLayout flow, Action place)
    {
        flow.Add(new BeginTagOp(StructureTag.Section));
        place();
        flow.Add(EndTagOp.Instance);
    }

    public static string Footer(int page, int total) => $"Page {page} of {total}";

    private static IEnumerable<LayoutOp> Furniture(FlowLayout flow, TumorBoardReport report, ReportTheme theme, int page, int total)
    {
        var g = flow.Geometry;
        var headerY = g.ContentTop - 26;
        if (page > 1)
        {
            yield return new TextOp(report.Institution, theme.Label, g.MarginLeft, headerY);
            var title = $"{Title} · {report.Patient.PatientId}";
            yield return new TextOp(title, theme.Label, g.Right - flow.TextWidth(title, theme.Label), headerY);
            yield return new LineOp(new(g.MarginLeft, headerY + 12), new(g.Right, headerY + 12), ReportTheme.Rule, 0.5);
        }

        var footerY = g.ContentBottom + 18;
        yield return new LineOp(new(g.MarginLeft, footerY - 5), new(g.Right, footerY - 5), ReportTheme.Rule, 0.5);
        yield return new TextOp($"Patient {report.Patient.PatientId} · Report date {ReportFormat.Date(report.ReportDate)}", theme.Label, g.MarginLeft, footerY);
        var pageText = Footer(page, total);
        yield return new TextOp(pageText, theme.Label, g.Right - flow.TextWidth(pageText, theme.Label), footerY);
    }
}
