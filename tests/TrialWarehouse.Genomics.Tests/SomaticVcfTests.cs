using TrialWarehouse.Domain;
using TrialWarehouse.Genomics.Somatic;

namespace TrialWarehouse.Genomics.Tests;

public class SomaticVcfTests
{
    private static string Caller(string name) => TestData.PathOf("callers", name);

    [Fact]
    public void OpenedStream_GivesEveryCallAgainOnEachEnumeration_AsARetriedTransactionNeeds()
    {
        var stream = SomaticVcf.Open(Caller("mutect2.vcf"), SomaticVcfOptions.Default);

        var first = stream.Calls.ToList();
        var second = stream.Calls.ToList();

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
        Assert.Equal(SomaticVcf.Read(Caller("mutect2.vcf")).Calls, first);
    }

    [Fact]
    public void Read_Mutect2WithCsq_TakesTumorMetricsAndPickedTranscript()
    {
        var calls = SomaticVcf.Read(Caller("mutect2.vcf"));

        Assert.Equal("PT0001-T1", calls.TumorSampleId);
        Assert.Equal("PT0001-N1", calls.NormalSampleId);
        Assert.Equal("GRCh38", calls.GenomeBuild);
        var pik3ca = calls.Calls[0];
        Assert.Equal(new VariantCall("PT0001-T1", "GRCh38", "chr3", 179234297, "A", "G", "PIK3CA", "missense_variant", "ENST00000263967", "c.3140A>G", "p.H1047R", 0.4, 100, 40, "PASS"), pik3ca);
    }

    [Fact]
    public void Read_Mutect2Deletion_MatchesVepDashAllele()
    {
        var egfr = SomaticVcf.Read(Caller("mutect2.vcf")).Calls.Single(c => c.Gene == "EGFR");

        Assert.Equal(("AGGAATTAAGAGAAGC", "A"), (egfr.Ref, egfr.Alt));
        Assert.Equal("inframe_deletion", egfr.Consequence);
        Assert.Equal("p.E746_A750del", egfr.HgvsP);
        Assert.Equal(0.2, egfr.Vaf);
    }

    [Fact]
    public void Read_Mutect2WithoutPick_TakesCanonicalTranscriptAndKeepsFilter()
    {
        var kras = SomaticVcf.Read(Caller("mutect2.vcf")).Calls.Single(c => c.Gene == "KRAS");

        Assert.Equal("ENST00000256078", kras.TranscriptId);
        Assert.Equal("p.Q61=", kras.HgvsP);
        Assert.Equal("weak_evidence", kras.Filter);
    }

    [Fact]
    public void Read_Mutect2Multiallelic_GivesOneCallPerAltWithItsOwnCounts()
    {
        var tp53 = SomaticVcf.Read(Caller("mutect2.vcf")).Calls.Where(c => c.Gene == "TP53").ToList();

        Assert.Equal(2, tp53.Count);
        Assert.Equal(("T", 0.24, 12, 50, "p.R248Q"), (tp53[0].Alt, tp53[0].Vaf!.Value, tp53[0].AltCount!.Value, tp53[0].Depth!.Value, tp53[0].HgvsP));
        Assert.Equal(("A", 0.16, 8, 50, "p.R248L"), (tp53[1].Alt, tp53[1].Vaf!.Value, tp53[1].AltCount!.Value, tp53[1].Depth!.Value, tp53[1].HgvsP));
    }

    [Fact]
    public void Read_SymbolicAlt_IsSkippedNotRejected()
    {
        var calls = SomaticVcf.Read(Caller("mutect2.vcf")).Calls;

        Assert.Equal(5, calls.Count);
        Assert.DoesNotContain(calls, c => c.Alt.StartsWith('<'));
    }

    [Fact]
    public void Read_Strelka2Snv_UsesTier1BaseCounts()
    {
        var calls = SomaticVcf.Read(Caller("strelka2.snvs.vcf"));

        // The TUMOR column names no sample: the id is the file's name (see SomaticCallerTests for a real one).
        Assert.Equal("strelka2.snvs", calls.TumorSampleId);
        Assert.Equal("NORMAL", calls.NormalSampleId);
        Assert.Equal("GRCh37", calls.GenomeBuild);
        Assert.Equal((0.35, 100, 35), (calls.Calls[0].Vaf!.Value, calls.Calls[0].Depth!.Value, calls.Calls[0].AltCount!.Value));
        Assert.Equal((0.1, 40, 4, "LowEVS"), (calls.Calls[1].Vaf!.Value, calls.Calls[1].Depth!.Value, calls.Calls[1].AltCount!.Value, calls.Calls[1].Filter));
    }

