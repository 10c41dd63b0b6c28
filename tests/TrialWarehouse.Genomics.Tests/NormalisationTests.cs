using TrialWarehouse.Genomics.Normalisation;
using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Genomics.Tests;

public class NormalisationTests
{
    private static readonly string[] Meta =
    [
        "##INFO=<ID=AC,Number=A,Type=Integer,Description=\"Allele count\">",
        "##INFO=<ID=AF,Number=A,Type=Float,Description=\"Allele frequency\">",
        "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">",
        "##INFO=<ID=MBQ,Number=R,Type=Integer,Description=\"Median base quality\">",
        "##INFO=<ID=AS_FilterStatus,Number=A,Type=String,Description=\"Filter status for each allele\">",
        "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
        "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">",
        "##FORMAT=<ID=AF,Number=A,Type=Float,Description=\"Allele fraction\">",
        "##FORMAT=<ID=PL,Number=G,Type=Integer,Description=\"Phred likelihoods\">",
        "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">",
    ];

    private static VcfRecord ReadOne(TempDirectory dir, params string[] row)
    {
        string path = dir.Write("split.vcf", Vcf.Text("VCFv4.2", Meta, Vcf.WithSamples("T", "N"), row));
        using var reader = VcfReader.Open(path);
        var record = reader.Records().Single();
        Assert.Empty(reader.Errors);
        return record;
    }

    [Fact]
    public void Read_SplitsMultiallelicRecord_WithRNumberedAd()
    {
        using var dir = new TempDirectory();
        var record = ReadOne(dir, "chr1", "100", "rs1", "C", "T,A", "50", "PASS", "AC=3,1;AF=0.3,0.1;DP=60;MBQ=30,31,32", "GT:AD:AF:PL:DP", "0/1:30,12,8:0.24,0.16:0,1,2,3,4,5:50", "1/2:0,9,9:0.5,0.5:9,8,7,6,5,4:18");

        var split = RecordDecomposer.Split(record);

        Assert.Equal(2, split.Count);
        Assert.Equal("chr1\t100\trs1\tC\tT\t50\tPASS\tAC=3;AF=0.3;DP=60;MBQ=30,31\tGT:AD:AF:PL:DP\t0/1:30,12:0.24:0,1,2:50\t1/0:0,9:0.5:9,8,7:18", split[0].Line);
        Assert.Equal("chr1\t100\trs1\tC\tA\t50\tPASS\tAC=1;AF=0.1;DP=60;MBQ=30,32\tGT:AD:AF:PL:DP\t0/0:30,8:0.16:0,3,5:50\t0/1:0,9:0.5:9,6,4:18", split[1].Line);
        Assert.Equal(8, split[1].GetSampleInteger(0, "AD", 1));
    }

    [Fact]
    public void Split_BiallelicRecordTrimmingLeavesAlone_IsReturnedAsIs()
    {
        using var dir = new TempDirectory();
        var record = ReadOne(dir, "chr1", "100", ".", "CAGT", "C", ".", "PASS", "AC=1;MBQ=30,31", "GT:AD:PL", "0/1:30,12:0,1,2", "0/0:20,0:0,3,5");

        Assert.Same(record, Assert.Single(RecordDecomposer.Split(record)));
    }

    [Theory]
    [InlineData("CAGT", "CAT", "101\t.\tAG\tA\t")]
    [InlineData("a", "g", "100\t.\tA\tG\t")]
    public void Split_BiallelicRecordTrimmingChanges_IsRebuilt(string reference, string alt, string expected)
    {
        using var dir = new TempDirectory();
        var record = ReadOne(dir, "chr1", "100", ".", reference, alt, ".", "PASS", "DP=5", "GT", "0/1", "0/0");

        var split = Assert.Single(RecordDecomposer.Split(record));

        Assert.NotSame(record, split);
        Assert.Contains(expected, split.Line, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_TrimsEachAllele_KeepingPaddingBaseForIndels()
    {
        using var dir = new TempDirectory();
        var record = ReadOne(dir, "chr1", "127", ".", "TTTAT", "TTTGT,T", ".", "PASS", ".", "GT", "1/2", "0/0");

        var split = RecordDecomposer.Split(record);

        Assert.Equal((130L, "A", "G"), (split[0].Position, split[0].Ref, split[0].Alts[0]));
        Assert.Equal((127L, "TTTAT", "T"), (split[1].Position, split[1].Ref, split[1].Alts[0]));
    }

    [Fact]
    public void Split_HaploidGenotype_PicksHaploidLikelihoods()
    {
        using var dir = new TempDirectory();
        var record = ReadOne(dir, "chrX", "10", ".", "A", "C,G", ".", "PASS", ".", "GT:PL", "2:5,6,7", "0/1:1,2,3,4,5,6");

        var split = RecordDecomposer.Split(record);

        Assert.EndsWith("\t0:5,6\t0/1:1,2,3", split[0].Line, StringComparison.Ordinal);
        Assert.EndsWith("\t1:5,7\t0/0:1,4,6", split[1].Line, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_ValueWithoutOneItemPerAllele_IsKeptWhole()
    {
        using var dir = new TempDirectory();
        var record = ReadOne(dir, "chr1", "100", ".", "C", "T,A", ".", "PASS", "AS_FilterStatus=SITE|SITE;AC=1,2", "GT", "0/1", "0/2");

        var split = RecordDecomposer.Split(record);

        Assert.Equal("AS_FilterStatus=SITE|SITE;AC=1", split[0].InfoText.ToString());
        Assert.Equal("AS_FilterStatus=SITE|SITE;AC=2", split[1].InfoText.ToString());
    }

    [Theory]
    [InlineData(100, "TAT", "TGT", 101, "A", "G")]
    [InlineData(100, "CTG", "CAG", 101, "T", "A")]
    [InlineData(100, "AT", "AAT", 100, "A", "AA")]
    [InlineData(100, "AT", "AA", 101, "T", "A")]
    [InlineData(100, "CAGT", "CT", 100, "CAG", "C")]
    [InlineData(100, "GCACA", "GCA", 100, "GCA", "G")]
    [InlineData(100, "a", "g", 100, "A", "G")]
    public void Normalise_TrimsSharedSuffixThenPrefix(long pos, string reference, string alt, long expectedPos, string expectedRef, string expectedAlt)
    {
        var variant = VariantNormaliser.Normalise(pos, reference, alt);

        Assert.Equal(new NormalisedVariant(expectedPos, expectedRef, expectedAlt), variant);
    }

    [Theory]
    [InlineData("<DEL>")]
    [InlineData("*")]
    [InlineData("G]chr2:100]")]
    public void Normalise_LeavesNonSequenceAllelesAlone(string alt)
    {
        Assert.Equal(new NormalisedVariant(5, "GA", alt), VariantNormaliser.Normalise(5, "GA", alt));
    }

    [Fact]
    public void Normalise_SameVariantWrittenDifferently_GetsSameKey()
    {
        Assert.Equal(VariantNormaliser.Normalise(123, "TAT", "TGT"), VariantNormaliser.Normalise(124, "A", "G"));
        Assert.Equal(VariantNormaliser.Normalise(10, "CAGAG", "CAG"), VariantNormaliser.Normalise(10, "CAG", "C"));
    }
}
