using System.Globalization;

namespace TrialWarehouse.Genomics.CopyNumber;

/// <summary>One gene's extent on one genome build: 1-based, inclusive, chrom with the "chr" prefix.</summary>
public sealed record GeneLocus(string Gene, string Build, string Chrom, long Start, long End, char Strand, string EnsemblGeneId)
{
    /// <summary>Length in bases.</summary>
    public long Length => End - Start + 1;
}

/// <summary>
/// The gene coordinate table shipped with the product (gene-coordinates.tsv, sources in its header): the panel genes
/// on each build it has rows for. Copy-number segments and breakends are mapped to genes with it.
/// </summary>
public sealed class GeneCoordinates
{
    private readonly Dictionary<(string Build, string Chrom), GeneLocus[]> _byContig;

    private GeneCoordinates(IEnumerable<GeneLocus> loci)
    {
        _byContig = loci.GroupBy(l => (l.Build, l.Chrom))
            .ToDictionary(g => g.Key, g => g.OrderBy(l => l.Start).ToArray());
        Builds = [.. _byContig.Keys.Select(k => k.Build).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>The table shipped with the product.</summary>
    public static GeneCoordinates Default { get; } = Load();

    /// <summary>The builds the table has rows for.</summary>
    public IReadOnlyList<string> Builds { get; }

    /// <summary>
    /// The file's genome build, when its header gives one that this table has rows for; otherwise null, with the error
    /// (on the column line) that says what to add or why <paramref name="what"/> cannot be called.
    /// </summary>
    public string? BuildOf(Vcf.VcfHeader header, string file, List<Domain.InputError> errors, string what)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(errors);
        string? build = Somatic.GenomeBuildDetector.Require(header, file, errors);
        if (build is not null && !Builds.Contains(build))
        {
            errors.Add(new Domain.InputError(file, header.ColumnLineNumber, "reference",
                $"the file is on {build}, but the gene coordinate table has rows only for {string.Join(", ", Builds)}: {what} cannot be called on {build}"));
            return null;
        }

        return build;
    }

    /// <summary>Every locus on <paramref name="build"/>.</summary>
    public IEnumerable<GeneLocus> On(string build) => _byContig.Where(k => k.Key.Build == build).SelectMany(k => k.Value);

    /// <summary>
    /// The genes of <paramref name="build"/> that share at least one base with <paramref name="start"/>..<paramref name="end"/>
    /// (1-based, inclusive) on <paramref name="chrom"/>; "17" and "chr17" name the same contig.
    /// </summary>
    public IEnumerable<GeneLocus> Overlapping(string build, string chrom, long start, long end)
    {
        if (!_byContig.TryGetValue((build, Normalise(chrom)), out var loci))
        {
            return [];
        }

        return loci.Where(l => l.Start <= end && l.End >= start);
    }

    /// <summary>Contig names as the table writes them: "chr" prefix, "chrM" for the mitochondrion.</summary>
    public static string Normalise(string chrom)
    {
        string bare = chrom.StartsWith("chr", StringComparison.OrdinalIgnoreCase) ? chrom[3..] : chrom;
        return bare.ToUpperInvariant() switch
        {
            "MT" or "M" => "chrM",
            "X" => "chrX",
            "Y" => "chrY",
            _ => "chr" + bare,
        };
    }

    private static GeneCoordinates Load()
    {
        using var stream = typeof(GeneCoordinates).Assembly.GetManifestResourceStream("TrialWarehouse.Genomics.gene-coordinates.tsv")
            ?? throw new InvalidOperationException("the gene coordinate table is not embedded in TrialWarehouse.Genomics");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    internal static GeneCoordinates Parse(TextReader reader)
    {
        var loci = new List<GeneLocus>();
        bool header = true;
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            string[] c = line.Split('\t');
            if (c.Length != 7 || !long.TryParse(c[3], NumberStyles.None, CultureInfo.InvariantCulture, out long start)
                || !long.TryParse(c[4], NumberStyles.None, CultureInfo.InvariantCulture, out long end) || start > end || c[5] is not ("+" or "-"))
            {
                // The table ships with the product: a broken row is a build defect, not user input.
                throw new InvalidOperationException($"gene-coordinates.tsv:{lineNumber}: expected gene, build, chrom, start <= end, strand (+/-), Ensembl id");
            }

            loci.Add(new GeneLocus(c[0], c[1], c[2], start, end, c[5][0], c[6]));
        }

        return new GeneCoordinates(loci);
    }
}
