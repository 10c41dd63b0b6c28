using PdfSharp.Drawing;

namespace TrialWarehouse.Reports.Layout;

/// <summary>A column: its header, its share of the table width (relative weight), and its alignment.</summary>
internal sealed record TableColumn(string Header, double Weight, bool AlignRight = false);

/// <summary>A body row, optionally in bold text and on a tinted background.</summary>
internal sealed record TableRow(IReadOnlyList<string> Cells, bool Bold = false, bool Shaded = false);

internal sealed record TableStyle(TextStyle Header, TextStyle Body, TextStyle BoldBody, XColor HeaderFill, XColor ShadeFill, XColor Rule, double Padding = 3);

/// <summary>Which body rows (by index) landed on which page, and whether the header was repeated there.</summary>
internal sealed record TablePageSlice(int PageNumber, bool HeaderRepeated, IReadOnlyList<int> RowIndices);

internal sealed record TablePlacement(IReadOnlyList<TablePageSlice> Slices);

/// <summary>Tables whose rows break across pages, with the header row repeated at the top of each continuation page.</summary>
internal static class TableLayout
{
    public static TablePlacement Place(FlowLayout flow, IReadOnlyList<TableColumn> columns, IReadOnlyList<TableRow> rows, TableStyle style)
    {
        var widths = ColumnWidths(columns, flow.Width);
        var headerCells = columns.Select(c => c.Header).ToList();
        var headerHeight = RowHeight(flow, headerCells, widths, style.Header, style.Padding);
        var rowHeights = rows.Select(r => RowHeight(flow, r.Cells, widths, BodyStyle(r, style), style.Padding)).ToList();

        // The header never sits alone at the bottom of a page.
        flow.EnsureSpace(headerHeight + (rowHeights.Count > 0 ? rowHeights[0] : 0));
        var slices = new List<TablePageSlice>();
        var current = new List<int>();
        var repeated = false;

        flow.Add(new BeginTagOp(StructureTag.Table));
        flow.Add(new BeginTagOp(StructureTag.TableHead));
        DrawRow(flow, headerCells, columns, widths, headerHeight, style.Header, style.HeaderFill, style, StructureTag.TableHeaderCell);
        flow.Add(EndTagOp.Instance);
        flow.Add(new BeginTagOp(StructureTag.TableBody));

        for (var i = 0; i < rows.Count; i++)
        {
            // A row taller than a whole page is placed anyway (and overflows) rather than leaving an empty page.
            if (rowHeights[i] > flow.Remaining && current.Count > 0)
            {
                slices.Add(new TablePageSlice(flow.PageNumber, repeated, current));
                current = [];
                repeated = true;
                flow.NewPage();
                flow.Add(new BeginTagOp(StructureTag.Artifact));
                DrawRow(flow, headerCells, columns, widths, headerHeight, style.Header, style.HeaderFill, style, cellTag: null);
                flow.Add(EndTagOp.Instance);
            }

            var row = rows[i];
            XColor? fill = row.Shaded ? style.ShadeFill : null;
            DrawRow(flow, row.Cells, columns, widths, rowHeights[i], BodyStyle(row, style), fill, style, StructureTag.TableCell);
            current.Add(i);
        }

        slices.Add(new TablePageSlice(flow.PageNumber, repeated, current));
        flow.Add(EndTagOp.Instance);
        flow.Add(EndTagOp.Instance);
        flow.Advance(6);
        return new TablePlacement(slices);
    }

    private static TextStyle BodyStyle(TableRow row, TableStyle style) => row.Bold ? style.BoldBody : style.Body;

    private static double[] ColumnWidths(IReadOnlyList<TableColumn> columns, double total)
    {
        var sum = columns.Sum(c => c.Weight);
        return [.. columns.Select(c => total * c.Weight / sum)];
    }

    private static double RowHeight(FlowLayout flow, IReadOnlyList<string> cells, double[] widths, TextStyle text, double padding)
    {
        var lines = cells.Select((cell, i) => flow.Wrap(cell, text, widths[i] - 2 * padding).Count).Max();
        return lines * text.LineHeight + 2 * padding;
    }

    // cellTag null: the repeated header on a continuation page, drawn as an artifact so it is read only once.
    private static void DrawRow(
        FlowLayout flow, IReadOnlyList<string> cells, IReadOnlyList<TableColumn> columns, double[] widths, double height,
        TextStyle text, XColor? fill, TableStyle style, StructureTag? cellTag)
    {
        var top = flow.Y;
        if (fill is { } background)
        {
            flow.Add(new RectOp(new XRect(flow.Left, top, flow.Width, height), background));
        }

        if (cellTag is not null)
        {
            flow.Add(new BeginTagOp(StructureTag.TableRow));
        }

        var x = flow.Left;
        for (var i = 0; i < cells.Count; i++)
        {
            if (cellTag is { } tag)
            {
                flow.Add(new BeginTagOp(tag));
            }

            var inner = widths[i] - 2 * style.Padding;
            var lineTop = top + style.Padding;
            foreach (var line in flow.Wrap(cells[i], text, inner))
            {
                var lineX = columns[i].AlignRight ? x + widths[i] - style.Padding - flow.TextWidth(line, text) : x + style.Padding;
                flow.Add(new TextOp(line, text, lineX, lineTop));
                lineTop += text.LineHeight;
            }

            if (cellTag is not null)
            {
                flow.Add(EndTagOp.Instance);
            }

            x += widths[i];
        }

        if (cellTag is not null)
        {
            flow.Add(EndTagOp.Instance);
        }

        flow.Add(new LineOp(new XPoint(flow.Left, top + height), new XPoint(flow.Left + flow.Width, top + height), style.Rule, 0.5));
        flow.Advance(height);
    }
}
