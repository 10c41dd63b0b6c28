namespace TrialWarehouse.Genomics.Vcf;

/// <summary>The meta-information lines and the column header line of a VCF file.</summary>
public sealed class VcfHeader
{
    internal VcfHeader(
        VcfVersion version,
        IReadOnlyList<VcfMetaLine> metaLines,
        Dictionary<string, VcfFieldDefinition> info,
        Dictionary<string, VcfFieldDefinition> format,
        IReadOnlyList<string> sampleNames,
        bool hasFormatColumn,
        long columnLineNumber)
    {
        ColumnLineNumber = columnLineNumber;
        Version = version;
        MetaLines = metaLines;
        InfoDefinitions = info;
        FormatDefinitions = format;
        SampleNames = sampleNames;
        HasFormatColumn = hasFormatColumn;
        InfoLookup = info.GetAlternateLookup<ReadOnlySpan<char>>();
        FormatLookup = format.GetAlternateLookup<ReadOnlySpan<char>>();
        Filters = ById("FILTER");
        Alts = ById("ALT");
        Contigs = [.. metaLines.Where(l => l.Key == "contig" && l.Get("ID") is not null).Select(ToContig)];
        ContigIds = new HashSet<string>(Contigs.Select(c => c.Id), StringComparer.Ordinal);
    }

    public VcfVersion Version { get; }

    /// <summary>Every <c>##</c> line in file order, the ones this model types (INFO, FORMAT, ...) included.</summary>
    public IReadOnlyList<VcfMetaLine> MetaLines { get; }

    public IReadOnlyDictionary<string, VcfFieldDefinition> InfoDefinitions { get; }

    public IReadOnlyDictionary<string, VcfFieldDefinition> FormatDefinitions { get; }

    /// <summary>FILTER id to description.</summary>
    public IReadOnlyDictionary<string, string> Filters { get; }

    /// <summary>Symbolic ALT id (e.g. <c>DEL</c>, <c>INS:ME</c>) to description.</summary>
    public IReadOnlyDictionary<string, string> Alts { get; }

    public IReadOnlyList<VcfContig> Contigs { get; }

    public IReadOnlyList<VcfMetaLine> SampleLines => [.. GetLines("SAMPLE")];

    public IReadOnlyList<VcfMetaLine> PedigreeLines => [.. GetLines("PEDIGREE")];

    public IReadOnlyList<string> SampleNames { get; }

    public bool HasFormatColumn { get; }

    /// <summary>Line number of the #CHROM line, where problems of the header as a whole are reported.</summary>
    public long ColumnLineNumber { get; }

    internal Dictionary<string, VcfFieldDefinition>.AlternateLookup<ReadOnlySpan<char>> InfoLookup { get; }

    internal Dictionary<string, VcfFieldDefinition>.AlternateLookup<ReadOnlySpan<char>> FormatLookup { get; }

    internal HashSet<string> ContigIds { get; }

    /// <summary>The value of the first <c>##key=value</c> line with this key, e.g. <c>GetValue("tumor_sample")</c>.</summary>
    public string? GetValue(string key) => MetaLines.FirstOrDefault(l => l.Key == key)?.Value;

    public IEnumerable<VcfMetaLine> GetLines(string key) => MetaLines.Where(l => l.Key == key);

    public int SampleIndex(string name)
    {
        for (int i = 0; i < SampleNames.Count; i++)
        {
            if (SampleNames[i] == name)
            {
                return i;
            }
        }

        return -1;
    }

    private Dictionary<string, string> ById(string key)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in GetLines(key))
        {
            if (line.Get("ID") is { } id)
            {
                result.TryAdd(id, line.Get("Description") ?? "");
            }
        }

        return result;
    }

    private static VcfContig ToContig(VcfMetaLine line)
    {
        long? length = long.TryParse(line.Get("length"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long l) ? l : null;
        return new VcfContig(line.Get("ID")!, length, line.Get("assembly"));
    }
}
