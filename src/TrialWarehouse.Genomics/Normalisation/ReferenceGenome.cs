using System.Globalization;
using System.Text;

namespace TrialWarehouse.Genomics.Normalisation;

/// <summary>
/// Random access to a reference FASTA through its samtools <c>.fai</c> index (built in memory by one scan when the
/// file has none). Contig names match with or without the <c>chr</c> prefix, as VCFs of one build write either.
/// </summary>
public sealed class ReferenceGenome : IDisposable
{
    private sealed record Contig(long Length, long Offset, int LineBases, int LineWidth);

    private readonly Dictionary<string, Contig> contigs;
    private readonly FileStream stream;

    private ReferenceGenome(string path, Dictionary<string, Contig> contigs)
    {
        Path = path;
        this.contigs = contigs;
        stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.RandomAccess);
    }

    public string Path { get; }

    /// <summary>Opens an uncompressed FASTA; <c>PATH.fai</c> is used when present.</summary>
    public static ReferenceGenome Open(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"reference FASTA {path} does not exist", path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            throw new IOException($"{path}: give the uncompressed FASTA (and its .fai from `samtools faidx`), not a compressed one");
        var fai = path + ".fai";
        return new ReferenceGenome(path, File.Exists(fai) ? ReadIndex(fai) : BuildIndex(path));
    }

    /// <summary>The bases at 1-based <paramref name="start"/> .. start + length - 1, upper case; null when the contig is unknown or the range leaves it.</summary>
    public string? Bases(string chrom, long start, int length)
    {
        if (Find(chrom) is not { } contig || start < 1 || length < 0 || start + length - 1 > contig.Length)
            return null;
        var result = new StringBuilder(length);
        var zero = start - 1;
        var buffer = new byte[contig.LineWidth];
        // One stream, shared by the jobs that read at once: each read seeks, so reads are serialised.
        lock (stream)
        while (result.Length < length)
        {
            long line = zero / contig.LineBases;
            int column = (int)(zero % contig.LineBases);
            int take = Math.Min(contig.LineBases - column, length - result.Length);
            stream.Position = contig.Offset + (line * contig.LineWidth) + column;
            stream.ReadExactly(buffer, 0, take);
            for (int i = 0; i < take; i++)
                result.Append(char.ToUpperInvariant((char)buffer[i]));
            zero += take;
        }
        return result.ToString();
    }

    public void Dispose() => stream.Dispose();

    private Contig? Find(string chrom) =>
        contigs.GetValueOrDefault(chrom)
        ?? (chrom.StartsWith("chr", StringComparison.Ordinal) ? contigs.GetValueOrDefault(chrom[3..]) : contigs.GetValueOrDefault("chr" + chrom));

    private static Dictionary<string, Contig> ReadIndex(string fai)
    {
        var result = new Dictionary<string, Contig>(StringComparer.Ordinal);
        int number = 0;
        foreach (var line in File.ReadLines(fai))
        {
            number++;
            var f = line.Split('\t');
            if (f.Length < 5 || !long.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || !long.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
                || !int.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out var bases)
                || !int.TryParse(f[4], NumberStyles.None, CultureInfo.InvariantCulture, out var width) || bases < 1 || width <= bases)
                throw new IOException($"{fai}:{number}: not a samtools faidx line (name, length, offset, line bases, line width); rebuild it with `samtools faidx`");
            result[f[0]] = new Contig(length, offset, bases, width);
        }
        return result;
    }

    // One pass over the file, as samtools faidx does; every sequence line but a contig's last must have the same length.
    private static Dictionary<string, Contig> BuildIndex(string path)
    {
        var result = new Dictionary<string, Contig>(StringComparer.Ordinal);
        using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        string? name = null;
        long length = 0, offset = 0, position = 0;
        int lineBases = 0, lineWidth = 0, lineNumber = 0;
        bool shortLineSeen = false;
        var line = new List<byte>(256);
        void Finish()
        {
            if (name is not null)
                result[name] = new Contig(length, offset, Math.Max(lineBases, 1), Math.Max(lineWidth, 2));
        }
        int b;
        while (true)
        {
            b = input.ReadByte();
            if (b != -1 && b != '\n')
            {
                line.Add((byte)b);
                continue;
            }
            if (b == -1 && line.Count == 0)
                break;
            lineNumber++;
            int width = line.Count + (b == '\n' ? 1 : 0);
            int bases = line.Count > 0 && line[^1] == '\r' ? line.Count - 1 : line.Count;
            if (line.Count > 0 && line[0] == '>')
            {
                Finish();
                name = Encoding.ASCII.GetString(line.ToArray(), 1, bases - 1).Split(' ', '\t')[0];
                length = 0;
                lineBases = lineWidth = 0;
                shortLineSeen = false;
                offset = position + width;
            }
            else if (name is not null && bases > 0)
            {
                if (lineBases == 0)
                    (lineBases, lineWidth) = (bases, width);
                else if (shortLineSeen || bases > lineBases)
                    throw new IOException($"{path}:{lineNumber}: sequence lines of a contig must all have the same length (but the last); rebuild the file or index it with `samtools faidx`");
                if (bases < lineBases)
                    shortLineSeen = true;
                length += bases;
            }
            position += width;
            line.Clear();
            if (b == -1)
                break;
        }
        Finish();
        return result;
    }
}
