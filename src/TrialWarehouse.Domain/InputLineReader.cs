using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace TrialWarehouse.Domain;

/// <summary>
/// Reads the lines of an input file within <see cref="InputLimits"/>, as strict UTF-8. A StreamReader holds a line of
/// any length in memory before returning it, and replaces invalid bytes with U+FFFD without a word; this reader
/// refuses a line longer than <see cref="InputLimits.MaxLineBytes"/> once it has read that much of it, and invalid
/// UTF-8 with the line and column. Over compressed data it also holds the decompressed size and the expansion ratio.
/// Lines end with \n, \r\n or \r, as for StreamReader.
/// </summary>
/// <remarks>
/// Each refusal is an <see cref="InputRejectedException"/> with one error located by file and line. After invalid
/// UTF-8 the reader goes on with the next line (so that a caller may report more); after a limit it has
/// <see cref="Stopped"/>: nothing more of the file is read.
/// </remarks>
public sealed class InputLineReader : IDisposable
{
    private const int InitialBuffer = 1 << 16;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Stream _content;
    private readonly Stream? _compressed;
    private readonly InputLimits _limits;
    private readonly bool _skipByteOrderMark;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _endOfStream;
    private bool _skipLineFeed;
    private bool _started;
    private long _decompressed;

    /// <param name="content">The text (decompressed, when the file is).</param>
    /// <param name="compressed">The compressed file under <paramref name="content"/> (its position counts the compressed bytes read); null for plain text.</param>
    /// <param name="file">The file's name, for the errors.</param>
    /// <param name="skipByteOrderMark">Drop a UTF-8 byte order mark at the start (as StreamReader does).</param>
    public InputLineReader(Stream content, Stream? compressed, string file, InputLimits? limits = null, bool skipByteOrderMark = true)
    {
        ArgumentNullException.ThrowIfNull(content);
        _content = content;
        _compressed = compressed;
        File = file;
        _limits = (limits ?? InputLimits.Default).Validated();
        _skipByteOrderMark = skipByteOrderMark;
        _buffer = new byte[Math.Min(InitialBuffer, _limits.MaxLineBytes + 1)];
    }

    public string File { get; }

    /// <summary>The number of the line last returned (or refused).</summary>
    public long LineNumber { get; private set; }

    /// <summary>True once a limit was exceeded: the rest of the file is not read.</summary>
    public bool Stopped { get; private set; }

