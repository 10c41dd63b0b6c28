using CsCheck;
using TrialWarehouse.Domain;
using TrialWarehouse.Genomics.StructuralVariants;

namespace TrialWarehouse.Genomics.Tests;

public class SvVcfTests
{
    // Breakend notation as in VCF 4.3 section 5.4; Manta-style PR/SR counts (ref,alt) in FORMAT.
    private static readonly string[] Meta =
    [
        "##reference=GRCh38",
        "##ALT=<ID=DEL,Description=\"Deletion\">",
        "##INFO=<ID=SVTYPE,Number=1,Type=String,Description=\"Type of structural variant\">",
        "##INFO=<ID=MATEID,Number=.,Type=String,Description=\"ID of mate breakends\">",
        "##INFO=<ID=END,Number=1,Type=Integer,Description=\"End position of the variant described in this record\">",
        "##FORMAT=<ID=PR,Number=.,Type=Integer,Description=\"Spanning paired-read support for the ref and alt alleles\">",
        "##FORMAT=<ID=SR,Number=.,Type=Integer,Description=\"Split reads for the ref and alt alleles\">",
    ];

    private static string File(params string[][] rows) => Vcf.Text("VCFv4.3", Meta, Vcf.WithSamples("PT0007-T1"), rows);

    private static FusionProfile Read(string text)
    {
        using var dir = new TempDirectory();
        return SvVcf.Read(dir.Write("s.sv.vcf", text));
    }

    // TPM3 (chr1, minus strand, 154155304-154194648) and NTRK1 (chr1, plus strand, 156815640-156881850):
    // the TPM3-NTRK1 fusion joins TPM3's 5' part (right of its breakpoint, as TPM3 is on the minus strand) to NTRK1's 3' part.
    private static readonly string[][] TpmNtrkPair =
    [
        ["chr1", "154170000", "bnd1", "G", "[chr1:156844000[G", ".", "PASS", "SVTYPE=BND;MATEID=bnd2", "PR:SR", "10,6:12,9"],
        ["chr1", "156844000", "bnd2", "C", "[chr1:154170000[C", ".", "PASS", "SVTYPE=BND;MATEID=bnd1", "PR:SR", "10,6:12,9"],
    ];

    [Fact]
    public void Read_BreakendPair_IsOneFusion_WithFivePrimeAndThreePrimePartners()
    {
        var profile = Read(File(TpmNtrkPair));

        Assert.Equal(("PT0007-T1", "GRCh38"), (profile.SampleId, profile.GenomeBuild));
        Assert.Equal(new FusionCall("PT0007-T1", "TPM3", "NTRK1", "chr1", 154170000, "chr1", 156844000, 15), Assert.Single(profile.Calls));
    }

    [Fact]
    public void Read_SingleRecordNamingItsMate_IsAFusion()
    {
        // ETV6 (chr12, +) 5' joined to NTRK3 (chr15, -) 3': keep left of ETV6's breakpoint, then NTRK3 left of its
        // breakpoint reverse-complemented (t]p]), which reads NTRK3 downstream of the breakpoint on its own strand.
        var call = Assert.Single(Read(File(["12", "11869000", "b1", "A", "A]15:87940000]", ".", "PASS", "SVTYPE=BND", "PR:SR", "0,3:0,4"])).Calls);

        Assert.Equal(("ETV6", "NTRK3", "chr12", 11869000L, "chr15", 87940000L, (int?)7),
            (call.Gene5, call.Gene3, call.Chrom5, call.Position5, call.Chrom3, call.Position3, call.SupportingReads));
    }

    [Theory]
    [InlineData("G[chr1:156844000[")] // TPM3 left part = its 3' end, joined to NTRK1's 3' part: no fusion transcript
    [InlineData("G]chr1:156844000]")] // breakpoint 2 outside any panel gene below
    public void Read_JunctionsThatMakeNoFusionTranscript_AreNotFusions(string alt)
    {
        string mateOutsideGenes = alt.Contains(']', StringComparison.Ordinal) ? alt.Replace("156844000", "100000000", StringComparison.Ordinal) : alt;

        Assert.Empty(Read(File(["chr1", "154170000", "b1", "G", mateOutsideGenes, ".", "PASS", "SVTYPE=BND", "PR:SR", "0,3:0,4"])).Calls);
    }

    [Fact]
    public void Read_FilteredJunctionsAndOtherSvTypes_AreNotFusions()
    {
        var profile = Read(File(
            ["chr1", "154170000", "bnd1", "G", "[chr1:156844000[G", ".", "MinQUAL", "SVTYPE=BND;MATEID=bnd2", "PR:SR", "10,6:12,9"],
            ["chr17", "39700000", "del1", "N", "<DEL>", ".", "PASS", "SVTYPE=DEL;END=39710000", "PR:SR", "10,6:12,9"]));

        Assert.Empty(profile.Calls);
    }

    [Fact]
    public void Read_MalformedBreakend_NamesFileLineAndField()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("bad.sv.vcf", File(["chr1", "154170000", "b1", "G", "G[chr1-156844000[", ".", "PASS", "SVTYPE=BND", "PR:SR", "0,3:0,4"]));

        var errors = Assert.Throws<InputRejectedException>(() => SvVcf.Read(path)).Errors;

        // fileformat + 7 meta + #CHROM = 9 header lines: the record is line 10.
        Assert.Contains(errors, e => e.ToString().StartsWith("bad.sv.vcf:10: ALT: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MutatedFile_OnlyEverRejects()
    {
        string valid = File(TpmNtrkPair);
        var noise = Gen.String[Gen.Char["\t\n;,:=<>.[]-0123456789ACGTNchr"], 1, 6];
        var mutations =
            from position in Gen.Int[0, valid.Length - 1]
            from length in Gen.Int[0, 8]
            from insert in noise
            select valid[..position] + insert + valid[Math.Min(valid.Length, position + length)..];
        using var dir = new TempDirectory();
        Property.ForAll(mutations, text =>
        {
            string path = dir.Write("fuzz.sv.vcf", text);
            try
            {
                var profile = SvVcf.Read(path);
                Assert.All(profile.Calls, c => Assert.NotEqual(c.Gene5, c.Gene3));
            }
            catch (InputRejectedException e)
            {
                Assert.NotEmpty(e.Errors);
            }
        }, iterations: 400);
    }
}
