using System.IO.Compression;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Genomics.Vcf;

/// <summary>
/// Reads the lines of a plain, gzip or BGZF file, counting them, within <see cref="InputLimits"/> (see
/// <see cref="InputLineReader"/>: a refused line or a compression bomb throws <see cref="InputRejectedException"/>).
/// GZipStream reads every member of a multi-member gzip file, which is what BGZF is.
/// </summary>
internal sealed class VcfLineReader : IDisposable
{
    private static readonly byte[] BgzfEofBlock =
    [
        0x1f, 0x8b, 0x08, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0x06, 0x00, 0x42, 0x43, 0x02, 0x00,
        0x1b, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    ];

    private readonly InputLineReader _reader;

    private VcfLineReader(InputLineReader reader, bool isBgzf, bool bgzfEofPresent)
    {
        _reader = reader;
        IsBgzf = isBgzf;
        BgzfEofMarkerMissing = isBgzf && !bgzfEofPresent;
    }

    public long LineNumber => _reader.LineNumber;

    /// <summary>True once a limit was exceeded: nothing more of the file is read.</summary>
    public bool Stopped => _reader.Stopped;

    public bool IsBgzf { get; }

    /// <summary>True for a BGZF file that lacks the empty block bgzip writes last: the copy was cut short.</summary>
    public bool BgzfEofMarkerMissing { get; }

    public static VcfLineReader Open(string path, InputLimits? limits = null)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            Span<byte> head = stackalloc byte[18];
            int read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            bool gzip = read >= 2 && head[0] == 0x1f && head[1] == 0x8b;
            bool bgzf = gzip && read >= 18 && (head[3] & 0x04) != 0 && head[12] == (byte)'B' && head[13] == (byte)'C';
            bool eofPresent = bgzf && EndsWithEofBlock(file);
            file.Position = 0;
            Stream content = gzip ? new GZipStream(file, CompressionMode.Decompress) : file;
            // A byte order mark is kept, as before: VCF has none, and the header check names it.
            return new VcfLineReader(new InputLineReader(content, gzip ? file : null, Path.GetFileName(path), limits, skipByteOrderMark: false), bgzf, eofPresent);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public string? ReadLine() => _reader.ReadLine();

    public void Dispose() => _reader.Dispose();

    private static bool EndsWithEofBlock(FileStream file)
    {
        if (file.Length < BgzfEofBlock.Length)
        {
            return false;
        }

        file.Position = file.Length - BgzfEofBlock.Length;
        Span<byte> tail = stackalloc byte[BgzfEofBlock.Length];
        file.ReadExactly(tail);
        return tail.SequenceEqual(BgzfEofBlock);
    }
}
