using PdfSharp.Drawing;

namespace TrialWarehouse.Reports.Layout;

/// <summary>Page size and the content area between the running header and the footer, in points.</summary>
internal sealed record PageGeometry(double Width, double Height, double MarginLeft, double MarginRight, double ContentTop, double ContentBottom)
{
    /// <summary>A4 portrait with room for a one-line running header and a one-line footer.</summary>
    public static PageGeometry A4 { get; } = new(595.28, 841.89, 56, 56, 74, 841.89 - 62);

    public double ContentWidth => Width - MarginLeft - MarginRight;

    public double ContentHeight => ContentBottom - ContentTop;

    public double Right => Width - MarginRight;

    public XSize Size => new(Width, Height);
}
