using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical.Tests;

public sealed class SamplesFileTests : IDisposable
{
    private readonly TempDirectory files = new();

    public void Dispose() => files.Dispose();

    private IReadOnlyList<Sample> Read(string text) => ClinicalFiles.ReadSamples(files.Write("samples.csv", text));

    private IReadOnlyList<Sample> ReadRow(string row) => Read(Examples.SamplesHeader + "\n" + row + "\n");

    [Fact]
    public void ReadSamples_ReadsTheFormatsExample() =>
        Assert.Equal(
            [new Sample("PT0001-T1", "PT0001", new DateOnly(2021, 5, 2), "liver metastasis", 60, "NGS-802", "GRCh38", 4.2, "MSS")],
            Read(Examples.Samples));

    [Theory]
    [InlineData("", null)]
    [InlineData("0", 0.0)]
    [InlineData("100", 100.0)]
    [InlineData("62.5", 62.5)]
    public void ReadSamples_ReadsTumorCellularityInInvariantCulture(string cell, double? expected) =>
        Assert.Equal(expected, ReadRow($"S1,PT0001,2021-05-02,liver,{cell},NGS-802,GRCh38")[0].TumorCellularity);

    [Theory]
    [InlineData("-1")]
    [InlineData("100.5")]
    [InlineData("250")]
    public void ReadSamples_RejectsTumorCellularityOutsideZeroToHundred(string cell) =>
        Rejection.Single(() => ReadRow($"S1,PT0001,2021-05-02,liver,{cell},NGS-802,GRCh38"), 2, "tumor_cellularity", "out of range", "between 0 and 100");

    [Theory]
    [InlineData("\"62,5\"")]
    [InlineData("sixty")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e2")]
    public void ReadSamples_RejectsTumorCellularityThatIsNotAnInvariantNumber(string cell) =>
        Rejection.Single(() => ReadRow($"S1,PT0001,2021-05-02,liver,{cell},NGS-802,GRCh38"), 2, "tumor_cellularity", "is not a number");

    [Theory]
    [InlineData("hg38")]
    [InlineData("grch38")]
    public void ReadSamples_RejectsGenomeBuildOutsideVocabulary(string build) =>
        Rejection.Single(() => ReadRow($"S1,PT0001,2021-05-02,liver,60,NGS-802,{build}"), 2, "genome_build", "one of GRCh37, GRCh38");

    [Fact]
    public void ReadSamples_ReadsSignatures_AndLeavesThemUnknownWhenTheColumnsAreAbsent()
    {
        var sample = Read(Examples.SamplesHeader + ",tmb,msi_status\nS1,PT0001,2021-05-02,liver,60,NGS-802,GRCh38,12.5,MSI-H\n")[0];
        Assert.Equal((12.5, "MSI-H"), (sample.Tmb, sample.MsiStatus));

        var unknown = ReadRow("S1,PT0001,2021-05-02,liver,60,NGS-802,GRCh38")[0];
        Assert.Equal((null, null), (unknown.Tmb, unknown.MsiStatus));
    }

    [Theory]
    [InlineData("-0.5", "out of range")]
    [InlineData("1500", "out of range")]
    [InlineData("high", "is not a number")]
    public void ReadSamples_RejectsTmbThatIsNotMutationsPerMegabase(string cell, string reason) =>
        Rejection.Single(() => Read(Examples.SamplesHeader + $",tmb\nS1,PT0001,2021-05-02,liver,60,NGS-802,GRCh38,{cell}\n"),
            2, "tmb", reason, "mutations per megabase");

    [Theory]
    [InlineData("MSI-L")]
    [InlineData("msi-h")]
    [InlineData("unstable")]
    public void ReadSamples_RejectsMsiStatusOutsideVocabulary(string cell) =>
        Rejection.Single(() => Read(Examples.SamplesHeader + $",msi_status\nS1,PT0001,2021-05-02,liver,60,NGS-802,GRCh38,{cell}\n"),
            2, "msi_status", "one of MSS, MSI-H");

    [Fact]
    public void ReadSamples_RejectsBlankSpecimenSite() =>
        Rejection.Single(() => ReadRow("S1,PT0001,2021-05-02,  ,60,NGS-802,GRCh38"), 2, "specimen_site", "is blank");

    [Fact]
    public void ReadSamples_RejectsDuplicateSampleId_NamingBothLines() =>
        Rejection.Single(
            () => Read(Examples.SamplesHeader + "\nS1,PT0001,2021-05-02,liver,60,NGS-802,GRCh38\nS1,PT0002,2021-05-03,lung,,NGS-802,GRCh37\n"),
            3, "sample_id", "line 2", "line 3");
}
