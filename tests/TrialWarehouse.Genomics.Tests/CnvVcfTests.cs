using CsCheck;
using TrialWarehouse.Domain;
using TrialWarehouse.Genomics.CopyNumber;

namespace TrialWarehouse.Genomics.Tests;

public class CnvVcfTests
{
    // Header as in the structural-variant section of VCF 4.2/4.3 (reserved SVTYPE, END, SVLEN, CN; ALT <DEL>, <DUP>, <CNV>).
    private static readonly string[] Meta =
    [
        "##reference=GRCh38",
        "##contig=<ID=chr8,length=145138636>",
        "##contig=<ID=chr9,length=138394717>",
        "##contig=<ID=chr10,length=133797422>",
        "##contig=<ID=chr17,length=83257441>",
        "##ALT=<ID=DEL,Description=\"Deletion\">",
        "##ALT=<ID=DUP,Description=\"Duplication\">",
        "##ALT=<ID=CNV,Description=\"Copy number variable region\">",
        "##INFO=<ID=SVTYPE,Number=1,Type=String,Description=\"Type of structural variant\">",
        "##INFO=<ID=END,Number=1,Type=Integer,Description=\"End position of the variant described in this record\">",
        "##INFO=<ID=SVLEN,Number=.,Type=Integer,Description=\"Difference in length between REF and ALT alleles\">",
        "##INFO=<ID=CN,Number=1,Type=Integer,Description=\"Copy number of segment containing breakend\">",
        "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
        "##FORMAT=<ID=CN,Number=1,Type=Float,Description=\"Copy number genotype for imprecise events\">",
    ];

    private static string File(params string[][] rows) => Vcf.Text("VCFv4.3", Meta, Vcf.WithSamples("PT0001-T1"), rows);

    private static CopyNumberProfile Read(string text, string name = "s.cnv.vcf")
    {
        using var dir = new TempDirectory();
        return CnvVcf.Read(dir.Write(name, text));
    }

    private static IReadOnlyList<InputError> Errors(string text, string name = "bad.cnv.vcf")
    {
        using var dir = new TempDirectory();
        string path = dir.Write(name, text);
        return Assert.Throws<InputRejectedException>(() => CnvVcf.Read(path)).Errors;
    }

    [Fact]
    public void Read_SegmentsFromTheSpecsExample_BecomeGeneCalls()
    {
        var profile = Read(File(
            ["chr17", "39600000", "amp1", "N", "<DUP>", ".", "PASS", "SVTYPE=DUP;END=39800000", "GT:CN", "./.:9"],
            ["chr9", "21900000", "del1", "N", "<DEL>", ".", "PASS", "SVTYPE=DEL;END=22100000", "GT:CN", "./.:0"],
            ["chr10", "87800000", "cnv1", "N", "<CNV>", ".", "PASS", "SVTYPE=CNV;END=88000000;CN=1", "GT", "./."]));

        Assert.Equal("PT0001-T1", profile.SampleId);
        Assert.Equal("GRCh38", profile.GenomeBuild);
        Assert.Equal(
            [
                new CopyNumberCall("PT0001-T1", "CDKN2A", CopyNumberStates.DeepDeletion, null, 0),
                new CopyNumberCall("PT0001-T1", "CDKN2B", CopyNumberStates.DeepDeletion, null, 0),
                new CopyNumberCall("PT0001-T1", "ERBB2", CopyNumberStates.Amplification, null, 9),
                new CopyNumberCall("PT0001-T1", "PTEN", CopyNumberStates.ShallowDeletion, null, 1),
            ],
            profile.Calls);
    }

