using TrialWarehouse.Domain;
using TrialWarehouse.Genomics.Maf;
using TrialWarehouse.Genomics.Somatic;

namespace TrialWarehouse.Genomics.Tests.Maf;

public class MafReaderTests
{
    private static string Caller(string name) => TestData.PathOf("callers", name);

    private const string Header =
        "Hugo_Symbol\tNCBI_Build\tChromosome\tStart_Position\tEnd_Position\tVariant_Classification\tReference_Allele\tTumor_Seq_Allele1\tTumor_Seq_Allele2\tTumor_Sample_Barcode\tHGVSp_Short\tt_depth\tt_ref_count\tt_alt_count";

    private static IReadOnlyList<SomaticCalls> ReadText(string text) => MafReader.Read(new StringReader(text), "muts.maf");

    [Theory]
    [InlineData("mutect2.vcf")]
    [InlineData("strelka2.snvs.vcf")]
    [InlineData("strelka2.indels.vcf")]
    [InlineData("varscan2.vcf")]
    [InlineData("freebayes.vcf")]
    [InlineData("dragen.vcf")]
    [InlineData("generic.vcf")]
    public void Read_MafFromToMaf_GivesTheCallsOfTheVcf(string vcf)
    {
        var fromVcf = SomaticVcf.Read(Caller(vcf));
        var output = new StringWriter();
        VcfToMaf.Convert(Caller(vcf), output, VcfToMafOptions.Default);

        var fromMaf = MafReader.Read(new StringReader(output.ToString()), "converted.maf");

        var sample = Assert.Single(fromMaf);
        Assert.Equal((fromVcf.TumorSampleId, fromVcf.GenomeBuild), (sample.TumorSampleId, sample.GenomeBuild));
        Assert.Equal(fromVcf.Calls, sample.Calls);
    }

    [Fact]
    public void Read_CbioportalMafWithoutVcfColumns_PadsIndelsWithN()
    {
        var calls = ReadText(string.Join('\n',
            "#version 2.4",
            Header,
            "EGFR\tGRCh38\t7\t55174772\t55174786\tIn_Frame_Del\tGGAATTAAGAGAAGC\tGGAATTAAGAGAAGC\t-\tS1\tp.E746_A750del\t100\t80\t20",
            "KRAS\tGRCh38\t12\t25245347\t25245348\tFrame_Shift_Ins\t-\t-\tA\tS1\tp.Y13Lfs*2\t50\t\t10",
            "BRAF\tGRCh38\t7\t140753336\t140753336\tMissense_Mutation\tA\tA\tT\tS2\tp.V600E\t.\t.\t.",
            ""));

        Assert.Equal(["S1", "S2"], calls.Select(c => c.TumorSampleId));
        var (del, ins) = (calls[0].Calls[0], calls[0].Calls[1]);
        Assert.Equal((55174771L, "NGGAATTAAGAGAAGC", "N", "inframe_deletion", 0.2), (del.Position, del.Ref, del.Alt, del.Consequence, del.Vaf!.Value));
        Assert.Equal((25245347L, "N", "NA", "frameshift_variant", 0.2), (ins.Position, ins.Ref, ins.Alt, ins.Consequence, ins.Vaf!.Value));
        var braf = calls[1].Calls[0];
        Assert.Equal(("BRAF", "p.V600E", null, null, (double?)null), (braf.Gene, braf.HgvsP, braf.Depth, braf.AltCount, braf.Vaf));
    }

    [Fact]
    public void Read_Vcf2mafFlankingBases_GiveThePaddingBase()
    {
        var calls = ReadText(string.Join('\n', Header + "\tvcf_pos\tflanking_bps",
            "TP53\tGRCh37\t17\t7577550\t7577550\tFrame_Shift_Del\tC\tC\t-\tS1\tp.G245fs\t40\t30\t10\t7577549\tAGCA"));

        var call = calls[0].Calls[0];
        Assert.Equal((7577549L, "GC", "G"), (call.Position, call.Ref, call.Alt));
    }

