using PdfSharp.Drawing;
using TrialWarehouse.Reports.Layout;

namespace TrialWarehouse.Reports.Sections;

/// <summary>Methods and limitations, the disclaimer, and the blank block the board fills in with its decision and signatures.</summary>
internal static class ClosingSections
{
    public const string MethodsHeading = "Methods and limitations";
    public const string DecisionHeading = "Tumor board decision";
    public const string DecisionLabel = "Decision and recommendation";
    public const string DateLabel = "Date of the board meeting";
    public const string NextReviewLabel = "Next review";
    public static readonly string[] SignatureColumns = ["Name", "Function", "Signature"];

    private const int DecisionLines = 4;
    private const int SignatureRows = 4;
    private const double WritingLine = 20;
    private const double Padding = 10;

    public static void PlaceMethods(FlowLayout flow, TumorBoardReport report, ReportTheme theme)
    {
        flow.Heading(MethodsHeading, theme.Heading, StructureTag.Heading2, keepWithNext: 40);
        flow.Heading("Methods", theme.Subheading, StructureTag.Heading3, keepWithNext: 24, spaceBefore: 2, spaceAfter: 2);
        flow.Paragraph(Or(report.Methods, ReportSettings.DefaultMethods), theme.Small);
        flow.Heading("Limitations", theme.Subheading, StructureTag.Heading3, keepWithNext: 24, spaceBefore: 4, spaceAfter: 2);
        flow.Paragraph(Or(report.Limitations, ReportSettings.DefaultLimitations), theme.Small);
        flow.Heading("Disclaimer", theme.Subheading, StructureTag.Heading3, keepWithNext: 24, spaceBefore: 4, spaceAfter: 2);
        flow.Paragraph(report.Disclaimer, theme.Fine);
    }

    /// <summary>A framed, blank form kept on one page: decision lines, meeting date, and a name/function/signature grid.</summary>
    public static void PlaceDecision(FlowLayout flow, ReportTheme theme)
    {
        flow.Advance(6);
        flow.KeepTogether(block => Decision(block, theme));
    }

    private static void Decision(FlowLayout block, ReportTheme theme)
    {
        var top = block.Y;
        var frame = block.Mark;
        block.Advance(Padding);
        block.Heading(DecisionHeading, theme.Heading, StructureTag.Heading2, keepWithNext: 0, spaceBefore: 0, spaceAfter: 4, indent: Padding);
        var left = block.Left + Padding;
        var right = block.Left + block.Width - Padding;

        Label(block, DecisionLabel, left, theme);
        for (var i = 0; i < DecisionLines; i++)
        {
            block.Advance(WritingLine);
            Rule(block, left, right);
        }

        block.Advance(10);
        var half = (right - left) / 2;
        Label(block, DateLabel, left, theme);
        Label(block, NextReviewLabel, left + half + 10, theme, advance: false);
        block.Advance(WritingLine);
        Rule(block, left, left + half - 10);
        Rule(block, left + half + 10, right);

        block.Advance(12);
        var widths = new[] { 0.4, 0.3, 0.3 };
        var x = left;
        var columnLefts = new double[widths.Length];
        for (var c = 0; c < widths.Length; c++)
        {
            columnLefts[c] = x;
            x += widths[c] * (right - left);
        }

        block.Add(new BeginTagOp(StructureTag.Paragraph));
        for (var c = 0; c < SignatureColumns.Length; c++)
        {
            block.Add(new TextOp(SignatureColumns[c], theme.Label, columnLefts[c], block.Y));
        }

        block.Add(EndTagOp.Instance);
        block.Advance(theme.Label.LineHeight);
        for (var r = 0; r < SignatureRows; r++)
        {
            block.Advance(WritingLine + 2);
            for (var c = 0; c < widths.Length; c++)
            {
                var end = c + 1 < widths.Length ? columnLefts[c + 1] - 10 : right;
                Rule(block, columnLefts[c], end);
            }
        }

        block.Advance(Padding + 2);
        block.InsertAt(frame, new RectOp(new XRect(block.Left, top, block.Width, block.Y - top), null, ReportTheme.Rule, 0.8));
        block.InsertAt(frame + 1, new RectOp(new XRect(block.Left, top, 3, block.Y - top), ReportTheme.Navy));
    }

    private static void Label(FlowLayout block, string text, double x, ReportTheme theme, bool advance = true)
    {
        var y = advance ? block.Y : block.Y - theme.Label.LineHeight;
        block.Add(new BeginTagOp(StructureTag.Paragraph));
        block.Add(new TextOp(text, theme.Label, x, y));
        block.Add(EndTagOp.Instance);
        if (advance)
        {
            block.Advance(theme.Label.LineHeight);
        }
    }

    private static void Rule(FlowLayout block, double from, double to) =>
        block.Add(new LineOp(new XPoint(from, block.Y), new XPoint(to, block.Y), ReportTheme.Muted, 0.5));

    private static string Or(string? text, string fallback) => string.IsNullOrWhiteSpace(text) ? fallback : text;
}