    [Theory]
    [InlineData(0, 2, CopyNumberStates.DeepDeletion)]
    [InlineData(0.4, 2, CopyNumberStates.DeepDeletion)]
    [InlineData(1, 2, CopyNumberStates.ShallowDeletion)]
    [InlineData(1.6, 2, CopyNumberStates.Neutral)]
    [InlineData(2, 2, CopyNumberStates.Neutral)]
    [InlineData(3, 2, CopyNumberStates.Gain)]
    [InlineData(6, 2, CopyNumberStates.Gain)]
    [InlineData(6.5, 2, CopyNumberStates.Amplification)]
    [InlineData(3, 4, CopyNumberStates.ShallowDeletion)]
    [InlineData(4, 4, CopyNumberStates.Neutral)]
    [InlineData(9, 4, CopyNumberStates.Gain)]
    [InlineData(13, 4, CopyNumberStates.Amplification)]
    public void State_FollowsThePloidy(double copyNumber, double ploidy, int expected) =>
        Assert.Equal(expected, CopyNumberThresholds.State(copyNumber, ploidy));

    [Fact]
    public void Read_PloidyFromTheHeader_ShiftsTheThresholds()
    {
        string text = File(["chr17", "39600000", ".", "N", "<CNV>", ".", "PASS", "END=39800000", "GT:CN", "./.:3"])
            .Replace("##reference=GRCh38", "##reference=GRCh38\n##ploidy=4", StringComparison.Ordinal);

        var call = Assert.Single(Read(text).Calls);

        Assert.Equal(("ERBB2", CopyNumberStates.ShallowDeletion), (call.Gene, call.State));
    }

    [Fact]
    public void Read_GainCoveringPartOfAGene_IsNotCalled_DeletionOfPart_Is()
    {
        // ERBB2 is chr17:39687914-39730426: the gain stops inside it, the deletion starts inside it.
        var gain = Read(File(["chr17", "39600000", ".", "N", "<DUP>", ".", "PASS", "END=39700000", "GT:CN", "./.:12"]));
        var loss = Read(File(["chr17", "39700000", ".", "N", "<DEL>", ".", "PASS", "END=39800000", "GT:CN", "./.:0"]));

        Assert.Empty(gain.Calls);
        Assert.Equal(CopyNumberStates.DeepDeletion, Assert.Single(loss.Calls).State);
    }

    [Fact]
    public void Read_TwoSegmentsCoveringAGeneTogether_CallTheLowerState()
    {
        var profile = Read(File(
            ["chr17", "39600000", ".", "N", "<DUP>", ".", "PASS", "END=39700000", "GT:CN", "./.:12"],
            ["chr17", "39700000", ".", "N", "<DUP>", ".", "PASS", "END=39800000", "GT:CN", "./.:4"]));

        var call = Assert.Single(profile.Calls);
        Assert.Equal((CopyNumberStates.Gain, 4.0), (call.State, call.CopyNumber));
    }

    [Fact]
    public void Read_WithoutCopyNumber_DelIsLoss_DupIsGain_EndFromSvlen()
    {
        var profile = Read(File(
            ["chr9", "21900000", ".", "N", "<DEL>", ".", "PASS", "SVTYPE=DEL;SVLEN=-200000", "GT", "0/1"],
            ["chr8", "127700000", ".", "N", "<DUP>", ".", "PASS", "SVTYPE=DUP;SVLEN=100000", "GT", "0/1"]));

        Assert.Equal(
            [("CDKN2A", CopyNumberStates.ShallowDeletion), ("CDKN2B", CopyNumberStates.ShallowDeletion), ("MYC", CopyNumberStates.Gain)],
            profile.Calls.Select(c => (c.Gene, c.State)));
    }

    [Fact]
    public void Read_FilteredSegmentsAndNeutralGenes_AreNotCalls()
    {
        var profile = Read(File(
            ["chr17", "39600000", ".", "N", "<DUP>", ".", "LowQual", "END=39800000", "GT:CN", "./.:12"],
            ["chr9", "21900000", ".", "N", ".", ".", "PASS", "END=22100000", "GT:CN", "./.:2"]));

        Assert.Empty(profile.Calls);
    }

    [Fact]
    public void Read_InfoCopyNumber_IsUsedWhenTheSampleHasNone()
    {
        var call = Assert.Single(Read(File(["chr17", "39600000", ".", "N", "<CNV>", ".", "PASS", "END=39800000;CN=0", "GT:CN", "./.:."])).Calls);

        Assert.Equal(CopyNumberStates.DeepDeletion, call.State);
    }

