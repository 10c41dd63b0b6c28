using System.Text;

namespace TrialWarehouse.Clinical;

/// <summary>
/// RFC 4180 quoting of one raw field as Sep delivers it (Sep's own unescaping is lenient and silently accepts
/// malformed quoting, so it is done here, strictly).
/// </summary>
internal static class CsvField
{
    private const string HowToQuote = "a field with commas, quotes or line breaks must be enclosed in double quotes, with each quote inside doubled (\"\")";

    /// <summary>Returns the field's value, or null with <paramref name="problem"/> set when the quoting is malformed.</summary>
    public static string? Unescape(ReadOnlySpan<char> raw, out string? problem)
    {
        problem = null;
        if (raw.IndexOf('"') < 0)
        {
            return raw.ToString();
        }

        if (raw[0] != '"')
        {
            problem = $"a quote appears inside an unquoted field; {HowToQuote}";
            return null;
        }

        var value = new StringBuilder(raw.Length);
        for (var i = 1; i < raw.Length; i++)
        {
            if (raw[i] != '"')
            {
                value.Append(raw[i]);
            }
            else if (i + 1 < raw.Length && raw[i + 1] == '"')
            {
                value.Append('"');
                i++;
            }
            else if (i == raw.Length - 1)
            {
                return value.ToString();
            }
            else
            {
                problem = $"text follows the closing quote of a quoted field; {HowToQuote}";
                return null;
            }
        }

        problem = "a quoted field is never closed; add the closing double quote";
        return null;
    }
}
