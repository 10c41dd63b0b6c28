using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TrialWarehouse.Actionability;

/// <summary>
/// A protein change reduced to the one-letter form the knowledge base is written in: "p.His1047Arg", "H1047R" and
/// "p.(H1047R)" all become "H1047R". Single-residue substitutions are also split into reference, position and
/// alternate ('*' for a stop, '=' for a synonymous change).
/// </summary>
public static partial class ProteinChange
{
    private static readonly Dictionary<string, char> ThreeLetterCodes = new(StringComparer.Ordinal)
    {
        ["Ala"] = 'A', ["Arg"] = 'R', ["Asn"] = 'N', ["Asp"] = 'D', ["Cys"] = 'C', ["Gln"] = 'Q', ["Glu"] = 'E',
        ["Gly"] = 'G', ["His"] = 'H', ["Ile"] = 'I', ["Leu"] = 'L', ["Lys"] = 'K', ["Met"] = 'M', ["Phe"] = 'F',
        ["Pro"] = 'P', ["Ser"] = 'S', ["Thr"] = 'T', ["Trp"] = 'W', ["Tyr"] = 'Y', ["Val"] = 'V', ["Ter"] = '*',
        ["Sec"] = 'U', ["Pyl"] = 'O', ["Xaa"] = 'X',
    };

    public static string Normalise(string hgvsP)
    {
        var text = hgvsP.Trim();
        if (text.StartsWith("p.", StringComparison.Ordinal))
            text = text[2..];
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '(' or ')')
                continue;
            if (i + 3 <= text.Length && char.IsAsciiLetterUpper(c) && ThreeLetterCodes.TryGetValue(text.Substring(i, 3), out char letter))
            {
                builder.Append(letter);
                i += 2;
                continue;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    public static bool TryParseSubstitution(string? hgvsP, out Substitution substitution)
    {
        substitution = default;
        if (string.IsNullOrWhiteSpace(hgvsP))
            return false;
        var match = SubstitutionPattern().Match(Normalise(hgvsP));
        if (!match.Success || !int.TryParse(match.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int position) || position < 1)
            return false;
        char alternate = match.Groups[3].Value[0];
        char reference = match.Groups[1].Value[0];
        substitution = new Substitution(reference, position, alternate == reference ? '=' : alternate);
        return true;
    }

    [GeneratedRegex(@"^([A-Z*])(\d{1,6})([A-Z*=])$", RegexOptions.CultureInvariant)]
    private static partial Regex SubstitutionPattern();
}

/// <summary>One residue replaced by another at a protein position (one-letter codes).</summary>
public readonly record struct Substitution(char Reference, int Position, char Alternate)
{
    public bool IsMissense => Alternate is not '*' and not '=' && Reference != '*' && !(Reference == 'M' && Position == 1);

    public override string ToString() => $"{Reference}{Position.ToString(CultureInfo.InvariantCulture)}{Alternate}";
}
