using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace TrialWarehouse.Reports;

/// <summary>
/// PDFsharp 6.2 draws the font-subset tags, the trailer /ID and the XMP document/instance UUIDs from
/// Guid.NewGuid(), with no hook to seed them. To make a report reproducible byte for byte, each of those random
/// tokens is replaced by a same-length value derived from a hash of the document with the tokens stable out.
/// Lengths never change, so the cross-reference offsets stay valid.
/// </summary>
internal static partial class ReproduciblePdf
{
    [GeneratedRegex(@"/(?<t>[A-Z]{6})\+DejaVu|/ID\s*\[\s*<(?<t>[0-9A-Fa-f]{32})>\s*<(?<t>[0-9A-Fa-f]{32})>|uuid:(?<t>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")]
    private static partial Regex RandomToken();

    public static byte[] Stabilize(byte[] pdf)
    {
        // Latin-1 maps every byte to one char and back, so binary streams survive the round trip unchanged.
        var text = Encoding.Latin1.GetString(pdf);
        var tokens = RandomToken().Matches(text)
            .SelectMany(m => m.Groups["t"].Captures)
            .OrderBy(c => c.Index)
            .ToList();
        if (tokens.Count == 0)
        {
            return pdf;
        }

        // Every replacement has the token's length, so tokens are overwritten in place.
        var stable = (byte[])pdf.Clone();
        foreach (var token in tokens)
        {
            stable.AsSpan(token.Index, token.Length).Fill((byte)'0');
        }

        var seed = SHA256.HashData(stable);
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            if (!replacements.TryGetValue(token.Value, out var replacement))
            {
                replacement = Derive(token.Value, seed, replacements.Count);
                replacements[token.Value] = replacement;
            }

            Encoding.Latin1.GetBytes(replacement, stable.AsSpan(token.Index, token.Length));
        }

        return stable;
    }

    // Keeps the token's shape: six capitals, 32 hex digits, or a lower-case UUID.
    private static string Derive(string token, byte[] seed, int index)
    {
        var bytes = SHA256.HashData([.. seed, .. BitConverter.GetBytes(index)]);
        if (token.Length == 6)
        {
            return string.Concat(bytes.Take(6).Select(b => (char)('A' + b % 26)));
        }

        if (token.Length == 32)
        {
            return Convert.ToHexString(bytes, 0, 16);
        }

        return new Guid(bytes.AsSpan(0, 16)).ToString("D", CultureInfo.InvariantCulture);
    }
}
