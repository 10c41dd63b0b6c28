using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Genomics.Tests;

public class UndeclaredWarningTests
{
    private static readonly string[] Meta =
    [
        "##contig=<ID=chr1>",
        "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
    ];

    private static readonly string[][] Rows =
    [
        ["chr1", "100", ".", "A", "G", ".", "PASS", "XX=1", "GT:YY", "0/1:3"],
        ["chr1", "200", ".", "A", "G", ".", "lowQ", "XX=2", "GT:YY", "0/1:4"],
        ["chr2", "300", ".", "A", "G", ".", "PASS", ".", "GT", "0/1"],
    ];

    [Fact]
    public void NotStrict_UndeclaredNamesAreWarnedOnceAtTheirFirstLine()
    {
        using var reader = Open(strict: false);
        int records = reader.Records().Count();

        Assert.Equal(3, records);
        Assert.Empty(reader.Errors);
        Assert.Equal(
            [(5L, "XX"), (5L, "YY"), (6L, "FILTER"), (7L, "CHROM")],
            reader.Warnings.Select(w => (w.Line, w.Field!)).OrderBy(w => w.Line).ThenBy(w => w.Item2, StringComparer.Ordinal));
        Assert.Contains("##INFO=<ID=XX", reader.Warnings.Single(w => w.Field == "XX").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_UndeclaredNamesAreErrorsOnEveryLine()
    {
        using var reader = Open(strict: true);
        int records = reader.Records().Count();

        Assert.Equal(0, records);
        Assert.Empty(reader.Warnings);
        Assert.Equal(6, reader.Errors.Count);
    }

    [Fact]
    public void ManyDistinctUndeclaredNames_StopBeingCollectedAtTheLimit()
    {
        using var dir = new TempDirectory();
        var rows = Enumerable.Range(1, 500).Select(i => new[] { "chr1", $"{i}", ".", "A", "G", ".", "PASS", $"K{i}=1" }).ToArray();
        string path = dir.Write("many.vcf", Vcf.Text("VCFv4.2", ["##contig=<ID=chr1>"], Vcf.Columns, rows));
        using var reader = VcfReader.Open(path, new VcfReaderOptions { MaxErrors = 10 });

        Assert.Equal(500, reader.Records().Count());
        Assert.Equal(10, reader.Warnings.Count);
    }

    private static VcfReader Open(bool strict)
    {
        var dir = new TempDirectory();
        string path = dir.Write("w.vcf", Vcf.Text("VCFv4.2", Meta, Vcf.WithSamples("S1"), Rows));
        return VcfReader.Open(path, new VcfReaderOptions { Strict = strict });
    }
}
