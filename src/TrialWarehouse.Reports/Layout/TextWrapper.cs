using PdfSharp.Drawing;

namespace TrialWarehouse.Reports.Layout;

/// <summary>Greedy word wrapping measured with the real font; words wider than a line are split between characters.</summary>
internal static class TextWrapper
{
    public static IReadOnlyList<string> Wrap(XGraphics measure, string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            WrapParagraph(measure, paragraph, font, width, lines);
        }

        return lines;
    }

    private static void WrapParagraph(XGraphics measure, string paragraph, XFont font, double width, List<string> lines)
    {
        var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            lines.Add(string.Empty);
            return;
        }

        // Advance widths add up (no kerning), so a line's width is the sum of its words and spaces: each word is
        // measured once instead of re-measuring the whole line for every word added.
        var space = measure.MeasureString(" ", font).Width;
        var current = string.Empty;
        var currentWidth = 0.0;
        foreach (var word in words)
        {
            var wordWidth = measure.MeasureString(word, font).Width;
            var candidateWidth = current.Length == 0 ? wordWidth : currentWidth + space + wordWidth;
            if (candidateWidth <= width)
            {
                current = current.Length == 0 ? word : current + " " + word;
                currentWidth = candidateWidth;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }

            current = word;
            currentWidth = wordWidth;
            while (!Fits(measure, current, font, width))
            {
                var cut = LongestFittingPrefix(measure, current, font, width);
                lines.Add(current[..cut]);
                current = current[cut..];
                currentWidth = measure.MeasureString(current, font).Width;
            }
        }

        lines.Add(current);
    }

    private static bool Fits(XGraphics measure, string text, XFont font, double width) =>
        measure.MeasureString(text, font).Width <= width;

    // Binary search; at least one character so an absurdly narrow column still makes progress.
    private static int LongestFittingPrefix(XGraphics measure, string word, XFont font, double width)
    {
        int low = 1, high = word.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (Fits(measure, word[..mid], font, width))
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }
}
