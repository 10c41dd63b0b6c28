namespace TrialWarehouse.Actionability.Tests;

public class MatcherTests
{
    private static bool Matches(string gene, string matcher, Alteration alteration)
    {
        Assert.True(AlterationMatcherParser.TryParse(matcher, out var parsed, out var error), error);
        return parsed.Matches(gene, alteration);
    }

    [Theory]
    [InlineData("p.H1047R", true)]
    [InlineData("p.His1047Arg", true)]
    [InlineData("p.(H1047R)", true)]
    [InlineData("H1047R", true)]
    [InlineData("p.H1047L", false)]
    [InlineData("p.E545K", false)]
    public void ExactProteinChange_MatchesOnlyThatChange(string observed, bool expected) =>
        Assert.Equal(expected, Matches("PIK3CA", "p.H1047R", Alteration.Mutation("PIK3CA", observed)));

    [Fact]
    public void ExactProteinChange_OtherGene_DoesNotMatch() =>
        Assert.False(Matches("PIK3CA", "p.H1047R", Alteration.Mutation("PIK3CB", "p.H1047R")));

    [Fact]
    public void ExactProteinChange_GeneIsCaseInsensitive() =>
        Assert.True(Matches("PIK3CA", "p.H1047R", Alteration.Mutation("pik3ca", "p.H1047R")));

    [Theory]
    [InlineData("p.V600E", true)]
    [InlineData("p.V600K", true)]
    [InlineData("p.Val600Glu", true)]
    [InlineData("p.V600=", false)]
    [InlineData("p.V600*", false)]
    [InlineData("p.A600E", false)]
    [InlineData("p.V601E", false)]
    [InlineData("p.V600_K601delinsE", false)]
    public void Codon_MatchesMissenseAtThatCodonWithTheSameReference(string observed, bool expected) =>
        Assert.Equal(expected, Matches("BRAF", "p.V600", Alteration.Mutation("BRAF", observed)));

    [Theory]
    [InlineData("p.E746_A750del", "inframe_deletion", 19, true)]
    [InlineData("p.L747_P753delinsS", null, 19, true)]
    [InlineData("p.E746_A750del", "inframe_deletion", 20, false)]
    [InlineData("p.E746_A750del", "inframe_deletion", null, false)]
    [InlineData("p.L747fs", "frameshift_variant", 19, false)]
    [InlineData("p.L858R", "missense_variant", 19, false)]
    public void ExonDeletion_NeedsAnInframeDeletionInThatExon(string hgvsP, string? consequence, int? exon, bool expected) =>
        Assert.Equal(expected, Matches("EGFR", "exon19:deletion", Alteration.Mutation("EGFR", hgvsP, consequence, exon)));

    [Theory]
    [InlineData("p.A767_V769dup", null, 20, true)]
    [InlineData("p.D770_N771insSVD", "inframe_insertion", 20, true)]
    [InlineData("p.E746_A750del", "inframe_deletion", 20, false)]
    [InlineData("p.D770_N771insSVD", "inframe_insertion", 19, false)]
    public void ExonInsertion_NeedsAnInframeInsertionInThatExon(string hgvsP, string? consequence, int exon, bool expected) =>
        Assert.Equal(expected, Matches("ERBB2", "exon20:insertion", Alteration.Mutation("ERBB2", hgvsP, consequence, exon)));

    [Theory]
    [InlineData("missense_variant", 14, true)]
    [InlineData("splice_donor_variant", 14, true)]
    [InlineData("synonymous_variant", 14, false)]
    [InlineData("missense_variant", 13, false)]
    public void AnyExon_MatchesProteinAlteringChangesInThatExon(string consequence, int exon, bool expected) =>
        Assert.Equal(expected, Matches("MET", "exon:14", Alteration.Mutation("MET", null, consequence, exon)));

