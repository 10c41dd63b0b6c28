using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TrialWarehouse.Actionability;

/// <summary>Parses the matcher grammar documented in docs/knowledge-base.md.</summary>
public static partial class AlterationMatcherParser
{
    public const string Grammar =
        "p.H1047R, p.V600, exon19:deletion, exon20:insertion, exon:N, class:oncogenic|truncating|missense|inframe_indel, "
        + "cna:amplification, cna:deletion, fusion:any, fusion:PARTNER, signature:MSI-H|TMB-high, "
        + "ihc:0|1+|2+|3+|positive|low, ihc:h-score>=N, ihc:percent>=N (mutation matchers optionally prefixed by germline:)";

    private const int MaxExon = 500;

    public static bool TryParse(string text, [NotNullWhen(true)] out AlterationMatcher? matcher, [NotNullWhen(false)] out string? error)
    {
        matcher = null;
        error = null;
        if (text.StartsWith("germline:", StringComparison.Ordinal))
        {
            if (!TryParse(text["germline:".Length..], out var inner, out error))
                return false;
            if (!inner.AppliesToMutations || inner is GermlineMatcher)
            {
                error = $"'germline:' qualifies mutation matchers only (p., exon, class:), not '{inner.Text}'";
                return false;
            }
            matcher = new GermlineMatcher(text, inner);
            return true;
        }

        matcher = ParseUnqualified(text);
        if (matcher is null)
            error = $"'{text}' is not a matcher (expected one of: {Grammar})";
        return matcher is not null;
    }

    private static AlterationMatcher? ParseUnqualified(string text)
    {
        if (text.StartsWith("p.", StringComparison.Ordinal))
            return ParseProtein(text);
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
            return null;
        var prefix = text[..colon];
        var value = text[(colon + 1)..];
        return prefix switch
        {
            "class" => ParseClass(text, value),
            "cna" => value switch
            {
                "amplification" => new CopyNumberMatcher(text, 2),
                "deletion" => new CopyNumberMatcher(text, -2),
                _ => null,
            },
            "fusion" => value == "any" ? new FusionMatcher(text, null) : GenePattern().IsMatch(value) ? new FusionMatcher(text, value) : null,
            "ihc" => ProteinMatcher.Parse(text, value),
            "signature" => SignatureMatcher.Known.Contains(value, StringComparer.Ordinal) ? new SignatureMatcher(text, value) : null,
            "exon" => TryParseExon(value, out int exon) ? new ExonMatcher(text, exon, ExonChange.AnyProteinAltering) : null,
            _ when prefix.StartsWith("exon", StringComparison.Ordinal) && TryParseExon(prefix[4..], out int exon) => value switch
            {
                "deletion" => new ExonMatcher(text, exon, ExonChange.Deletion),
                "insertion" => new ExonMatcher(text, exon, ExonChange.Insertion),
                _ => null,
            },
            _ => null,
        };
    }

    private static AlterationMatcher? ParseProtein(string text)
    {
        var codon = CodonPattern().Match(text);
        if (codon.Success && int.TryParse(codon.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int position) && position > 0)
            return new CodonMatcher(text, codon.Groups[1].Value[0], position);
        var exact = ExactPattern().Match(text);
        if (exact.Success && ProteinChange.TryParseSubstitution(text, out var change) && change.Alternate != '=')
            return new ExactProteinChangeMatcher(text, change);
        return null;
    }

    private static ConsequenceClassMatcher? ParseClass(string text, string value) => value switch
    {
        "oncogenic" => new ConsequenceClassMatcher(text, ConsequenceClass.Oncogenic),
        "truncating" => new ConsequenceClassMatcher(text, ConsequenceClass.Truncating),
        "missense" => new ConsequenceClassMatcher(text, ConsequenceClass.Missense),
        "inframe_indel" => new ConsequenceClassMatcher(text, ConsequenceClass.InframeIndel),
        _ => null,
    };

    private static bool TryParseExon(string digits, out int exon) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out exon) && exon is >= 1 and <= MaxExon;

    [GeneratedRegex(@"^p\.([A-Z])(\d{1,6})$", RegexOptions.CultureInvariant)]
    private static partial Regex CodonPattern();

    [GeneratedRegex(@"^p\.[A-Z]\d{1,6}[A-Z*]$", RegexOptions.CultureInvariant)]
    private static partial Regex ExactPattern();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9.\-]*$", RegexOptions.CultureInvariant)]
    internal static partial Regex GenePattern();
}
