using TrialWarehouse.Genomics.Somatic;

namespace TrialWarehouse.Genomics.Tests;

public class CallerAdapterTests
{
    private static string Caller(string name) => TestData.PathOf("callers", name);

    [Fact]
    public void Read_FreeBayes_TakesAoOverDp()
    {
        var calls = SomaticVcf.Read(Caller("freebayes.vcf"));
        var braf = calls.Calls[0];

        Assert.Equal(("PT0004-T1", null, "GRCh38"), (calls.TumorSampleId, calls.NormalSampleId, calls.GenomeBuild));
        Assert.Equal((0.3, 100, 30), (braf.Vaf!.Value, braf.Depth!.Value, braf.AltCount!.Value));
    }

    [Fact]
    public void Read_FreeBayesMultiallelic_GivesEachAltItsOwnObservations()
    {
        var kras = SomaticVcf.Read(Caller("freebayes.vcf")).Calls.Where(c => c.Position == 25245350).ToList();

        Assert.Equal(["A", "T"], kras.Select(c => c.Alt));
        Assert.Equal([10, 5], kras.Select(c => c.AltCount!.Value));
        Assert.Equal(10.0 / 95, kras[0].Vaf!.Value, 9);
        Assert.Equal(5.0 / 95, kras[1].Vaf!.Value, 9);
        Assert.All(kras, c => Assert.Equal(95, c.Depth));
    }

    [Fact]
    public void Read_FreeBayesWithMissingCounts_FlagsTheVafInsteadOfInventingIt()
    {
        var call = SomaticVcf.Read(Caller("freebayes.vcf")).Calls.Single(c => c.Position == 25245400);

        Assert.Equal((null, null, null), (call.Vaf, call.Depth, call.AltCount));
    }

    [Fact]
    public void Read_Generic_UsesAdThenAfAndFlagsWhatItCannotDerive()
    {
        var calls = SomaticVcf.Read(Caller("generic.vcf")).Calls;

        Assert.Equal((0.25, 110, 25), (calls[0].Vaf!.Value, calls[0].Depth!.Value, calls[0].AltCount!.Value));
        Assert.Equal((0.125, null, null), (calls[1].Vaf!.Value, calls[1].Depth, calls[1].AltCount));
        Assert.Equal((null, 60, null), (calls[2].Vaf, calls[2].Depth, calls[2].AltCount));
    }

    [Fact]
    public void Read_CallerOverride_ReplacesDetection()
    {
        // FreeBayes writes no AD: read as Mutect2 (AD/AF), no VAF can be derived, and none is made up.
        var calls = SomaticVcf.Read(Caller("freebayes.vcf"), new SomaticVcfOptions { Caller = SomaticCaller.Mutect2 }).Calls;

        Assert.All(calls, c => Assert.Null(c.Vaf));
        Assert.Equal(100, calls[0].Depth);
    }

    [Fact]
    public void Read_GenericOverride_StillRecognisesCallerFormatKeys()
    {
        // A header stripped of its ##source line still carries Strelka2's tier counts.
        var calls = SomaticVcf.Read(Caller("strelka2.snvs.vcf"), new SomaticVcfOptions { Caller = SomaticCaller.Generic }).Calls;

        Assert.Equal(0.35, calls[0].Vaf!.Value);
    }

    [Theory]
    [InlineData("PT0003-T1.vcf")]
    [InlineData("PT0003-T1.vcf.gz")]
    public void Read_TumorColumnNamedTumor_TakesTheSampleIdFromTheFileName(string name)
    {
        using var dir = new TempDirectory();
        string text = File.ReadAllText(Caller("strelka2.snvs.vcf"));
        string path = name.EndsWith(".gz", StringComparison.Ordinal) ? dir.WriteGzip(name, text) : dir.Write(name, text);

        var calls = SomaticVcf.Read(path);

        Assert.Equal("PT0003-T1", calls.TumorSampleId);
        Assert.All(calls.Calls, c => Assert.Equal("PT0003-T1", c.SampleId));
    }

    [Fact]
    public void Read_TumorColumnNamedByTumorSampleLine_KeepsTheColumnName()
    {
        using var dir = new TempDirectory();
        string text = File.ReadAllText(Caller("strelka2.snvs.vcf")).Replace("##source=strelka\n", "##source=strelka\n##tumor_sample=TUMOR\n", StringComparison.Ordinal);
        string path = dir.Write("PT0003-T1.vcf", text);

        Assert.Equal("TUMOR", SomaticVcf.Read(path).TumorSampleId);
    }
}
