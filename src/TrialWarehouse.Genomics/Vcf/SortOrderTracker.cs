namespace TrialWarehouse.Genomics.Vcf;

/// <summary>Records must be grouped by contig (each contig in one block) and sorted by POS within it.</summary>
internal sealed class SortOrderTracker(ErrorSink errors)
{
    private readonly HashSet<string> _finished = new(StringComparer.Ordinal);
    private string? _current;
    private long _lastPos;

    public void Check(long line, ReadOnlySpan<char> chrom, long pos)
    {
        var key = ContigKey(chrom);
        if (_current is null || !key.SequenceEqual(_current))
        {
            if (_current is not null)
            {
                _finished.Add(_current);
            }

            _current = key.ToString();
            _lastPos = pos;
            if (_finished.Contains(_current))
            {
                errors.Add(line, "CHROM", $"records of contig {ErrorSink.Quote(chrom)} appear again after other contigs: keep each contig's records together (bcftools sort)");
            }

            return;
        }

        if (pos < _lastPos)
        {
            errors.Add(line, "POS", $"{pos} comes after {_lastPos} on {ErrorSink.Quote(chrom)}: records must be sorted by position (bcftools sort)");
        }

        _lastPos = pos;
    }

    /// <summary>Up to VCF 4.2 a record may name its contig as &lt;ID&gt;; it is the same contig as ID.</summary>
    private static ReadOnlySpan<char> ContigKey(ReadOnlySpan<char> chrom) =>
        chrom.Length > 2 && chrom[0] == '<' && chrom[^1] == '>' ? chrom[1..^1] : chrom;
}