    [Theory]
    [InlineData("TP53\tGRCh38\t17\tx\t7577550\tMissense_Mutation\tC\tC\tT\tS1\t\t\t\t", "muts.maf:2: Start_Position: 'x' is not a position")]
    [InlineData("TP53\tGRCh38\t17\t100\t102\tMissense_Mutation\tC\tC\tT\tS1\t\t\t\t", "muts.maf:2: End_Position: 102 does not fit Start_Position 100 and Reference_Allele C: expected 100")]
    [InlineData("TP53\tGRCh38\t17\t100\t100\tMissense_Mutation\tC\tC\tU\tS1\t\t\t\t", "muts.maf:2: Tumor_Seq_Allele2: 'U' is not an allele")]
    [InlineData("TP53\thg18\t17\t100\t100\tMissense_Mutation\tC\tC\tT\tS1\t\t\t\t", "muts.maf:2: NCBI_Build: 'hg18' is not a supported build")]
    [InlineData("TP53\tGRCh38\t17\t100\t100\tMissense\tC\tC\tT\tS1\t\t\t\t", "muts.maf:2: Variant_Classification: 'Missense' is not a MAF classification")]
    [InlineData("TP53\tGRCh38\t17\t100\t100\tMissense_Mutation\tC\tC\tT\tS1\t\t10\t\t12", "muts.maf:2: t_alt_count: 12 is more than t_depth 10")]
    [InlineData("TP53\tGRCh38\t17\t100\t100\tMissense_Mutation\tC\tC\tT\tS1\t\t-1\t\t", "muts.maf:2: t_depth: '-1' is not a read count")]
    [InlineData("TP53\tGRCh38\t17\t100\t100\tMissense_Mutation\tC\tC\tT\t\t\t\t\t", "muts.maf:2: Tumor_Sample_Barcode: empty")]
    [InlineData("TP53\tGRCh38\t17\t100\t100\tMissense_Mutation\tC\tC\tT\tS1", "muts.maf:2: 10 tab-separated values where the header has 14 columns")]
    public void Read_BadRow_NamesFileLineColumnAndReason(string row, string expected)
    {
        var e = Assert.Throws<InputRejectedException>(() => ReadText(Header + "\n" + row + "\n"));

        Assert.StartsWith(expected, e.Errors[0].ToString());
    }

    [Fact]
    public void Read_MissingRequiredColumn_RejectsAtTheHeader()
    {
        var e = Assert.Throws<InputRejectedException>(() => ReadText("#version 2.4\nHugo_Symbol\tChromosome\tStart_Position\n"));

        Assert.Contains(e.Errors, error => error.ToString().StartsWith("muts.maf:2: Tumor_Sample_Barcode: required column missing", StringComparison.Ordinal));
        Assert.Contains(e.Errors, error => error.Field == "NCBI_Build");
    }

    [Fact]
    public void Read_VcfRefThatDisagrees_IsRejected()
    {
        var e = Assert.Throws<InputRejectedException>(() => ReadText(Header + "\tvcf_pos\tvcf_ref\n" +
            "TP53\tGRCh38\t17\t100\t100\tMissense_Mutation\tC\tC\tT\tS1\t\t\t\t\t100\tG\n"));

        Assert.StartsWith("muts.maf:2: vcf_ref: G does not agree with Reference_Allele C", e.Errors[0].ToString());
    }

    [Fact]
    public void Read_OneSampleOnTwoBuilds_IsRejected()
    {
        var e = Assert.Throws<InputRejectedException>(() => ReadText(Header + "\n" +
            "TP53\tGRCh38\t17\t100\t100\tMissense_Mutation\tC\tC\tT\tS1\t\t\t\t\n" +
            "TP53\tGRCh37\t17\t200\t200\tMissense_Mutation\tC\tC\tT\tS1\t\t\t\t\n"));

        Assert.StartsWith("muts.maf:3: NCBI_Build: GRCh37, but earlier rows of sample S1 are on GRCh38", e.Errors[0].ToString());
    }
}
