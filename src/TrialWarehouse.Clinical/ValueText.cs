using System.Globalization;
using System.Text;

namespace TrialWarehouse.Clinical;

/// <summary>Shows a value from the file inside an error message: quoted, control characters escaped, long values cut.</summary>
internal static class ValueText
{
    private const int MaxShown = 60;

    public static string Quote(string value)
    {
        var shown = value.Length <= MaxShown ? value.AsSpan() : value.AsSpan(0, CutAt(value));
        var builder = new StringBuilder(shown.Length + 8).Append('"');
        foreach (var c in shown)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                _ when char.IsControl(c) => builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.Append(shown.Length < value.Length ? "\"..." : "\"").ToString();
    }

    // Never split a surrogate pair, so the message stays valid Unicode.
    private static int CutAt(string value) => char.IsHighSurrogate(value[MaxShown - 1]) ? MaxShown - 1 : MaxShown;
}
