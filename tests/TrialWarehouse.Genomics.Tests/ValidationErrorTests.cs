using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Genomics.Tests;

public class ValidationErrorTests
{
    private static IReadOnlyList<TrialWarehouse.Domain.InputError> Validate(string version, string[] meta, string[][] rows, bool strict = false)
    {
        using var dir = new TempDirectory();
        string path = dir.Write("input.vcf", Vcf.Text(version, meta, Vcf.Columns, rows));
        return VcfReader.Validate(path, new VcfReaderOptions { Strict = strict });
    }

    [Fact]
    public void Validate_RecordWithTooFewColumns_NamesFileAndLine()
    {
        var errors = Validate("VCFv4.2", [], [["chr1", "100", ".", "A", "G", ".", "PASS", "."], ["chr1", "200", ".", "A"]]);

        var error = Assert.Single(errors);
        Assert.Equal("input.vcf", error.File);
        Assert.Equal(4, error.Line);
        Assert.Contains("expected 8 tab-separated columns", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("input.vcf:4: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TruncatedPlainFile_ReportsTheCutLine()
    {
        using var dir = new TempDirectory();
        string text = Vcf.Text("VCFv4.2", [], Vcf.Columns, ["chr1", "100", ".", "A", "G", ".", "PASS", "DP=10"], ["chr1", "200", ".", "A", "G", ".", "PASS", "DP=10"]);
        string path = dir.Write("cut.vcf", text[..(text.Length - 12)]);

        var error = Assert.Single(VcfReader.Validate(path));

        Assert.Equal(4, error.Line);
        Assert.Equal("cut.vcf", error.File);
    }

    [Fact]
    public void Validate_FileEndingInHeader_SaysTheColumnLineIsMissing()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("header-only.vcf", "##fileformat=VCFv4.2\n##source=x\n");

        var error = Assert.Single(VcfReader.Validate(path));

        Assert.Equal(3, error.Line);
        Assert.Contains("#CHROM", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12x")]
    [InlineData("-5")]
    [InlineData(".")]
    public void Validate_BadPos_NamesThePosColumn(string pos)
    {
        var error = Assert.Single(Validate("VCFv4.2", [], [["chr1", pos, ".", "A", "G", ".", "PASS", "."]]));

        Assert.Equal(3, error.Line);
        Assert.Equal("POS", error.Field);
        Assert.Contains("whole number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UndeclaredInfo_IsAnErrorOnlyInStrictMode()
    {
        string[][] rows = [["chr1", "100", ".", "A", "G", ".", "PASS", "XYZ=3"]];

        Assert.Empty(Validate("VCFv4.3", [], rows));
        var error = Assert.Single(Validate("VCFv4.3", [], rows, strict: true), e => e.Field == "XYZ");
        Assert.Contains("##INFO=<ID=XYZ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ColonInChrom_FollowsDeclaredVersion()
    {
        string[][] rows = [["HLA-A*01:01", "100", ".", "A", "G", ".", "PASS", "."]];

        Assert.Empty(Validate("VCFv4.3", [], rows));
        Assert.Contains(Validate("VCFv4.2", [], rows), e => e.Field == "CHROM");
        Assert.Empty(Validate("VCFv4.2", ["##contig=<ID=HLA-A*01:01,length=3503>"], rows));
    }

    [Fact]
    public void Validate_StarAllele_NeedsVcf42()
    {
        string[][] rows = [["chr1", "100", ".", "A", "*", ".", "PASS", "."]];

        Assert.Empty(Validate("VCFv4.2", [], rows));
        Assert.Contains(Validate("VCFv4.1", [], rows), e => e.Field == "ALT");
    }

    [Fact]
    public void Validate_TypeMismatch_SaysWhatWouldBeRight()
    {
        var error = Assert.Single(Validate("VCFv4.2", ["##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">"], [["chr1", "100", ".", "A", "G", ".", "PASS", "DP=1.5"]]));

        Assert.Equal("DP", error.Field);
        Assert.Contains("Type=Integer", error.Message, StringComparison.Ordinal);
        Assert.Contains("whole number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_StopsAtTheErrorLimit()
    {
        var rows = Enumerable.Range(1, 500).Select(i => new[] { "chr1", "x", ".", "A", "G", ".", "PASS", "." }).ToArray();

        Assert.Equal(100, Validate("VCFv4.2", [], rows).Count);
    }
}