    [Fact]
    public void Read_BadRecords_NameFileLineAndField()
    {
        // Header lines: fileformat + 14 meta + #CHROM = 16, so the records are lines 17..22.
        var errors = Errors(File(
            ["chr17", "39600000", ".", "N", "A", ".", "PASS", "END=39800000", "GT:CN", "./.:9"],
            ["chr17", "39600000", ".", "N", "<CNV>", ".", "PASS", "SVTYPE=CNV", "GT:CN", "./.:9"],
            ["chr17", "39600000", ".", "N", "<CNV>", ".", "PASS", "END=39500000", "GT:CN", "./.:9"],
            ["chr17", "39600000", ".", "N", "<DEL>", ".", "PASS", "END=39800000", "GT:CN", "./.:9"],
            ["chr17", "39600000", ".", "N", "<CNV>", ".", "PASS", "END=39800000", "GT", "./."],
            ["chr17", "39600000", ".", "N", "<DUP>", ".", "PASS", "SVTYPE=DEL;END=39800000", "GT", "./."]));

        Assert.Equal(
            [
                "bad.cnv.vcf:17: ALT",
                "bad.cnv.vcf:18: END",
                "bad.cnv.vcf:19: END",
                "bad.cnv.vcf:20: CN",
                "bad.cnv.vcf:21: CN",
                "bad.cnv.vcf:22: SVTYPE",
            ],
            errors.Select(e => $"{e.File}:{e.Line}: {e.Field}"));
        Assert.Contains("<DEL>, <DUP>, <CNV>", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("contradicts SVTYPE DEL", errors[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Grch37File_IsRefused_BecauseTheTableHasNoGrch37Rows()
    {
        var error = Assert.Single(Errors(File(["chr17", "37800000", ".", "N", "<DUP>", ".", "PASS", "END=37900000", "GT:CN", "./.:9"])
            .Replace("GRCh38", "GRCh37", StringComparison.Ordinal)));

        Assert.Equal(("reference", 16L), (error.Field, error.Line));
        Assert.Contains("rows only for GRCh38", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadPloidyAndUnknownBuild_AreReportedOnTheColumnLine()
    {
        string text = File(["chr17", "39600000", ".", "N", "<DUP>", ".", "PASS", "END=39800000", "GT:CN", "./.:9"])
            .Replace("##reference=GRCh38", "##ploidy=zero", StringComparison.Ordinal);

        var errors = Errors(text);

        Assert.Equal(["ploidy", "reference"], errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Equal(16L, e.Line));
    }

    [Fact]
    public void Read_MutatedFile_OnlyEverRejects()
    {
        string valid = File(
            ["chr17", "39600000", "amp1", "N", "<DUP>", ".", "PASS", "SVTYPE=DUP;END=39800000", "GT:CN", "./.:9"],
            ["chr9", "21900000", "del1", "N", "<DEL>", ".", "PASS", "SVTYPE=DEL;END=22100000", "GT:CN", "./.:0"],
            ["chr10", "87800000", "cnv1", "N", "<CNV>", ".", "PASS", "SVTYPE=CNV;END=88000000;CN=1", "GT", "./."]);
        var noise = Gen.String[Gen.Char["\t\n;,:=<>.-0123456789ACGTN[]DELUPCV"], 1, 6];
        var mutations =
            from position in Gen.Int[0, valid.Length - 1]
            from length in Gen.Int[0, 8]
            from insert in noise
            select valid[..position] + insert + valid[Math.Min(valid.Length, position + length)..];
        using var dir = new TempDirectory();
        int rejected = 0;
        Property.ForAll(mutations, text =>
        {
            string path = dir.Write("fuzz.cnv.vcf", text);
            try
            {
                var profile = CnvVcf.Read(path);
                Assert.All(profile.Calls, c => Assert.InRange(c.State, -2, 2));
            }
            catch (InputRejectedException e)
            {
                Assert.NotEmpty(e.Errors);
                Assert.All(e.Errors, x => Assert.Equal("fuzz.cnv.vcf", x.File));
                rejected++;
            }
        }, iterations: 400);

        Assert.True(rejected > 50, $"only {rejected} of 400 mutated files were rejected");
    }
}
