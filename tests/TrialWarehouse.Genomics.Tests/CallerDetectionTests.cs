using TrialWarehouse.Genomics.Somatic;
using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Genomics.Tests;

public class CallerDetectionTests
{
    [Theory]
    [InlineData("##source=Mutect2", SomaticCaller.Mutect2)]
    [InlineData("##GATKCommandLine=<ID=Mutect2,CommandLine=\"Mutect2 -O out.vcf\",Version=\"4.2.6.1\">", SomaticCaller.Mutect2)]
    [InlineData("##GATKCommandLine=<ID=FilterMutectCalls,CommandLine=\"FilterMutectCalls\",Version=\"4.2.6.1\">", SomaticCaller.Mutect2)]
    [InlineData("##GATKCommandLine.MuTect2=<ID=MuTect2,Version=3.8>", SomaticCaller.Mutect2)]
    [InlineData("##source=strelka", SomaticCaller.Strelka2)]
    [InlineData("##content=strelka somatic indel calls", SomaticCaller.Strelka2)]
    [InlineData("##source=VarScan2", SomaticCaller.VarScan2)]
    [InlineData("##source=freeBayes v1.3.6", SomaticCaller.FreeBayes)]
    [InlineData("##source=DRAGEN_SNV", SomaticCaller.Dragen)]
    [InlineData("##DRAGENVersion=<ID=dragen,Version=\"SW: 07.021.624.3.10.4\">", SomaticCaller.Dragen)]
    [InlineData("##GATKCommandLine=<ID=HaplotypeCaller,CommandLine=\"HaplotypeCaller\">", SomaticCaller.Generic)]
    [InlineData("##source=MyPipeline", SomaticCaller.Generic)]
    public void Detect_ReadsTheHeaderLineCallersWrite(string metaLine, SomaticCaller expected)
    {
        Assert.Equal(expected, CallerDetector.Detect(HeaderWith(metaLine)));
    }

    [Fact]
    public void Detect_FirstLineNamingACallerWins()
    {
        Assert.Equal(SomaticCaller.Strelka2, CallerDetector.Detect(HeaderWith("##source=strelka", "##source_version=2.9.10", "##source=VarScan2")));
    }

    [Theory]
    [InlineData("mutect2.vcf", SomaticCaller.Mutect2)]
    [InlineData("strelka2.snvs.vcf", SomaticCaller.Strelka2)]
    [InlineData("varscan2.vcf", SomaticCaller.VarScan2)]
    [InlineData("dragen.vcf", SomaticCaller.Dragen)]
    [InlineData("freebayes.vcf", SomaticCaller.FreeBayes)]
    [InlineData("generic.vcf", SomaticCaller.Generic)]
    public void Detect_RecognisesEachCallerFile(string file, SomaticCaller expected)
    {
        using var reader = VcfReader.Open(TestData.PathOf("callers", file));

        Assert.Equal(expected, CallerDetector.Detect(reader.Header!));
    }

    [Theory]
    [InlineData(SomaticCaller.Dragen, "DRAGEN")]
    [InlineData(SomaticCaller.FreeBayes, "FreeBayes")]
    [InlineData(SomaticCaller.Generic, "generic")]
    public void DisplayName_IsHowCallersNameThemselves(SomaticCaller caller, string expected)
    {
        Assert.Equal(expected, CallerDetector.DisplayName(caller));
    }

    private static VcfHeader HeaderWith(params string[] metaLines)
    {
        using var dir = new TempDirectory();
        string path = dir.Write("h.vcf", Vcf.Text("VCFv4.2", metaLines, Vcf.Columns));
        using var reader = VcfReader.Open(path);
        return reader.Header!;
    }
}