    [Fact]
    public void Read_Strelka2Indel_UsesTier1TarTir()
    {
        var call = Assert.Single(SomaticVcf.Read(Caller("strelka2.indels.vcf")).Calls);

        Assert.Equal(("CA", "C"), (call.Ref, call.Alt));
        Assert.Equal((0.25, 80, 20), (call.Vaf!.Value, call.Depth!.Value, call.AltCount!.Value));
    }

    [Fact]
    public void Read_VarScan2_ReadsFreqPercentString()
    {
        var calls = SomaticVcf.Read(Caller("varscan2.vcf"));
        var call = Assert.Single(calls.Calls);

        Assert.Equal("GRCh37", calls.GenomeBuild);
        Assert.Equal("varscan2", calls.TumorSampleId);
        Assert.Equal(0.452, call.Vaf!.Value, 6);
        Assert.Equal((84, 38), (call.Depth!.Value, call.AltCount!.Value));
    }

    [Fact]
    public void Read_DragenWithSnpEffAnn_ReadsAfAdDpAndFirstAnnotation()
    {
        var calls = SomaticVcf.Read(Caller("dragen.vcf"));
        var call = Assert.Single(calls.Calls);

        Assert.Equal(("PT0002-T1", "PT0002-N1"), (calls.TumorSampleId, calls.NormalSampleId));
        Assert.Equal(new VariantCall("PT0002-T1", "GRCh38", "chr17", 39711955, "C", "T", "ERBB2", "missense_variant", "ENST00000269571.10", "c.929C>T", "p.S310F", 0.3, 100, 30, "PASS", Exon: 8), call);
    }

    [Fact]
    public void Read_TwoSamplesAndNoTumorName_SaysHowToFixIt()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("pair.vcf", Vcf.Text("VCFv4.2", ["##reference=GRCh38", "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">"], Vcf.WithSamples("S1", "S2"), ["chr1", "100", ".", "A", "G", ".", "PASS", ".", "GT", "0/0", "0/1"]));

        var error = Assert.Single(Assert.Throws<InputRejectedException>(() => SomaticVcf.Read(path)).Errors);

        Assert.Equal(("pair.vcf", 4L), (error.File, error.Line));
        Assert.Contains("##tumor_sample=", error.Message, StringComparison.Ordinal);
        Assert.Contains("TUMOR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TumorSampleHeaderNamingNoColumn_IsRejected()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("wrong.vcf", Vcf.Text("VCFv4.2", ["##reference=GRCh38", "##tumor_sample=PT9-T1"], Vcf.WithSamples("PT1-T1"), ["chr1", "100", ".", "A", "G", ".", "PASS", ".", "GT", "0/1"]));

        var error = Assert.Single(Assert.Throws<InputRejectedException>(() => SomaticVcf.Read(path)).Errors);

        Assert.Equal(3, error.Line);
        Assert.Contains("PT9-T1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SingleSampleWithoutBuild_IsRejectedWithAdvice()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("nobuild.vcf", Vcf.Text("VCFv4.2", [], Vcf.WithSamples("PT1-T1"), ["chr1", "100", ".", "A", "G", ".", "PASS", ".", "GT", "0/1"]));

        var error = Assert.Single(Assert.Throws<InputRejectedException>(() => SomaticVcf.Read(path)).Errors);

        Assert.Equal("reference", error.Field);
        Assert.Contains("##reference=GRCh38", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidRecordAfterValidOnes_ReturnsNothingAndListsEveryError()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("bad.vcf", Vcf.Text("VCFv4.2", ["##reference=hg19"], Vcf.WithSamples("PT1-T1"),
            ["chr1", "100", ".", "A", "G", ".", "PASS", ".", "GT", "0/1"],
            ["chr1", "oops", ".", "A", "G", ".", "PASS", ".", "GT", "0/1"],
            ["chr1", "300", ".", "A", "G", ".", "PASS", ".", "GT", "0/5"]));

        var errors = Assert.Throws<InputRejectedException>(() => SomaticVcf.Read(path)).Errors;

        Assert.Equal([5L, 6L], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Equal("bad.vcf", e.File));
    }

    [Fact]
    public void Read_GzippedVcf_GivesSameCalls()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteGzip("mutect2.vcf.gz", File.ReadAllText(Caller("mutect2.vcf")));

        Assert.Equal(SomaticVcf.Read(Caller("mutect2.vcf")).Calls, SomaticVcf.Read(path).Calls);
    }
}
