using System.Globalization;

namespace TrialWarehouse.Genomics.Vcf;

/// <summary>
/// One data line. The line is kept as read and fields are sliced from it on demand, so reading a record that is
/// only partly used costs little more than the line itself.
/// </summary>
public sealed class VcfRecord
{
    private readonly int[] _columnStarts;
    private string? _chrom;
    private string? _ref;
    private IReadOnlyList<string>? _alts;
    private IReadOnlyList<string>? _formatKeys;

    internal VcfRecord(VcfHeader header, string line, long lineNumber, int[] columnStarts)
    {
        Header = header;
        Line = line;
        LineNumber = lineNumber;
        _columnStarts = columnStarts;
    }

    public VcfHeader Header { get; }

    /// <summary>The line as read (or as rebuilt, for a record produced by splitting).</summary>
    public string Line { get; }

    /// <summary>1-based line number in the file this record came from.</summary>
    public long LineNumber { get; }

    public int ColumnCount => _columnStarts.Length - 1;

    public string Chrom => _chrom ??= Column(0).ToString();

    public long Position => long.Parse(Column(1), NumberStyles.None, CultureInfo.InvariantCulture);

    public ReadOnlySpan<char> IdText => Column(2);

    public IReadOnlyList<string> Ids => IsMissing(Column(2)) ? [] : Column(2).ToString().Split(';');

    public string Ref => _ref ??= Column(3).ToString();

    /// <summary>ALT alleles as written: bases, <c>*</c>, symbolic <c>&lt;DEL&gt;</c>, breakends; empty when ALT is '.'.</summary>
    public IReadOnlyList<string> Alts => _alts ??= IsMissing(Column(4)) ? [] : Column(4).ToString().Split(',');

    public int AltCount => IsMissing(Column(4)) ? 0 : Column(4).Count(',') + 1;

    public double? Qual => IsMissing(Column(5)) ? null : VcfSyntax.TryParseFloat(Column(5), out double q) ? q : null;

    public ReadOnlySpan<char> FilterText => Column(6);

    /// <summary>Filters applied; empty when FILTER is '.' (no filtering done).</summary>
    public IReadOnlyList<string> Filters => IsMissing(Column(6)) ? [] : Column(6).ToString().Split(';');

    public bool IsPass => Column(6).SequenceEqual("PASS");

    public ReadOnlySpan<char> InfoText => Column(7);

    public int SampleCount => Math.Max(0, ColumnCount - 9);

    public IReadOnlyList<string> FormatKeys => _formatKeys ??= ColumnCount > 8 ? Column(8).ToString().Split(':') : [];

    public ReadOnlySpan<char> Column(int index) => Line.AsSpan(_columnStarts[index], _columnStarts[index + 1] - _columnStarts[index] - 1);

    public bool HasInfo(string key) => TryGetInfo(key, out _);

    /// <summary>Finds an INFO entry; the value is empty for a flag.</summary>
    public bool TryGetInfo(ReadOnlySpan<char> key, out ReadOnlySpan<char> value)
    {
        var info = Column(7);
        foreach (var range in info.Split(';'))
        {
            var entry = info[range];
            int eq = entry.IndexOf('=');
            var entryKey = eq < 0 ? entry : entry[..eq];
            if (entryKey.SequenceEqual(key))
            {
                value = eq < 0 ? [] : entry[(eq + 1)..];
                return true;
            }
        }

        value = default;
        return false;
    }

    public string? GetInfoString(string key) => TryGetInfo(key, out var v) && !IsMissing(v) ? v.ToString() : null;

    /// <summary>The <paramref name="index"/>-th comma-separated value of an INFO field, or null if absent or '.'.</summary>
    public int? GetInfoInteger(string key, int index = 0) =>
        TryGetInfo(key, out var v) && TryGetItem(v, ',', index, out var item) && int.TryParse(item, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int n) ? n : null;

    public double? GetInfoFloat(string key, int index = 0) =>
        TryGetInfo(key, out var v) && TryGetItem(v, ',', index, out var item) && VcfSyntax.TryParseFloat(item, out double d) ? d : null;

    /// <summary>All comma-separated values of an INFO field ('.' items as null); empty if the key is absent.</summary>
    public IReadOnlyList<string?> GetInfoValues(string key)
    {
        if (!TryGetInfo(key, out var v) || v.IsEmpty)
        {
            return [];
        }

        var values = new List<string?>();
        foreach (var range in v.Split(','))
        {
            values.Add(IsMissing(v[range]) ? null : v[range].ToString());
        }

        return values;
    }

    public int FormatIndex(ReadOnlySpan<char> key)
    {
        if (ColumnCount <= 8)
        {
            return -1;
        }

        int i = 0;
        var format = Column(8);
        foreach (var range in format.Split(':'))
        {
            if (format[range].SequenceEqual(key))
            {
                return i;
            }

            i++;
        }

        return -1;
    }

    /// <summary>The raw value of a FORMAT key for one sample; false when the key is absent or the sample drops it.</summary>
    public bool TryGetSampleValue(int sample, ReadOnlySpan<char> key, out ReadOnlySpan<char> value)
    {
        value = default;
        int index = FormatIndex(key);
        return index >= 0 && sample >= 0 && sample < SampleCount && TryGetItem(Column(9 + sample), ':', index, out value);
    }

    public string? GetSampleString(int sample, string key) =>
        TryGetSampleValue(sample, key, out var v) && !IsMissing(v) ? v.ToString() : null;

    public int? GetSampleInteger(int sample, string key, int index = 0) =>
        TryGetSampleValue(sample, key, out var v) && TryGetItem(v, ',', index, out var item) && int.TryParse(item, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int n) ? n : null;

    public double? GetSampleFloat(int sample, string key, int index = 0) =>
        TryGetSampleValue(sample, key, out var v) && TryGetItem(v, ',', index, out var item) && VcfSyntax.TryParseFloat(item, out double d) ? d : null;

    public Genotype? GetGenotype(int sample) =>
        TryGetSampleValue(sample, "GT", out var v) ? Genotype.TryParse(v, Header.Version, out _) : null;

    public override string ToString() => Line;

    internal static bool IsMissing(ReadOnlySpan<char> value) => value.Length == 1 && value[0] == '.';

    internal static bool TryGetItem(ReadOnlySpan<char> text, char separator, int index, out ReadOnlySpan<char> item)
    {
        int i = 0;
        foreach (var range in text.Split(separator))
        {
            if (i++ == index)
            {
                item = text[range];
                return !IsMissing(item);
            }
        }

        item = default;
        return false;
    }

    /// <summary>Tab positions of a line: start of each column, plus one past the end.</summary>
    internal static int[] FindColumns(string line)
    {
        // Vectorised searches rather than a loop over every character: on an annotated line most characters are
        // INFO, and this runs for every record.
        var text = line.AsSpan();
        int count = text.Count('\t') + 1;
        var starts = new int[count + 1];
        int at = 0;
        for (int column = 1; column < count; column++)
        {
            at += text[at..].IndexOf('\t') + 1;
            starts[column] = at;
        }

        starts[count] = line.Length + 1;
        return starts;
    }
}
