using System.Globalization;
using PdfSharp.Drawing;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Reports.Layout;

/// <summary>
/// CTC counts over calendar time on a logarithmic scale (counts span 0 to thousands), with the threshold of 5 dashed
/// and the therapy lines as bars beneath, on the same time axis: a figure with alternative text, kept on one page.
/// </summary>
internal static class CtcChart
{
    private const double LabelColumn = 175;
    private const double PlotHeight = 80;
    private const double LineBandHeight = 14;
    private const double AxisHeight = 16;
    private const double PointSize = 4.5;

    public static void Place(FlowLayout block, IReadOnlyList<ReportCtcDraw> draws, IReadOnlyList<ReportTherapyLine> lines, DateOnly reportDate,
        string altText, TimelineStyle style)
    {
        var dates = draws.Select(d => d.Date).Concat(lines.Select(l => l.StartDate)).ToList();
        var ends = draws.Select(d => d.Date).Concat(lines.Select(l => l.EndDate ?? reportDate)).ToList();
        var first = new DateOnly(dates.Min().Year, dates.Min().Month, 1);
        var last = new DateOnly(ends.Max().Year, ends.Max().Month, 1).AddMonths(1);
        var plotLeft = block.Left + LabelColumn;
        var plotWidth = block.Width - LabelColumn - 8;
        var totalDays = Math.Max(1, last.DayNumber - first.DayNumber);
        double XOf(DateOnly d) => plotLeft + plotWidth * (d.DayNumber - first.DayNumber) / totalDays;
        var top = block.Y + 4;
        var bottom = top + PlotHeight;
        var maxTick = Ticks.First(t => t >= Math.Max(10, draws.Max(d => d.Count)));
        double YOf(int count) => bottom - PlotHeight * Math.Log10(count + 1) / Math.Log10(maxTick + 1);
        var height = 4 + PlotHeight + LineBandHeight + AxisHeight;

        block.Add(new BeginTagOp(StructureTag.Figure, altText, new XRect(block.Left, block.Y, block.Width, height)));
        block.Add(new TextOp("CTC per 7.5 mL", style.Label, block.Left, top));
        block.Add(new TextOp("log scale; filled: CellSearch", style.Note, block.Left, top + style.Label.LineHeight));
        DrawValueAxis(block, plotLeft, plotWidth, maxTick, YOf, style);
        DrawSeries(block, draws, XOf, YOf, style);

        var bandTop = bottom + 3;
        block.Add(new TextOp("Therapy lines", style.Label, block.Left, bandTop + 1));
        foreach (var line in lines)
        {
            var x0 = XOf(line.StartDate);
            var x1 = Math.Max(XOf(line.EndDate ?? reportDate), x0 + 1.5);
            block.Add(new RectOp(new XRect(x0, bandTop + 2, x1 - x0, LineBandHeight - 5), line.Matched ? style.EmphasizedBar : style.Bar));
            var label = "L" + line.LineNumber.ToString(CultureInfo.InvariantCulture);
            if (block.TextWidth(label, style.Axis) + 4 < x1 - x0)
                block.Add(new TextOp(label, style.Axis with { Color = XColors.White }, x0 + 2, bandTop + 2.5));
        }

        DrawTimeAxis(block, first, last, bandTop + LineBandHeight, plotLeft, plotWidth, XOf, style);
        block.Advance(height);
        block.Add(EndTagOp.Instance);
        block.Advance(6);
    }

    private static readonly int[] Ticks = [0, 1, 5, 10, 50, 100, 500, 1000, 5000, 10000, 50000, 100000, int.MaxValue];

    private static void DrawValueAxis(FlowLayout block, double plotLeft, double plotWidth, int maxTick, Func<int, double> yOf, TimelineStyle style)
    {
        foreach (var tick in Ticks.TakeWhile(t => t <= maxTick))
        {
            var y = yOf(tick);
            block.Add(new LineOp(new XPoint(plotLeft, y), new XPoint(plotLeft + plotWidth, y), style.Grid, 0.4));
            var label = tick.ToString(CultureInfo.InvariantCulture);
            block.Add(new TextOp(label, style.Axis, plotLeft - 4 - block.TextWidth(label, style.Axis), y - style.Axis.LineHeight / 2));
        }

        // The threshold, dashed by hand: the layout ops draw solid lines only.
        var threshold = yOf(CtcKinetics.Threshold);
        for (var x = plotLeft; x < plotLeft + plotWidth; x += 6)
            block.Add(new LineOp(new XPoint(x, threshold), new XPoint(Math.Min(x + 3, plotLeft + plotWidth), threshold), style.Mark, 0.8));
        block.Add(new LineOp(new XPoint(plotLeft, yOf(0)), new XPoint(plotLeft, yOf(maxTick)), style.Axis.Color, 0.6));
    }

    private static void DrawSeries(FlowLayout block, IReadOnlyList<ReportCtcDraw> draws, Func<DateOnly, double> xOf, Func<int, double> yOf, TimelineStyle style)
    {
        var cellSearch = draws.Where(d => d.Method == CtcVocabulary.CellSearch).ToList();
        for (var i = 1; i < cellSearch.Count; i++)
            block.Add(new LineOp(new XPoint(xOf(cellSearch[i - 1].Date), yOf(cellSearch[i - 1].Count)), new XPoint(xOf(cellSearch[i].Date), yOf(cellSearch[i].Count)),
                style.EmphasizedBar, 0.8));
        foreach (var draw in draws)
        {
            var (x, y) = (xOf(draw.Date), yOf(draw.Count));
            var square = new XRect(x - PointSize / 2, y - PointSize / 2, PointSize, PointSize);
            block.Add(draw.Method == CtcVocabulary.CellSearch
                ? new RectOp(square, style.EmphasizedBar)
                : new RectOp(square, XColors.White, style.EmphasizedBar, 0.8));
            var label = draw.Count.ToString(CultureInfo.InvariantCulture);
            block.Add(new TextOp(label, style.Axis, x - block.TextWidth(label, style.Axis) / 2, y - PointSize / 2 - style.Axis.LineHeight - 0.5));
        }
    }

    private static void DrawTimeAxis(FlowLayout block, DateOnly first, DateOnly last, double y, double plotLeft, double plotWidth, Func<DateOnly, double> xOf, TimelineStyle style)
    {
        var months = (last.Year - first.Year) * 12 + last.Month - first.Month;
        var step = months <= 12 ? 2 : months <= 24 ? 3 : months <= 48 ? 6 : 12;
        block.Add(new LineOp(new XPoint(plotLeft, y), new XPoint(plotLeft + plotWidth, y), style.Axis.Color, 0.6));
        for (var tick = first; tick <= last; tick = tick.AddMonths(step))
        {
            var x = xOf(tick);
            block.Add(new LineOp(new XPoint(x, y), new XPoint(x, y + 3), style.Axis.Color, 0.6));
            var label = tick.ToString("MMM yyyy", CultureInfo.InvariantCulture);
            var width = block.TextWidth(label, style.Axis);
            block.Add(new TextOp(label, style.Axis, Math.Min(Math.Max(x - width / 2, plotLeft - 4), plotLeft + plotWidth + 4 - width), y + 4));
        }
    }
}
