using PdfSharp.Drawing;
using TrialWarehouse.Reports.Layout;

namespace TrialWarehouse.Reports;

/// <summary>Type sizes and a restrained palette: dark blue for hierarchy, greys for structure, one accent for matched therapy.</summary>
internal sealed class ReportTheme
{
    public static readonly XColor Ink = XColor.FromArgb(0x22, 0x26, 0x2B);
    public static readonly XColor Muted = XColor.FromArgb(0x5B, 0x65, 0x70);
    public static readonly XColor Navy = XColor.FromArgb(0x1B, 0x3A, 0x5C);
    public static readonly XColor Rule = XColor.FromArgb(0xC3, 0xCA, 0xD2);
    public static readonly XColor Grid = XColor.FromArgb(0xE3, 0xE7, 0xEB);
    public static readonly XColor HeaderFill = XColor.FromArgb(0xE9, 0xEE, 0xF3);
    public static readonly XColor BoxFill = XColor.FromArgb(0xF3, 0xF6, 0xF9);
    public static readonly XColor MatchedFill = XColor.FromArgb(0xE4, 0xF0, 0xEE);
    public static readonly XColor MatchedBar = XColor.FromArgb(0x1F, 0x6E, 0x68);
    public static readonly XColor OtherBar = XColor.FromArgb(0xA3, 0xAD, 0xB8);
    public static readonly XColor Progression = XColor.FromArgb(0x9B, 0x22, 0x26);

    public ReportTheme()
    {
        Institution = TextStyle.Create(9, XFontStyleEx.Bold, Navy);
        Title = TextStyle.Create(17, XFontStyleEx.Bold, Navy, 1.25);
        Heading = TextStyle.Create(11.5, XFontStyleEx.Bold, Navy);
        Subheading = TextStyle.Create(9, XFontStyleEx.Bold, Ink);
        Body = TextStyle.Create(9, XFontStyleEx.Regular, Ink);
        BodyBold = TextStyle.Create(9, XFontStyleEx.Bold, Ink);
        Label = TextStyle.Create(7.5, XFontStyleEx.Regular, Muted);
        Small = TextStyle.Create(7.5, XFontStyleEx.Regular, Ink);
        // Upright, not italic: an italic face would embed a third font program in every report.
        Fine = TextStyle.Create(7.5, XFontStyleEx.Regular, Muted);
        Table = new TableStyle(
            TextStyle.Create(7.5, XFontStyleEx.Bold, Navy),
            TextStyle.Create(7.5, XFontStyleEx.Regular, Ink),
            TextStyle.Create(7.5, XFontStyleEx.Bold, Ink),
            HeaderFill,
            MatchedFill,
            Rule);
        Timeline = new TimelineStyle(
            TextStyle.Create(7.5, XFontStyleEx.Bold, Ink, 1.25),
            TextStyle.Create(7, XFontStyleEx.Regular, Muted, 1.25),
            TextStyle.Create(6.5, XFontStyleEx.Regular, Muted),
            OtherBar,
            MatchedBar,
            Progression,
            Grid);
    }

    public TextStyle Institution { get; }

    public TextStyle Title { get; }

    public TextStyle Heading { get; }

    public TextStyle Subheading { get; }

    public TextStyle Body { get; }

    public TextStyle BodyBold { get; }

    public TextStyle Label { get; }

    public TextStyle Small { get; }

    public TextStyle Fine { get; }

    public TableStyle Table { get; }

    public TimelineStyle Timeline { get; }
}
