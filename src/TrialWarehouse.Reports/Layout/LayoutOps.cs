using PdfSharp.Drawing;

namespace TrialWarehouse.Reports.Layout;

/// <summary>Structure tags the layout can open; they map onto PDF/UA structure elements when the PDF is tagged.</summary>
internal enum StructureTag
{
    Section,
    Heading1,
    Heading2,
    Heading3,
    Paragraph,
    Table,
    TableHead,
    TableBody,
    TableRow,
    TableHeaderCell,
    TableCell,
    Figure,
    Artifact,
}

/// <summary>One positioned drawing instruction on a page; coordinates are points from the top-left corner.</summary>
internal abstract record LayoutOp
{
    public abstract LayoutOp Shift(double dy);
}

/// <summary>A single line of text; <see cref="Y"/> is the top of its line box.</summary>
internal sealed record TextOp(string Text, TextStyle Style, double X, double Y) : LayoutOp
{
    public override LayoutOp Shift(double dy) => this with { Y = Y + dy };
}

internal sealed record RectOp(XRect Rect, XColor? Fill, XColor? Stroke = null, double StrokeWidth = 0.5) : LayoutOp
{
    public override LayoutOp Shift(double dy) => this with { Rect = new XRect(Rect.X, Rect.Y + dy, Rect.Width, Rect.Height) };
}

internal sealed record LineOp(XPoint From, XPoint To, XColor Color, double Width) : LayoutOp
{
    public override LayoutOp Shift(double dy) =>
        this with { From = new XPoint(From.X, From.Y + dy), To = new XPoint(To.X, To.Y + dy) };
}

internal sealed record PolygonOp(IReadOnlyList<XPoint> Points, XColor Fill) : LayoutOp
{
    public override LayoutOp Shift(double dy) => this with { Points = [.. Points.Select(p => new XPoint(p.X, p.Y + dy))] };
}

/// <summary>Opens a structure element; <see cref="AltText"/> and <see cref="Bounds"/> matter for figures only.</summary>
internal sealed record BeginTagOp(StructureTag Tag, string? AltText = null, XRect Bounds = default) : LayoutOp
{
    public override LayoutOp Shift(double dy) =>
        this with { Bounds = Bounds.IsEmpty ? Bounds : new XRect(Bounds.X, Bounds.Y + dy, Bounds.Width, Bounds.Height) };
}

internal sealed record EndTagOp : LayoutOp
{
    public static EndTagOp Instance { get; } = new();

    public override LayoutOp Shift(double dy) => this;
}
