using System.Globalization;

namespace TrialWarehouse.Genomics.StructuralVariants;

/// <summary>
/// A breakend ALT of VCF 4.2/4.3 section 5.4 (<c>t[p[</c>, <c>t]p]</c>, <c>]p]t</c>, <c>[p[t</c>): the mate position,
/// and which side of each breakpoint is kept in the joined sequence.
/// </summary>
internal sealed record Breakend(string MateChrom, long MatePosition, bool KeepsLeft, bool MateKeepsLeft)
{
    /// <summary>Null when <paramref name="alt"/> is not a breakend (single breakends <c>.t</c>/<c>t.</c> name no mate).</summary>
    public static Breakend? Parse(string alt)
    {
        int open = alt.IndexOfAny(['[', ']']);
        if (open < 0)
        {
            return null;
        }

        char bracket = alt[open];
        int close = alt.IndexOf(bracket, open + 1);
        if (close < 0 || alt.IndexOfAny(['[', ']'], close + 1) >= 0)
        {
            return null;
        }

        string mate = alt[(open + 1)..close];
        int colon = mate.LastIndexOf(':');
        if (colon <= 0 || !long.TryParse(mate[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out long position) || position < 1)
        {
            return null;
        }

        bool sequenceBefore = open > 0;
        bool sequenceAfter = close < alt.Length - 1;
        if (sequenceBefore == sequenceAfter)
        {
            return null;
        }

        // t[p[ and t]p] keep the sequence left of this breakpoint; [p[ and t[p[ join the part right of the mate.
        return new Breakend(mate[..colon], position, KeepsLeft: sequenceBefore, MateKeepsLeft: bracket == ']');
    }
}
