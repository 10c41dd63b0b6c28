using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace TrialWarehouse.Clinical;

/// <summary>
/// Strict UTF-8 decoding. A StreamReader would silently replace invalid bytes with U+FFFD, so the bytes are checked
/// first and every line holding invalid bytes is reported.
/// </summary>
internal static class Utf8Text
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>Returns the text without its byte order mark, or null after reporting every line with invalid UTF-8.</summary>
    public static string? Decode(byte[] bytes, ErrorLog errors)
    {
        var content = bytes.AsSpan();
        if (content.StartsWith(ByteOrderMark))
        {
            content = content[ByteOrderMark.Length..];
        }

        if (Utf8.IsValid(content))
        {
            return Encoding.UTF8.GetString(content);
        }

        ReportInvalidLines(content, bytes.Length - content.Length, errors);
        return null;
    }

    private static void ReportInvalidLines(ReadOnlySpan<byte> content, int offset, ErrorLog errors)
    {
        long line = 1;
        long reportedLine = 0;
        var i = 0;
        while (i < content.Length && !errors.IsFull)
        {
            var b = content[i];
            if (b == (byte)'\n' || b == (byte)'\r')
            {
                // \r\n, \r and \n each end a line, as they do for the CSV parser.
                i += b == (byte)'\r' && i + 1 < content.Length && content[i + 1] == (byte)'\n' ? 2 : 1;
                line++;
                continue;
            }

            if (Rune.DecodeFromUtf8(content[i..], out _, out var consumed) == OperationStatus.Done)
            {
                i += consumed;
                continue;
            }

            if (reportedLine != line)
            {
                errors.Add(line, null, string.Create(CultureInfo.InvariantCulture,
                    $"byte 0x{b:X2} at offset {offset + i} is not valid UTF-8; expected the file to be saved as UTF-8"));
                reportedLine = line;
            }

            i += Math.Max(consumed, 1);
        }
    }
}