    /// <summary>A plain text file.</summary>
    public static InputLineReader Open(string path, InputLimits? limits = null)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 12, FileOptions.SequentialScan);
        return new InputLineReader(stream, null, Path.GetFileName(path), limits);
    }

    /// <summary>The lines of a plain text file, read as they are enumerated (the file is opened by the enumeration).</summary>
    public static IEnumerable<string> ReadLines(string path, InputLimits? limits = null)
    {
        using var reader = Open(path, limits);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    /// <summary>
    /// The bytes of a plain text file, for parsers that take the whole text: refused as soon as a line is longer than
    /// <see cref="InputLimits.MaxLineBytes"/>, before the rest is read. Not decoded: the caller checks the UTF-8.
    /// </summary>
    public static byte[] ReadAllBytes(string path, InputLimits? limits = null)
    {
        limits = (limits ?? InputLimits.Default).Validated();
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var bytes = new MemoryStream(file.Length is > 0 and < int.MaxValue ? (int)file.Length : 0);
        var chunk = new byte[1 << 16];
        long line = 1;
        long run = 0;
        bool afterCarriageReturn = false;
        int read;
        while ((read = file.Read(chunk)) > 0)
        {
            var rest = chunk.AsSpan(0, read);
            while (rest.Length > 0)
            {
                if (afterCarriageReturn && rest[0] == (byte)'\n')
                {
                    rest = rest[1..];
                    afterCarriageReturn = false;
                    continue;
                }

                afterCarriageReturn = false;
                int end = rest.IndexOfAny((byte)'\n', (byte)'\r');
                run += end < 0 ? rest.Length : end;
                if (run > limits.MaxLineBytes)
                {
                    throw new InputRejectedException(Path.GetFileName(path), line, null, LineTooLong(limits));
                }

                if (end < 0)
                {
                    break;
                }

                afterCarriageReturn = rest[end] == (byte)'\r';
                line++;
                run = 0;
                rest = rest[(end + 1)..];
            }

            bytes.Write(chunk, 0, read);
        }

        return bytes.ToArray();
    }

    /// <summary>The next line without its line break; null at the end of the file, or once <see cref="Stopped"/>.</summary>
    public string? ReadLine()
    {
        if (Stopped)
        {
            return null;
        }

        if (!_started)
        {
            Start();
        }

        if (_skipLineFeed)
        {
            if (_start == _end)
            {
                Fill();
            }

            if (_start < _end && _buffer[_start] == (byte)'\n')
            {
                _start++;
            }

            _skipLineFeed = false;
        }

        int scanned = 0;
        while (true)
        {
            int found = _buffer.AsSpan(_start + scanned, _end - _start - scanned).IndexOfAny((byte)'\n', (byte)'\r');
            if (found >= 0)
            {
                int length = scanned + found;
                int lineStart = _start;
                byte terminator = _buffer[lineStart + length];
                _start = lineStart + length + 1;
                if (terminator == (byte)'\r')
                {
                    if (_start < _end)
                    {
                        if (_buffer[_start] == (byte)'\n')
                        {
                            _start++;
                        }
                    }
                    else
                    {
                        _skipLineFeed = true;
                    }
                }

                return Line(lineStart, length);
            }

            scanned = _end - _start;
            if (scanned > _limits.MaxLineBytes)
            {
                throw Stop(LineNumber + 1, LineTooLong(_limits));
            }

            if (_endOfStream)
            {
                if (scanned == 0)
                {
                    return null;
                }

                int lineStart = _start;
                _start = _end;
                return Line(lineStart, scanned);
            }

            Fill();
        }
    }

    public void Dispose() => _content.Dispose();

    private static string LineTooLong(InputLimits limits) => string.Create(CultureInfo.InvariantCulture,
        $"the line is longer than the limit MaxLineBytes = {limits.MaxLineBytes:N0} bytes, and was not read further; expected a line break within it (is the file cut, joined wrongly, or not text?). If such lines are genuine, raise Ingestion:Limits:MaxLineBytes");

    private string Line(int start, int length)
    {
        LineNumber++;
        var bytes = _buffer.AsSpan(start, length);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            Utf8.ToUtf16(bytes, new char[bytes.Length], out int valid, out _, replaceInvalidSequences: false);
            throw new InputRejectedException(File, LineNumber, null, string.Create(CultureInfo.InvariantCulture,
                $"byte 0x{bytes[valid]:X2} at column {valid + 1} is not valid UTF-8; expected the file to be saved as UTF-8"));
        }
    }

    private void Start()
    {
        _started = true;
        Fill();
        if (_skipByteOrderMark)
        {
            while (_end - _start < 3 && !_endOfStream)
            {
                Fill();
            }

            if (_buffer.AsSpan(_start, _end - _start).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                _start += 3;
            }
        }
    }

    /// <summary>Reads more of the file after what the buffer holds, making room (and growing the buffer up to a line's limit).</summary>
    private void Fill()
    {
        if (_endOfStream)
        {
            return;
        }

        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, (int)Math.Min(_buffer.Length * 2L, _limits.MaxLineBytes + 1L));
        }

        int read = _content.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _endOfStream = true;
            return;
        }

        _end += read;
        if (_compressed is not null)
        {
            _decompressed += read;
            CheckExpansion();
        }
    }

    private void CheckExpansion()
    {
        long line = LineNumber + 1;
        if (_decompressed > _limits.MaxDecompressedBytes)
        {
            throw Stop(line, string.Create(CultureInfo.InvariantCulture,
                $"the compressed data expands beyond the limit MaxDecompressedBytes = {_limits.MaxDecompressedBytes:N0} bytes; nothing was loaded. Expected a compressed file smaller than that once expanded; if the file is genuine, raise Ingestion:Limits:MaxDecompressedBytes"));
        }

        long compressed = Math.Max(1, _compressed!.Position);
        if (_decompressed > _limits.ExpansionCheckedAfterBytes && _decompressed > _limits.MaxExpansionRatio * compressed)
        {
            throw Stop(line, string.Create(CultureInfo.InvariantCulture,
                $"the compressed data expands more than the limit MaxExpansionRatio = {_limits.MaxExpansionRatio:0.##} times ({_decompressed:N0} bytes from {compressed:N0}); nothing was loaded. Compressed VCFs expand 5 to 30 times: is it a compression bomb, or not the file meant? If the file is genuine, raise Ingestion:Limits:MaxExpansionRatio"));
        }
    }

    private InputRejectedException Stop(long line, string message)
    {
        Stopped = true;
        return new InputRejectedException(File, line, null, message);
    }
}
