using TrialWarehouse.Genomics.Maf;

namespace TrialWarehouse.Genomics.Tests.Maf;

public class MafAllelesTests
{
    [Theory]
    [InlineData(100, "A", "G", 100, 100, "A", "G", "SNP")]
    [InlineData(100, "AC", "GT", 100, 101, "AC", "GT", "DNP")]
    [InlineData(100, "ACG", "GTA", 100, 102, "ACG", "GTA", "TNP")]
    [InlineData(100, "ACGT", "GTAC", 100, 103, "ACGT", "GTAC", "ONP")]
    [InlineData(100, "A", "ATT", 100, 101, "-", "TT", "INS")]
    [InlineData(100, "ATT", "A", 101, 102, "TT", "-", "DEL")]
    [InlineData(100, "AT", "GCC", 100, 101, "AT", "GCC", "INS")]
    [InlineData(100, "ACT", "AG", 101, 102, "CT", "G", "DEL")]
    public void FromVcf_FollowsVcf2mafPositionRule(long pos, string reference, string alt, long start, long end, string mafRef, string mafAlt, string type)
    {
        var alleles = MafAlleles.FromVcf(pos, reference, alt);

        Assert.Equal((start, end, mafRef, mafAlt, type), (alleles.Start, alleles.End, alleles.Ref, alleles.Alt, alleles.VariantType));
    }

    [Theory]
    [InlineData("frameshift_variant", "DEL", false, "Frame_Shift_Del")]
    [InlineData("frameshift_variant", "INS", false, "Frame_Shift_Ins")]
    [InlineData("protein_altering_variant", "DEL", true, "In_Frame_Del")]
    [InlineData("protein_altering_variant", "INS", false, "Frame_Shift_Ins")]
    [InlineData("conservative_inframe_deletion", "DEL", true, "In_Frame_Del")]
    [InlineData("splice_region_variant", "SNP", false, "Splice_Region")]
    [InlineData("upstream_gene_variant", "SNP", false, "5'Flank")]
    [InlineData(null, "SNP", false, "Targeted_Region")]
    public void Of_ClassifiesAsVcf2maf(string? term, string type, bool inFrame, string expected) =>
        Assert.Equal(expected, VariantClassification.Of(term, type, inFrame));

    [Fact]
    public void OneConsequence_TakesVcf2mafsMostSevereNotVeps()
    {
        // VEP ranks missense above protein_altering_variant; vcf2maf ranks protein_altering_variant first.
        Assert.Equal("protein_altering_variant", VariantClassification.OneConsequence("missense_variant&protein_altering_variant"));
        Assert.Equal("intergenic_variant", VariantClassification.OneConsequence(""));
    }
}
