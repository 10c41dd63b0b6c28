using System.Globalization;
using PdfSharp.Drawing;

namespace TrialWarehouse.Reports.Layout;

/// <summary>One bar of the timeline: <see cref="End"/> is the last day shown; <see cref="Ongoing"/> draws an open end.</summary>
internal sealed record TimelineSpan(string Label, string? Note, DateOnly Start, DateOnly End, bool Ongoing, IReadOnlyList<DateOnly> Marks, bool Emphasized);

internal sealed record TimelineStyle(TextStyle Label, TextStyle Note, TextStyle Axis, XColor Bar, XColor EmphasizedBar, XColor Mark, XColor Grid);

/// <summary>A horizontal bar chart over calendar time, kept on one page, tagged as a figure with alternative text.</summary>
internal static class TimelineChart
{
    private const double LabelColumn = 175;
    private const double BarHeight = 9;
    private const double RowPadding = 5;
    private const double AxisHeight = 16;

    public static void Place(FlowLayout flow, IReadOnlyList<TimelineSpan> spans, string altText, string emphasizedLegend, string plainLegend, TimelineStyle style)
    {
        if (spans.Count == 0)
        {
            return;
        }

        flow.KeepTogether(block => Draw(block, spans, altText, emphasizedLegend, plainLegend, style));
    }

    private static void Draw(FlowLayout block, IReadOnlyList<TimelineSpan> spans, string altText, string emphasizedLegend, string plainLegend, TimelineStyle style)
    {
        var first = new DateOnly(spans.Min(s => s.Start).Year, spans.Min(s => s.Start).Month, 1);
        var lastDay = spans.Max(s => s.End);
        var last = new DateOnly(lastDay.Year, lastDay.Month, 1).AddMonths(1);
        var plotLeft = block.Left + LabelColumn;
        var plotWidth = block.Width - LabelColumn - 8;
        var totalDays = Math.Max(1, last.DayNumber - first.DayNumber);
        double XOf(DateOnly d) => plotLeft + plotWidth * (d.DayNumber - first.DayNumber) / totalDays;

        // Labels and notes wrap inside the label column, so neither runs under the bars.
        var rows = spans.Select(s => (
                Span: s,
                Lines: block.Wrap(s.Label, style.Label, LabelColumn - 10),
                Notes: s.Note is null ? [] : block.Wrap(s.Note, style.Note, LabelColumn - 10)))
            .ToList();
        var rowHeights = rows.Select(r => r.Lines.Count * style.Label.LineHeight + r.Notes.Count * style.Note.LineHeight + 2 * RowPadding).ToList();
        var chartHeight = rowHeights.Sum() + AxisHeight;
        var legendHeight = style.Note.LineHeight + 8;
        var top = block.Y;

        block.Add(new BeginTagOp(StructureTag.Figure, altText, new XRect(block.Left, top, block.Width, chartHeight + legendHeight)));
        DrawGrid(block, first, last, top, rowHeights.Sum(), plotLeft, plotWidth, XOf, style);

        var y = top;
        for (var i = 0; i < rows.Count; i++)
        {
            DrawRow(block, rows[i].Span, rows[i].Lines, rows[i].Notes, y, rowHeights[i], XOf, style);
            y += rowHeights[i];
        }

        block.Advance(chartHeight);
        DrawLegend(block, emphasizedLegend, plainLegend, style);
        block.Add(EndTagOp.Instance);
        block.Advance(6);
    }

    private static void DrawGrid(FlowLayout block, DateOnly first, DateOnly last, double top, double rowsHeight, double plotLeft, double plotWidth, Func<DateOnly, double> xOf, TimelineStyle style)
    {
        var months = (last.Year - first.Year) * 12 + last.Month - first.Month;
        var step = months <= 12 ? 2 : months <= 24 ? 3 : months <= 48 ? 6 : 12;
        var bottom = top + rowsHeight;
        block.Add(new LineOp(new XPoint(plotLeft, bottom), new XPoint(plotLeft + plotWidth, bottom), style.Axis.Color, 0.6));
        for (var tick = first; tick <= last; tick = tick.AddMonths(step))
        {
            var x = xOf(tick);
            block.Add(new LineOp(new XPoint(x, top), new XPoint(x, bottom), style.Grid, 0.4));
            block.Add(new LineOp(new XPoint(x, bottom), new XPoint(x, bottom + 3), style.Axis.Color, 0.6));
            var label = tick.ToString("MMM yyyy", CultureInfo.InvariantCulture);
            var width = block.TextWidth(label, style.Axis);
            var labelX = Math.Min(Math.Max(x - width / 2, plotLeft - 4), plotLeft + plotWidth + 4 - width);
            block.Add(new TextOp(label, style.Axis, labelX, bottom + 4));
        }
    }

    private static void DrawRow(
        FlowLayout block, TimelineSpan span, IReadOnlyList<string> labelLines, IReadOnlyList<string> noteLines, double top, double height,
        Func<DateOnly, double> xOf, TimelineStyle style)
    {
        var textY = top + RowPadding;
        foreach (var line in labelLines)
        {
            block.Add(new TextOp(line, style.Label, block.Left, textY));
            textY += style.Label.LineHeight;
        }

        foreach (var line in noteLines)
        {
            block.Add(new TextOp(line, style.Note, block.Left, textY));
            textY += style.Note.LineHeight;
        }

        var barTop = top + (height - BarHeight) / 2;
        var x0 = xOf(span.Start);
        var x1 = Math.Max(xOf(span.End), x0 + 1.5);
        var color = span.Emphasized ? style.EmphasizedBar : style.Bar;
        block.Add(new RectOp(new XRect(x0, barTop, x1 - x0, BarHeight), color));
        if (span.Ongoing)
        {
            // An open, arrow-shaped end: the line was still running at the report date.
            block.Add(new PolygonOp([new(x1, barTop - 2), new(x1 + 6, barTop + BarHeight / 2), new(x1, barTop + BarHeight + 2)], color));
        }

        foreach (var mark in span.Marks)
        {
            var mx = xOf(mark);
            block.Add(new PolygonOp([new(mx - 4, barTop - 6), new(mx + 4, barTop - 6), new(mx, barTop + 1)], style.Mark));
        }
    }

    private static void DrawLegend(FlowLayout block, string emphasizedLegend, string plainLegend, TimelineStyle style)
    {
        var y = block.Y + 6;
        var x = block.Left;
        var swatchTop = y + (style.Note.LineHeight - 7) / 2;

        void Swatch(XColor color, string text)
        {
            block.Add(new RectOp(new XRect(x, swatchTop, 14, 7), color));
            block.Add(new TextOp(text, style.Note, x + 18, y));
            x += 18 + block.TextWidth(text, style.Note) + 14;
        }

        Swatch(style.EmphasizedBar, emphasizedLegend);
        Swatch(style.Bar, plainLegend);
        block.Add(new PolygonOp([new(x, swatchTop - 1), new(x + 8, swatchTop - 1), new(x + 4, swatchTop + 7)], style.Mark));
        block.Add(new TextOp("progression", style.Note, x + 12, y));
        x += 12 + block.TextWidth("progression", style.Note) + 14;
        block.Add(new PolygonOp([new(x, swatchTop - 1), new(x + 6, swatchTop + 3.5), new(x, swatchTop + 8)], style.Bar));
        block.Add(new TextOp("ongoing at report date", style.Note, x + 10, y));
        block.Advance(style.Note.LineHeight + 8);
    }
}
