using PdfSharp.Drawing;

namespace TrialWarehouse.Reports.Layout;

/// <summary>A font, its colour and the distance between baselines of consecutive lines.</summary>
internal sealed record TextStyle(XFont Font, XColor Color, double LineHeight)
{
    public static TextStyle Create(double size, XFontStyleEx style, XColor color, double leading = 1.3) =>
        new(new XFont(EmbeddedFontResolver.FamilyName, size, style), color, size * leading);
}
