using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace TrialWarehouse.Reports.Layout;

/// <summary>
/// Draws a <see cref="DocumentLayout"/> into a PDF document, page by page. When tagged, structure tags become PDF/UA
/// structure elements, and shapes outside figures (rules, cell backgrounds) become artifacts, because a tagged PDF
/// allows no drawing outside the structure tree.
/// </summary>
internal static class PdfPainter
{
    public static void Paint(DocumentLayout layout, PdfDocument document, bool tagged)
    {
        var builder = tagged ? UAManager.ForDocument(document).StructureBuilder : null;
        var open = new Stack<StructureTag>();
        var brushes = new Dictionary<XColor, XBrush>();
        XBrush BrushOf(XColor color) => brushes.TryGetValue(color, out var b) ? b : brushes[color] = new XSolidBrush(color);

        foreach (var page in layout.Pages)
        {
            var pdfPage = document.AddPage();
            pdfPage.Width = XUnit.FromPoint(layout.Geometry.Width);
            pdfPage.Height = XUnit.FromPoint(layout.Geometry.Height);
            using var gfx = XGraphics.FromPdfPage(pdfPage);
            foreach (var op in page.Ops)
            {
                switch (op)
                {
                    case BeginTagOp begin:
                        open.Push(begin.Tag);
                        if (builder is not null)
                        {
                            Begin(builder, begin, layout.Geometry);
                        }

                        break;
                    case EndTagOp:
                        open.Pop();
                        builder?.End();
                        break;
                    case TextOp text:
                        // The trailing space is invisible, but lets text extraction and screen readers separate
                        // consecutive lines ("ductal carcinoma", not "ductalcarcinoma").
                        gfx.DrawString(text.Text + " ", text.Style.Font, BrushOf(text.Style.Color), text.X, text.Y, XStringFormats.TopLeft);
                        break;
                    default:
                        var decorative = builder is not null && (open.Count == 0 || open.Peek() is not (StructureTag.Figure or StructureTag.Artifact));
                        if (decorative)
                        {
                            builder!.BeginArtifact();
                        }

                        DrawShape(gfx, op, BrushOf);
                        if (decorative)
                        {
                            builder!.End();
                        }

                        break;
                }
            }

            // Marked content must be closed in this page's content stream, not carried into the next page.
            builder?.EndMarkedContentsWithId();
        }

        if (open.Count > 0)
        {
            throw new InvalidOperationException($"Layout left {open.Count} structure element(s) open.");
        }
    }

    private static void DrawShape(XGraphics gfx, LayoutOp op, Func<XColor, XBrush> brushOf)
    {
        switch (op)
        {
            case RectOp { Fill: { } fill, Stroke: { } stroke } r:
                gfx.DrawRectangle(new XPen(stroke, r.StrokeWidth), brushOf(fill), r.Rect);
                break;
            case RectOp { Fill: { } fill } r:
                gfx.DrawRectangle(brushOf(fill), r.Rect);
                break;
            case RectOp { Stroke: { } stroke } r:
                gfx.DrawRectangle(new XPen(stroke, r.StrokeWidth), r.Rect);
                break;
            case LineOp line:
                gfx.DrawLine(new XPen(line.Color, line.Width), line.From, line.To);
                break;
            case PolygonOp polygon:
                gfx.DrawPolygon(brushOf(polygon.Fill), [.. polygon.Points], XFillMode.Winding);
                break;
            default:
                throw new InvalidOperationException($"Unknown layout instruction {op.GetType().Name}.");
        }
    }

    private static void Begin(StructureBuilder builder, BeginTagOp begin, PageGeometry geometry)
    {
        switch (begin.Tag)
        {
            case StructureTag.Section: builder.BeginElement(PdfGroupingElementTag.Section); break;
            case StructureTag.Heading1: builder.BeginElement(PdfBlockLevelElementTag.Heading1); break;
            case StructureTag.Heading2: builder.BeginElement(PdfBlockLevelElementTag.Heading2); break;
            case StructureTag.Heading3: builder.BeginElement(PdfBlockLevelElementTag.Heading3); break;
            case StructureTag.Paragraph: builder.BeginElement(PdfBlockLevelElementTag.Paragraph); break;
            case StructureTag.Table: builder.BeginElement(PdfBlockLevelElementTag.Table); break;
            case StructureTag.TableHead: builder.BeginElement(PdfBlockLevelElementTag.TableHeadRowGroup); break;
            case StructureTag.TableBody: builder.BeginElement(PdfBlockLevelElementTag.TableBodyRowGroup); break;
            case StructureTag.TableRow: builder.BeginElement(PdfBlockLevelElementTag.TableRow); break;
            case StructureTag.TableHeaderCell: builder.BeginElement(PdfBlockLevelElementTag.TableHeaderCell); break;
            case StructureTag.TableCell: builder.BeginElement(PdfBlockLevelElementTag.TableDataCell); break;
            case StructureTag.Figure: builder.BeginElement(PdfIllustrationElementTag.Figure, begin.AltText ?? string.Empty, ToPdfSpace(begin.Bounds, geometry)); break;
            case StructureTag.Artifact: builder.BeginArtifact(); break;
            default: throw new InvalidOperationException($"Unknown structure tag {begin.Tag}.");
        }
    }

    // Structure bounding boxes are in PDF user space, whose origin is the bottom-left corner.
    private static XRect ToPdfSpace(XRect rect, PageGeometry geometry) =>
        new(rect.X, geometry.Height - rect.Y - rect.Height, rect.Width, rect.Height);
}
