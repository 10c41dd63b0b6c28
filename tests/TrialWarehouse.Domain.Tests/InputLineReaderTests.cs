using System.IO.Compression;
using System.Text;

namespace TrialWarehouse.Domain.Tests;

public class InputLineReaderTests
{
    [Fact]
    public void ReadLine_EndsLinesAtLfCrLfAndCr_AsStreamReaderDoes()
    {
        var text = "\uFEFFa\nb\r\nc\rd\r\n\ne";
        using var reader = Reader(Encoding.UTF8.GetBytes(text));
        using var expected = new StringReader(text[1..]);

        var lines = Lines(reader);

        Assert.Equal(["a", "b", "c", "d", "", "e"], lines);
        Assert.Equal(lines, Lines(expected));
        Assert.Equal(6, reader.LineNumber);
    }

    [Fact]
    public void ReadLine_CrLfSplitAcrossReads_IsOneLineBreak()
    {
        // A stream that returns one byte per read puts every \r at the end of the buffer.
        using var reader = new InputLineReader(new OneByteAtATime(Encoding.UTF8.GetBytes("é1\r\n2\r\n\r\n3")), null, "x.tsv");

        Assert.Equal(["é1", "2", "", "3"], Lines(reader));
    }

    [Fact]
    public void ReadLine_LineOfExactlyTheLimit_IsRead()
    {
        var line = new string('A', 100);
        using var reader = Reader(Encoding.ASCII.GetBytes(line + "\n" + line), new InputLimits { MaxLineBytes = 100 });

        Assert.Equal([line, line], Lines(reader));
    }

    [Fact]
    public void ReadLine_EndlessLine_IsRefusedAfterTheLimit_WithoutReadingTheRest()
    {
        var endless = new EndlessLine("##fileformat=VCFv4.2\n"u8.ToArray());
        using var reader = new InputLineReader(endless, null, "calls.vcf", new InputLimits { MaxLineBytes = 1 << 20 });
        Assert.Equal("##fileformat=VCFv4.2", reader.ReadLine());

        var error = Assert.Single(Assert.Throws<InputRejectedException>(() => reader.ReadLine()).Errors);

        Assert.Equal("calls.vcf:2: the line is longer than the limit MaxLineBytes = 1,048,576 bytes, and was not read further; expected a line break " +
            "within it (is the file cut, joined wrongly, or not text?). If such lines are genuine, raise Ingestion:Limits:MaxLineBytes", error.ToString());
        Assert.InRange(endless.Served, 1 << 20, 3 << 20);
        Assert.True(reader.Stopped);
        Assert.Null(reader.ReadLine());
    }

    [Fact]
    public void ReadLine_InvalidUtf8_IsRefusedWithLineAndColumn_AndTheNextLineIsRead()
    {
        using var reader = Reader([.. "ok\nab"u8, 0xFF, .. "c\nnext\n"u8]);
        Assert.Equal("ok", reader.ReadLine());

        var error = Assert.Single(Assert.Throws<InputRejectedException>(() => reader.ReadLine()).Errors);

        Assert.Equal("x.tsv:2: byte 0xFF at column 3 is not valid UTF-8; expected the file to be saved as UTF-8", error.ToString());
        Assert.False(reader.Stopped);
        Assert.Equal("next", reader.ReadLine());
    }

    [Fact]
    public void ReadLine_TruncatedUtf8SequenceAtEndOfFile_IsRefused()
    {
        using var reader = Reader([.. "caf"u8, 0xC3]);

        var error = Assert.Single(Assert.Throws<InputRejectedException>(() => reader.ReadLine()).Errors);

        Assert.Equal("x.tsv:1: byte 0xC3 at column 4 is not valid UTF-8; expected the file to be saved as UTF-8", error.ToString());
    }

