using PdfSharp.Drawing;
using TrialWarehouse.Reports.Layout;

namespace TrialWarehouse.Reports.Sections;

/// <summary>The boxed summary of actionable alterations, grouped by tier, with the suggested drugs.</summary>
internal static class SummarySection
{
    public const string NoneFound = "No actionable alteration found";
    public const string NotAssessed = "Actionability not assessed: no knowledge base loaded";

    public static void Place(FlowLayout flow, TumorBoardReport report, ReportTheme theme)
    {
        flow.Advance(8);
        flow.KeepTogether(block => Box(block, report, theme));
    }

    private static void Box(FlowLayout block, TumorBoardReport report, ReportTheme theme)
    {
        const double padding = 10;
        var top = block.Y;
        var background = block.Mark;
        block.Advance(padding);
        block.Heading("Summary: actionable alterations", theme.Heading, StructureTag.Heading2, keepWithNext: 0, spaceBefore: 0, spaceAfter: 3, indent: padding);

        if (report.KnowledgeBaseVersion is null)
        {
            block.Paragraph(NotAssessed, theme.BodyBold, indent: padding, rightIndent: padding);
        }
        else if (report.Actionable.Count == 0)
        {
            block.Paragraph(NoneFound, theme.BodyBold, indent: padding, rightIndent: padding);
            block.Paragraph($"Knowledge base {report.KnowledgeBaseVersion}, tumor type {report.Patient.TumorType}.", theme.Small, indent: padding, rightIndent: padding);
        }
        else
        {
            foreach (var tier in report.Actionable.GroupBy(a => a.Tier, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                block.Paragraph($"Tier {tier.Key}", theme.Subheading, indent: padding, rightIndent: padding, spaceAfter: 1);
                foreach (var alteration in tier)
                {
                    block.Paragraph(Describe(alteration), theme.Body, indent: padding + 10, rightIndent: padding, spaceAfter: 2);
                }

                block.Advance(2);
            }

            block.Paragraph($"Knowledge base {report.KnowledgeBaseVersion}. Actionability is a proposal for discussion by the tumor board.", theme.Fine, indent: padding, rightIndent: padding);
        }

        block.Advance(padding - 4);
        var height = block.Y - top;
        block.InsertAt(background, new RectOp(new XRect(block.Left, top, block.Width, height), ReportTheme.BoxFill, ReportTheme.Rule, 0.6));
        block.InsertAt(background + 1, new RectOp(new XRect(block.Left, top, 3, height), ReportTheme.Navy));
        block.Advance(6);
    }

    private static string Describe(ReportActionableAlteration a)
    {
        var drugs = a.Drugs.Count == 0 ? "no drug suggested" : string.Join(", ", a.Drugs);
        var level = a.Level is null ? string.Empty : $" (level {a.Level})";
        var evidence = string.IsNullOrWhiteSpace(a.Evidence) ? string.Empty : $" Evidence: {a.Evidence}.";
        return $"{a.Label}{level} – suggested: {drugs}.{evidence}";
    }
}
