using TrialWarehouse.Genomics.Somatic;

namespace TrialWarehouse.Genomics.Tests;

public class ConsequenceSeverityTests
{
    [Theory]
    [InlineData("transcript_ablation", "splice_acceptor_variant")]
    [InlineData("stop_gained", "frameshift_variant")]
    [InlineData("frameshift_variant", "inframe_deletion")]
    [InlineData("missense_variant", "splice_region_variant")]
    [InlineData("synonymous_variant", "5_prime_UTR_variant")]
    [InlineData("intron_variant", "upstream_gene_variant")]
    [InlineData("intergenic_variant", "sequence_variant")]
    [InlineData("sequence_variant", "not_a_term")]
    public void Rank_FollowsVepOrder(string moreSevere, string lessSevere)
    {
        Assert.True(ConsequenceSeverity.Rank(moreSevere) < ConsequenceSeverity.Rank(lessSevere));
    }

    [Theory]
    [InlineData("disruptive_inframe_deletion", "inframe_deletion")]
    [InlineData("intergenic_region", "intergenic_variant")]
    [InlineData("NON_SYNONYMOUS_CODING", "missense_variant")]
    [InlineData("INTERGENIC", "intergenic_variant")]
    public void Rank_SnpEffTermsRankAsTheirSoTerm(string snpEff, string so)
    {
        Assert.Equal(ConsequenceSeverity.Rank(so), ConsequenceSeverity.Rank(snpEff));
    }

    [Theory]
    [InlineData("intron_variant&splice_region_variant", "splice_region_variant")]
    [InlineData("inframe_deletion&splice_region_variant", "inframe_deletion")]
    [InlineData("FRAME_SHIFT", "frameshift_variant")]
    [InlineData("made_up&also_made_up", "made_up")]
    public void MostSevere_PicksAmongJoinedTerms(string terms, string expected)
    {
        Assert.Equal(expected, ConsequenceSeverity.MostSevere(terms));
    }
}