    [Theory]
    [InlineData("class:truncating", "stop_gained", true)]
    [InlineData("class:truncating", "frameshift_variant", true)]
    [InlineData("class:truncating", "splice_acceptor_variant", true)]
    [InlineData("class:truncating", "splice_donor_variant&intron_variant", true)]
    [InlineData("class:truncating", "start_lost", true)]
    [InlineData("class:truncating", "missense_variant", false)]
    [InlineData("class:missense", "missense_variant", true)]
    [InlineData("class:missense", "stop_gained", false)]
    [InlineData("class:inframe_indel", "inframe_deletion", true)]
    [InlineData("class:inframe_indel", "inframe_insertion", true)]
    [InlineData("class:inframe_indel", "frameshift_variant", false)]
    [InlineData("class:oncogenic", "missense_variant", true)]
    [InlineData("class:oncogenic", "stop_lost", true)]
    [InlineData("class:oncogenic", "inframe_insertion", true)]
    [InlineData("class:oncogenic", "synonymous_variant", false)]
    [InlineData("class:oncogenic", "intron_variant", false)]
    public void ConsequenceClass_FollowsTheDocumentedTermSets(string matcher, string consequence, bool expected) =>
        Assert.Equal(expected, Matches("BRCA2", matcher, Alteration.Mutation("BRCA2", null, consequence)));

    [Theory]
    [InlineData("class:truncating", "p.R1443*", true)]
    [InlineData("class:truncating", "p.Glu1836fs", true)]
    [InlineData("class:missense", "p.R175H", true)]
    [InlineData("class:oncogenic", "p.R175=", false)]
    public void ConsequenceClass_WithoutConsequence_InfersItFromTheProteinChange(string matcher, string hgvsP, bool expected) =>
        Assert.Equal(expected, Matches("BRCA1", matcher, Alteration.Mutation("BRCA1", hgvsP)));

    [Theory]
    [InlineData("cna:amplification", 2, true)]
    [InlineData("cna:amplification", 1, false)]
    [InlineData("cna:deletion", -2, true)]
    [InlineData("cna:deletion", -1, false)]
    public void CopyNumber_MatchesOnlyTheDiscreteExtremes(string matcher, int state, bool expected) =>
        Assert.Equal(expected, Matches("ERBB2", matcher, Alteration.CopyNumber("ERBB2", state)));

    [Fact]
    public void CopyNumber_DoesNotMatchAMutationOfTheGene() =>
        Assert.False(Matches("ERBB2", "cna:amplification", Alteration.Mutation("ERBB2", "p.L755S")));

    [Theory]
    [InlineData("NTRK3", "ETV6", true)]
    [InlineData("ETV6", "NTRK3", true)]
    [InlineData("ETV6", "RUNX1", false)]
    public void FusionAny_MatchesTheGeneOnEitherSide(string gene, string partner, bool expected) =>
        Assert.Equal(expected, Matches("NTRK3", "fusion:any", Alteration.Fusion(gene, partner)));

    [Theory]
    [InlineData("FGFR3", "TACC3", true)]
    [InlineData("TACC3", "FGFR3", true)]
    [InlineData("FGFR3", "BAIAP2L1", false)]
    public void FusionPartner_NeedsBothGenes(string gene, string partner, bool expected) =>
        Assert.Equal(expected, Matches("FGFR3", "fusion:TACC3", Alteration.Fusion(gene, partner)));

    [Theory]
    [InlineData("signature:MSI-H", "MSI-H", true)]
    [InlineData("signature:MSI-H", "msi-h", true)]
    [InlineData("signature:MSI-H", "TMB-high", false)]
    [InlineData("signature:TMB-high", "TMB-high", true)]
    public void Signature_MatchesByName(string matcher, string signature, bool expected) =>
        Assert.Equal(expected, Matches("*", matcher, Alteration.OfSignature(signature)));

    [Theory]
    [InlineData(AlterationOrigin.Unknown, true)]
    [InlineData(AlterationOrigin.Germline, true)]
    [InlineData(AlterationOrigin.Somatic, false)]
    public void Germline_ExcludesOnlyVariantsKnownToBeSomatic(AlterationOrigin origin, bool expected) =>
        Assert.Equal(expected, Matches("BRCA1", "germline:class:truncating", Alteration.Mutation("BRCA1", "p.E23fs") with { Origin = origin }));

    [Theory]
    [InlineData("p.V600X1")]
    [InlineData("p.v600e")]
    [InlineData("p.V0")]
    [InlineData("exon19:duplication")]
    [InlineData("exon0:deletion")]
    [InlineData("exon:")]
    [InlineData("exon:99999999999")]
    [InlineData("class:pathogenic")]
    [InlineData("cna:gain")]
    [InlineData("fusion:")]
    [InlineData("signature:HRD")]
    [InlineData("germline:cna:deletion")]
    [InlineData("germline:germline:class:truncating")]
    [InlineData("V600E")]
    [InlineData("")]
    public void Parse_RejectsTextOutsideTheGrammar(string text) =>
        Assert.False(AlterationMatcherParser.TryParse(text, out _, out _));
}
