using System.Globalization;

namespace TrialWarehouse.Genomics.Vcf;

/// <summary>The lexical rules of VCF values, as span predicates (no allocation).</summary>
internal static class VcfSyntax
{
    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    public static bool IsLetter(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

    public static bool IsBase(char c) => c is 'A' or 'C' or 'G' or 'T' or 'N' or 'a' or 'c' or 'g' or 't' or 'n';

    public static bool IsBases(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return false;
        }

        foreach (char c in s)
        {
            if (!IsBase(c))
            {
                return false;
            }
        }

        return true;
    }

    public static bool ContainsWhitespace(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>INFO keys: <c>^([A-Za-z_][0-9A-Za-z_.]*|1000G)$</c>.</summary>
    public static bool IsValidInfoKey(ReadOnlySpan<char> key)
    {
        if (key.SequenceEqual("1000G"))
        {
            return true;
        }

        if (key.IsEmpty || !(IsLetter(key[0]) || key[0] == '_'))
        {
            return false;
        }

        foreach (char c in key)
        {
            if (!(IsLetter(c) || IsDigit(c) || c is '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>FORMAT keys in the body: alphanumeric up to VCF 4.2 (as the 4.2 conformance suite requires), INFO-like from 4.3.</summary>
    public static bool IsValidFormatKey(ReadOnlySpan<char> key, VcfVersion version)
    {
        if (version.IsAtLeast(VcfVersion.V43))
        {
            return !key.SequenceEqual("1000G") && IsValidInfoKey(key);
        }

        if (key.IsEmpty)
        {
            return false;
        }

        foreach (char c in key)
        {
            if (!(IsLetter(c) || IsDigit(c)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Contig names. Up to 4.2 the spec forbids whitespace, commas and angle brackets except a whole
    /// <c>&lt;ID&gt;</c>; from 4.3 it gives a character class.
    /// </summary>
    public static string? ContigNameProblem(ReadOnlySpan<char> name, VcfVersion version)
    {
        if (name.IsEmpty)
        {
            return "is empty";
        }

        if (ContainsWhitespace(name))
        {
            return "contains whitespace";
        }

        if (name.Contains(','))
        {
            return "contains a comma";
        }

        if (version.IsAtLeast(VcfVersion.V43))
        {
            if (name[0] is '*' or '=')
            {
                return $"starts with '{name[0]}'";
            }

            foreach (char c in name)
            {
                if (!(IsLetter(c) || IsDigit(c) || "!#$%&*+./:;=?@^_|~-".Contains(c)))
                {
                    return $"contains '{c}', which VCF 4.3+ does not allow in a contig name";
                }
            }

            return null;
        }

        var inner = name;
        if (name[0] == '<')
        {
            if (name.Length < 3 || name[^1] != '>')
            {
                return "has an unmatched '<' (write <ID> or ID)";
            }

            inner = name[1..^1];
        }

        return inner.ContainsAny('<', '>') ? "contains an angle bracket" : null;
    }

    /// <summary>An Integer value: optional sign and digits.</summary>
    public static bool IsInteger(ReadOnlySpan<char> s) =>
        s.Length > 0 && int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    /// <summary>A Float value: decimal or scientific notation, or Inf/Infinity/NaN with an optional sign.</summary>
    public static bool TryParseFloat(ReadOnlySpan<char> s, out double value)
    {
        value = 0;
        if (s.IsEmpty)
        {
            return false;
        }

        var body = s[0] is '+' or '-' ? s[1..] : s;
        if (body.Equals("Inf", StringComparison.OrdinalIgnoreCase) || body.Equals("Infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = s[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        if (body.Equals("NaN", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NaN;
            return true;
        }

        if (body.IsEmpty || !(IsDigit(body[0]) || body[0] == '.'))
        {
            return false;
        }

        return double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);
    }

    public static bool IsFloat(ReadOnlySpan<char> s) => TryParseFloat(s, out _);

    /// <summary>A CIGAR string: one or more <c>&lt;count&gt;&lt;op&gt;</c> with op in MIDNSHPX=.</summary>
    public static bool IsCigar(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return false;
        }

        bool digits = false;
        foreach (char c in s)
        {
            if (IsDigit(c))
            {
                digits = true;
            }
            else if (digits && "MIDNSHPX=".Contains(c))
            {
                digits = false;
            }
            else
            {
                return false;
            }
        }

        return !digits;
    }

    /// <summary>
    /// A URL of the form <c>scheme://[user@]host[:port][/path]</c> whose host is a dotted IPv4 address or a host name
    /// with at least one letter (an all-digit host such as <c>8080</c> is a port typed where the host should be).
    /// </summary>
    public static bool IsUrl(string text)
    {
        int schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0 || !text[..schemeEnd].All(c => IsLetter(c) || IsDigit(c) || c is '+' or '-' or '.'))
        {
            return false;
        }

        var rest = text.AsSpan(schemeEnd + 3);
        int slash = rest.IndexOf('/');
        var authority = slash < 0 ? rest : rest[..slash];
        int at = authority.LastIndexOf('@');
        var hostPort = at < 0 ? authority : authority[(at + 1)..];
        int colon = hostPort.IndexOf(':');
        var host = colon < 0 ? hostPort : hostPort[..colon];
        if (colon >= 0 && !int.TryParse(hostPort[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return false;
        }

        if (host.IsEmpty || ContainsWhitespace(text))
        {
            return false;
        }

        bool hasLetter = false;
        foreach (char c in host)
        {
            if (!(IsLetter(c) || IsDigit(c) || c is '-' or '.'))
            {
                return false;
            }

            hasLetter |= IsLetter(c);
        }

        return hasLetter || System.Net.IPAddress.TryParse(host, out _) && host.Count('.') == 3;
    }
}
