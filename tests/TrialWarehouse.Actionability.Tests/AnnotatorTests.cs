namespace TrialWarehouse.Actionability.Tests;

public class AnnotatorTests
{
    private static readonly KnowledgeBase BreastAndLung = Kb.Of(
        "PIK3CA|p.H1047R|BRCA|I-A|1|alpelisib;fulvestrant|SOLAR-1|",
        "PIK3CA|class:oncogenic|BRCA|II-B|3A|capivasertib|test row|",
        "EGFR|p.L858R|NSCLC|I-A|1|osimertinib|FLAURA|",
        "ERBB2|p.L755|BRCA|II-B||neratinib|SUMMIT|",
        "KRAS|class:oncogenic|COADREAD|X|R1|cetuximab|anti-EGFR resistance|",
        "NTRK1|fusion:any|*|I-C|1|larotrectinib|tumor-agnostic|",
        "BRCA1|germline:class:truncating|BRCA|I-A|1|olaparib|OlympiAD|",
        "BRCA1|class:truncating|BRCA|II-B||olaparib|TBCRC 048|");

    [Fact]
    public void Annotate_RuleForBreast_AppliesToInvasiveDuctalCarcinoma()
    {
        var match = Assert.Single(Annotator.Annotate(BreastAndLung, "IDC", [Alteration.Mutation("ERBB2", "p.L755S")]));
        Assert.Equal(EscatTier.IIB, match.Escat);
        Assert.Equal(EvidenceScope.PatientTumorType, match.Scope);
        Assert.True(match.EvidenceInPatientTumorType);
    }

    [Fact]
    public void Annotate_RuleForNsclc_AppliesToLungAdenocarcinoma()
    {
        var match = Assert.Single(Annotator.Annotate(BreastAndLung, "LUAD", [Alteration.Mutation("EGFR", "p.L858R")]));
        Assert.Equal((EscatTier.IA, OncoKbLevel.Level1), (match.Escat, match.OncoKb));
    }

    [Fact]
    public void Annotate_RuleForAChildType_DoesNotApplyToItsParent()
    {
        var kb = Kb.Of("ERBB2|cna:amplification|IDC|I-A|1|trastuzumab|test row|");
        var match = Assert.Single(Annotator.Annotate(kb, "BRCA", [Alteration.CopyNumber("ERBB2", 2)]));
        Assert.Equal(EvidenceScope.OtherTumorType, match.Scope);
    }

    [Fact]
    public void Annotate_EvidenceFromAnotherTumorType_IsLoweredToIIIAAnd3B()
    {
        var match = Assert.Single(Annotator.Annotate(BreastAndLung, "LUAD", [Alteration.Mutation("ERBB2", "p.L755S")]));
        Assert.Equal(EvidenceScope.OtherTumorType, match.Scope);
        Assert.False(match.EvidenceInPatientTumorType);
        Assert.Equal(EscatTier.IIIA, match.Escat);
        Assert.Null(match.OncoKb);
        Assert.Equal(EscatTier.IIB, match.Rule.Escat);
    }

    [Fact]
    public void Annotate_PIK3CA_H1047R_InColorectal_IsTierIIIA_Level3B()
    {
        var best = Assert.Single(Annotator.BestPerAlteration(
            Annotator.Annotate(BreastAndLung, "COAD", [Alteration.Mutation("PIK3CA", "p.H1047R", "missense_variant")])));
        Assert.Equal((EscatTier.IIIA, OncoKbLevel.Level3B), (best.Escat, best.OncoKb));
        Assert.Equal("p.H1047R", best.Rule.Alteration.Text);
    }

    [Theory]
    [InlineData(EscatTier.IA, EscatTier.IIIA)]
    [InlineData(EscatTier.IC, EscatTier.IIIA)]
    [InlineData(EscatTier.IIB, EscatTier.IIIA)]
    [InlineData(EscatTier.IIIA, EscatTier.IIIA)]
    [InlineData(EscatTier.IIIB, EscatTier.IIIB)]
    [InlineData(EscatTier.IVA, EscatTier.IVA)]
    [InlineData(EscatTier.X, EscatTier.X)]
    public void Downgrade_Escat_FollowsTheDocumentedMapping(EscatTier tier, EscatTier expected) =>
        Assert.Equal(expected, EvidenceDowngrade.ForOtherTumorType(tier));

    [Theory]
    [InlineData(OncoKbLevel.Level1, OncoKbLevel.Level3B)]
    [InlineData(OncoKbLevel.Level2, OncoKbLevel.Level3B)]
    [InlineData(OncoKbLevel.Level3A, OncoKbLevel.Level3B)]
    [InlineData(OncoKbLevel.Level3B, OncoKbLevel.Level3B)]
    [InlineData(OncoKbLevel.Level4, OncoKbLevel.Level4)]
    [InlineData(OncoKbLevel.R1, OncoKbLevel.R2)]
    [InlineData(OncoKbLevel.R2, OncoKbLevel.R2)]
    public void Downgrade_OncoKb_FollowsTheDocumentedMapping(OncoKbLevel level, OncoKbLevel expected) =>
        Assert.Equal(expected, EvidenceDowngrade.ForOtherTumorType(level));

