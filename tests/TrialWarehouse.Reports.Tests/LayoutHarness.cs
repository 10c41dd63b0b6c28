using PdfSharp.Drawing;
using TrialWarehouse.Reports.Layout;

namespace TrialWarehouse.Reports.Tests;

internal static class LayoutHarness
{
    public static XGraphics Measure()
    {
        EmbeddedFontResolver.EnsureRegistered();
        return XGraphics.CreateMeasureContext(PageGeometry.A4.Size, XGraphicsUnit.Point, XPageDirection.Downwards, null);
    }

    public static FlowLayout Flow() => new(PageGeometry.A4, Measure());

    public static TextStyle Body() => TextStyle.Create(10, XFontStyleEx.Regular, XColors.Black);

    public static TableStyle Table() =>
        new(TextStyle.Create(8, XFontStyleEx.Bold, XColors.Black), TextStyle.Create(8, XFontStyleEx.Regular, XColors.Black),
            TextStyle.Create(8, XFontStyleEx.Bold, XColors.Black), XColors.LightGray, XColors.LightBlue, XColors.Gray);
}
