using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Genomics.Somatic;

/// <summary>Reads the genome build from <c>##reference</c>, the <c>assembly</c> of <c>##contig</c> lines, or the length of chromosome 1.</summary>
internal static class GenomeBuildDetector
{
    private static readonly string[] Grch38Names = ["grch38", "hg38", "assembly38", "hs38"];
    private static readonly string[] Grch37Names = ["grch37", "hg19", "b37", "hs37", "g1k_v37"];

    /// <summary>The build, or null with the error (on the column line) that says what the header should add.</summary>
    public static string? Require(VcfHeader header, string file, List<Domain.InputError> errors)
    {
        var build = Detect(header);
        if (build is null)
        {
            errors.Add(new Domain.InputError(file, header.ColumnLineNumber, "reference",
                "the genome build cannot be determined: add ##reference=GRCh38 (or GRCh37) to the header, or assembly=GRCh38 to the ##contig lines"));
        }

        return build;
    }

    public static string? Detect(VcfHeader header)
    {
        if (FromName(header.GetValue("reference")) is { } fromReference)
        {
            return fromReference;
        }

        foreach (var contig in header.Contigs)
        {
            if (FromName(contig.Assembly) is { } fromAssembly)
            {
                return fromAssembly;
            }
        }

        // The length of chromosome 1 differs between the builds; callers that name no build still write it.
        var chr1 = header.Contigs.FirstOrDefault(c => c.Id is "1" or "chr1");
        return chr1?.Length switch
        {
            248956422 => "GRCh38",
            249250621 => "GRCh37",
            _ => null,
        };
    }

    private static string? FromName(string? name)
    {
        if (name is null)
        {
            return null;
        }

        bool is38 = Grch38Names.Any(n => name.Contains(n, StringComparison.OrdinalIgnoreCase));
        bool is37 = Grch37Names.Any(n => name.Contains(n, StringComparison.OrdinalIgnoreCase));
        return (is38, is37) switch
        {
            (true, false) => "GRCh38",
            (false, true) => "GRCh37",
            _ => null,
        };
    }
}