    [Fact]
    public void ReadLine_GzipBombWithDefaultLimits_IsRefusedByTheExpansionRatio()
    {
        // 84 MiB of one short line compress to about 210 KB: past 64 MiB the ratio (about 400) is far above 100.
        var chunk = Enumerable.Repeat("##x=0000000000000000\n"u8.ToArray(), 1 << 16).SelectMany(l => l).ToArray();
        var bomb = Gzip(Enumerable.Repeat(chunk, 64), CompressionLevel.SmallestSize);
        using var compressed = new MemoryStream(bomb);
        using var reader = new InputLineReader(new GZipStream(compressed, CompressionMode.Decompress), compressed, "bomb.vcf.gz");

        var error = Assert.Single(Assert.Throws<InputRejectedException>(() => Lines(reader)).Errors);

        Assert.Equal("bomb.vcf.gz", error.File);
        Assert.InRange(error.Line, 3_000_000, 3_300_000);
        Assert.StartsWith("the compressed data expands more than the limit MaxExpansionRatio = 100 times (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("); nothing was loaded. Compressed VCFs expand 5 to 30 times: is it a compression bomb, or not the file meant? " +
            "If the file is genuine, raise Ingestion:Limits:MaxExpansionRatio", error.Message, StringComparison.Ordinal);
        Assert.True(reader.Stopped);
    }

    [Fact]
    public void ReadLine_SmallFileWithAHighRatio_IsRead()
    {
        var lines = Enumerable.Repeat("##x=0000000000000000\n"u8.ToArray(), 100_000).ToList();
        using var compressed = new MemoryStream(Gzip(lines));
        using var reader = new InputLineReader(new GZipStream(compressed, CompressionMode.Decompress), compressed, "small.vcf.gz");

        Assert.Equal(100_000, Lines(reader).Count);
    }

    [Fact]
    public void ReadLine_BeyondMaxDecompressedBytes_IsRefused()
    {
        var limits = new InputLimits { MaxDecompressedBytes = 1 << 20, MaxExpansionRatio = 1e9 };
        var text = Enumerable.Range(0, 100_000).Select(i => Encoding.ASCII.GetBytes($"line {i}\n")).ToList();
        using var compressed = new MemoryStream(Gzip(text));
        using var reader = new InputLineReader(new GZipStream(compressed, CompressionMode.Decompress), compressed, "big.vcf.gz", limits);

        var error = Assert.Single(Assert.Throws<InputRejectedException>(() => Lines(reader)).Errors);

        Assert.Equal("the compressed data expands beyond the limit MaxDecompressedBytes = 1,048,576 bytes; nothing was loaded. Expected a compressed " +
            "file smaller than that once expanded; if the file is genuine, raise Ingestion:Limits:MaxDecompressedBytes", error.Message);
        Assert.InRange(error.Line, 80_000, 100_000);
    }

    [Fact]
    public void ReadAllBytes_LineOverTheLimit_IsRefusedWithItsLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tw-domain-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "a,b\r\n1,2\r\n" + new string('x', 2000) + "\n3,4\n");
        try
        {
            var error = Assert.Single(Assert.Throws<InputRejectedException>(() => InputLineReader.ReadAllBytes(path, new InputLimits { MaxLineBytes = 1000 })).Errors);

            Assert.Equal(3, error.Line);
            Assert.Contains("MaxLineBytes = 1,000 bytes", error.Message, StringComparison.Ordinal);
            Assert.Equal(File.ReadAllBytes(path), InputLineReader.ReadAllBytes(path, new InputLimits { MaxLineBytes = 2000 }));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Validated_NamesTheSettingOfALimitThatCannotHold()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new InputLimits { MaxLineBytes = 0 }.Validated());

        Assert.Contains("Ingestion:Limits:MaxLineBytes", e.Message, StringComparison.Ordinal);
    }

    private static InputLineReader Reader(byte[] bytes, InputLimits? limits = null) => new(new MemoryStream(bytes), null, "x.tsv", limits);

    private static List<string> Lines(InputLineReader reader)
    {
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
            lines.Add(line);
        return lines;
    }

    private static List<string> Lines(TextReader reader)
    {
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
            lines.Add(line);
        return lines;
    }

    private static byte[] Gzip(IEnumerable<byte[]> parts, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, level, leaveOpen: true))
        {
            foreach (var part in parts)
                gzip.Write(part);
        }

        return output.ToArray();
    }

    /// <summary>A first line, then 'A' for ever: a reader that held a whole line would never return.</summary>
    private sealed class EndlessLine(byte[] first) : Stream
    {
        public long Served { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            for (var i = 0; i < count; i++)
                buffer[offset + i] = Served + i < first.Length ? first[Served + i] : (byte)'A';
            Served += count;
            return count;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Served; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class OneByteAtATime(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));
    }
}
