using System.Text.Json;
using TrialWarehouse.Genomics.Inspection;

namespace TrialWarehouse.Genomics.Tests;

public class VcfInspectionTests
{
    [Fact]
    public void Stats_CountsDataLinesAndRecordsAfterSplitting()
    {
        var stats = VcfStats.Compute(TestData.PathOf("callers", "mutect2.vcf"));

        Assert.True(stats.IsValid);
        Assert.Equal((5L, 6L, 2, "Mutect2", "VCFv4.2"), (stats.Records, stats.BiallelicRecords, stats.Samples, stats.Caller, stats.Version));
    }

    [Theory]
    [MemberData(nameof(ConformanceTests.PassedFiles), MemberType = typeof(ConformanceTests))]
    public void Stats_ReadsEveryConformingFileThroughTheFullReader(string file)
    {
        var stats = VcfStats.Compute(TestData.PathOf("hts-specs-4.2", "passed", file));

        Assert.True(stats.IsValid, string.Join("\n", stats.Errors));
        Assert.True(stats.BiallelicRecords >= stats.Records);
    }

    [Fact]
    public void Stats_MissingAltCountsOnce_AndWarningsDoNotFail()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("s.vcf", Vcf.Text("VCFv4.3", [], Vcf.Columns,
            ["1", "100", ".", "A", ".", ".", "PASS", "UNDECLARED=1"],
            ["1", "200", ".", "A", "C,G,T", ".", "PASS", "."],
            ["1", "300", ".", "A", "<DEL>", ".", "PASS", "."]));

        var stats = VcfStats.Compute(path);

        Assert.True(stats.IsValid);
        Assert.Equal((3L, 5L, 0, "generic", "VCFv4.3"), (stats.Records, stats.BiallelicRecords, stats.Samples, stats.Caller, stats.Version));
        Assert.Equal(2, stats.Warnings.Count);
    }

    [Fact]
    public void Stats_Json_HasTheDocumentedKeys()
    {
        var stats = VcfStats.Compute(TestData.PathOf("callers", "strelka2.snvs.vcf"));

        using var json = JsonDocument.Parse(stats.ToJson());
        var root = json.RootElement;

        Assert.Equal(2, root.GetProperty("records").GetInt64());
        Assert.Equal(2, root.GetProperty("biallelicRecords").GetInt64());
        Assert.Equal(2, root.GetProperty("samples").GetInt32());
        Assert.Equal("Strelka2", root.GetProperty("caller").GetString());
        Assert.Equal("VCFv4.1", root.GetProperty("version").GetString());
    }

    [Fact]
    public void Stats_InvalidFile_CarriesItsErrors()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("bad.vcf", Vcf.Text("VCFv4.2", [], Vcf.Columns, ["1", "x", ".", "A", "G", ".", "PASS", "."]));

        var stats = VcfStats.Compute(path);

        Assert.False(stats.IsValid);
        Assert.Equal(3, Assert.Single(stats.Errors).Line);
    }

    [Fact]
    public void Validate_PrintsEachProblemWithThePathAsGiven()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("bad.vcf", Vcf.Text("VCFv4.2", ["##contig=<ID=1>"], Vcf.Columns,
            ["1", "x", ".", "A", "G", ".", "PASS", "."],
            ["1", "200", ".", "A", "G", ".", "q10", "."]));

        var report = VcfValidationReport.Validate(path);
        var lines = report.Lines().ToList();

        Assert.False(report.IsValid);
        Assert.Equal(3, lines.Count);
        Assert.StartsWith($"{path}:4: POS: 'x' is not a position", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{path}:5: warning: FILTER: filter 'q10' is not declared", lines[1], StringComparison.Ordinal);
        Assert.Equal($"{path}: invalid (1 error, 1 warning)", lines[2]);
    }

    [Fact]
    public void Validate_WarningsOnly_IsValid()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("ok.vcf", Vcf.Text("VCFv4.2", [], Vcf.Columns, ["1", "100", ".", "A", "G", ".", "PASS", "NEW=1"]));

        var report = VcfValidationReport.Validate(path);

        Assert.True(report.IsValid);
        Assert.Equal($"{path}: valid (2 warnings)", report.Lines().Last());
    }
}