    [Fact]
    public void Annotate_TumorAgnosticRule_KeepsItsTierInAnyTumorType()
    {
        var match = Assert.Single(Annotator.Annotate(BreastAndLung, "PAAD", [Alteration.Fusion("TPM3", "NTRK1")]));
        Assert.Equal((EscatTier.IC, EvidenceScope.TumorAgnostic), (match.Escat, match.Scope));
    }

    [Fact]
    public void Annotate_SeveralMatchingRules_KeepsEveryOneAndBestIsTheStrongest()
    {
        var alteration = Alteration.Mutation("PIK3CA", "p.H1047R", "missense_variant");
        var matches = Annotator.Annotate(BreastAndLung, "BRCA", [alteration]);
        Assert.Equal(["p.H1047R", "class:oncogenic"], matches.Select(m => m.Rule.Alteration.Text));
        var best = Assert.Single(Annotator.BestPerAlteration(matches));
        Assert.Equal(EscatTier.IA, best.Escat);
    }

    [Fact]
    public void BestPerAlteration_SameTier_PrefersTheBetterOncoKbLevel()
    {
        var kb = Kb.Of(
            "BRAF|p.V600|MEL|I-A||vemurafenib|no OncoKB level|",
            "BRAF|p.V600E|MEL|I-A|1|dabrafenib|level 1|");
        var best = Assert.Single(Annotator.BestPerAlteration(Annotator.Annotate(kb, "SKCM", [Alteration.Mutation("BRAF", "p.V600E")])));
        Assert.Equal(OncoKbLevel.Level1, best.OncoKb);
    }

    [Fact]
    public void BestPerAlteration_ResistanceIsKeptButNeverBest()
    {
        var kras = Alteration.Mutation("KRAS", "p.G12D", "missense_variant");
        var matches = Annotator.Annotate(BreastAndLung, "COAD", [kras]);
        var resistance = Assert.Single(matches);
        Assert.True(resistance.IsResistance);
        Assert.Equal(OncoKbLevel.R1, resistance.OncoKb);
        Assert.Empty(Annotator.BestPerAlteration(matches));
    }

    [Fact]
    public void Annotate_ResistanceFromAnotherTumorType_IsLoweredToR2()
    {
        var match = Assert.Single(Annotator.Annotate(BreastAndLung, "PAAD", [Alteration.Mutation("KRAS", "p.G12D", "missense_variant")]));
        Assert.Equal(OncoKbLevel.R2, match.OncoKb);
    }

    [Fact]
    public void BestPerAlteration_GermlineOnlyRuleAndUnknownOrigin_NeedsConfirmationAndFallsBackToSomaticTier()
    {
        var matches = Annotator.Annotate(BreastAndLung, "IDC", [Alteration.Mutation("BRCA1", "p.E23fs", "frameshift_variant")]);
        Assert.Equal(2, matches.Count);
        Assert.True(matches.Single(m => m.Escat == EscatTier.IA).NeedsGermlineConfirmation);
        var best = Assert.Single(Annotator.BestPerAlteration(matches));
        Assert.Equal(EscatTier.IIB, best.Escat);
    }

    [Fact]
    public void BestPerAlteration_ConfirmedGermlineVariant_IsTierIA()
    {
        var germline = Alteration.Mutation("BRCA1", "p.E23fs", "frameshift_variant") with { Origin = AlterationOrigin.Germline };
        var best = Assert.Single(Annotator.BestPerAlteration(Annotator.Annotate(BreastAndLung, "IDC", [germline])));
        Assert.Equal(EscatTier.IA, best.Escat);
        Assert.False(best.NeedsGermlineConfirmation);
    }

    [Fact]
    public void BestPerAlteration_OneResultPerAlterationInInputOrder()
    {
        var alterations = new[]
        {
            Alteration.Mutation("EGFR", "p.L858R"),
            Alteration.Mutation("TP53", "p.R175H"),
            Alteration.Fusion("NTRK1", "TPM3"),
        };
        var best = Annotator.BestPerAlteration(Annotator.Annotate(BreastAndLung, "LUAD", alterations));
        Assert.Equal(["EGFR p.L858R", "NTRK1::TPM3 fusion"], best.Select(m => m.Alteration.Label));
    }

    [Fact]
    public void Annotate_UnknownPatientTumorType_TreatsTumorSpecificRulesAsAnotherTumorType()
    {
        var match = Assert.Single(Annotator.Annotate(BreastAndLung, "NOT_A_CODE", [Alteration.Mutation("EGFR", "p.L858R")]));
        Assert.Equal(EvidenceScope.OtherTumorType, match.Scope);
    }

    [Fact]
    public void Annotate_NoAlterations_GivesNoMatches() =>
        Assert.Empty(Annotator.Annotate(BreastAndLung, "BRCA", []));
}
