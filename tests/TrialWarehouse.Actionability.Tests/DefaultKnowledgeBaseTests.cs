namespace TrialWarehouse.Actionability.Tests;

public class DefaultKnowledgeBaseTests
{
    private static readonly KnowledgeBase Default = KnowledgeBaseFile.Default;

    private static ActionableMatch? Best(string tumorType, Alteration alteration) =>
        Annotator.BestPerAlteration(Annotator.Annotate(Default, tumorType, [alteration])).SingleOrDefault();

    [Fact]
    public void Default_Parses_WithVersionTitleAndTumorBoardDisclaimer()
    {
        Assert.False(string.IsNullOrWhiteSpace(Default.Version));
        Assert.False(string.IsNullOrWhiteSpace(Default.Title));
        Assert.Contains("molecular tumor board", Default.Disclaimer, StringComparison.OrdinalIgnoreCase);
        Assert.True(Default.Rules.Count >= 40);
    }

    [Fact]
    public void Default_EveryTumorTypeIsAKnownOncoTreeCodeOrAny() =>
        Assert.All(Default.Rules, rule => Assert.True(rule.IsTumorAgnostic || OncoTree.IsKnown(rule.TumorType), rule.TumorType));

    [Fact]
    public void Default_EveryRuleHasEvidenceAndEveryActionableRuleADrug() =>
        Assert.All(Default.Rules, rule =>
        {
            Assert.NotEmpty(rule.Evidence);
            if (rule.Escat != EscatTier.X)
                Assert.NotEmpty(rule.Drugs);
        });

    [Fact]
    public void Default_ReadFromTheSourceFile_EqualsTheEmbeddedCopy()
    {
        var path = Path.Combine(RepositoryRoot(), "src", "TrialWarehouse.Actionability", "KnowledgeBase", "default-kb.tsv");
        var fromFile = KnowledgeBaseFile.Read(path);
        Assert.Equal(Default.Version, fromFile.Version);
        Assert.Equal(Default.Rules.Count, fromFile.Rules.Count);
    }

    [Fact]
    public void Annotate_PIK3CA_H1047R_InBreast_IsTierIA()
    {
        var best = Best("BRCA", Alteration.Mutation("PIK3CA", "p.H1047R", "missense_variant"));
        Assert.Equal((EscatTier.IA, OncoKbLevel.Level1), (best?.Escat, best?.OncoKb));
        Assert.Contains("alpelisib", best!.Rule.Drugs);
    }

    [Fact]
    public void Annotate_PIK3CA_E542K_InLungAdenocarcinoma_IsTierIIIA_Level3B()
    {
        var best = Best("LUAD", Alteration.Mutation("PIK3CA", "p.Glu542Lys"));
        Assert.Equal((EscatTier.IIIA, OncoKbLevel.Level3B, EvidenceScope.OtherTumorType), (best?.Escat, best?.OncoKb, best?.Scope));
    }

    [Fact]
    public void Annotate_ERBB2_Amplification_InInvasiveLobularCarcinoma_IsTierIA() =>
        Assert.Equal(EscatTier.IA, Best("ILC", Alteration.CopyNumber("ERBB2", 2))?.Escat);

    [Fact]
    public void Annotate_NTRK3_Fusion_InAnyTumor_IsTierIC() =>
        Assert.Equal(EscatTier.IC, Best("HNSC", Alteration.Fusion("ETV6", "NTRK3"))?.Escat);

    [Theory]
    [InlineData("MSI-H")]
    [InlineData("TMB-high")]
    public void Annotate_Signature_InAnyTumor_IsTierIC(string signature) =>
        Assert.Equal(EscatTier.IC, Best("PAAD", Alteration.OfSignature(signature))?.Escat);

    [Fact]
    public void Annotate_EGFR_Exon19Deletion_InLungAdenocarcinoma_IsTierIA() =>
        Assert.Equal(EscatTier.IA, Best("LUAD", Alteration.Mutation("EGFR", "p.E746_A750del", "inframe_deletion", 19))?.Escat);

    [Fact]
    public void Annotate_BRAF_V600E_InColon_IsTierIA_WithEncorafenib()
    {
        var best = Best("COAD", Alteration.Mutation("BRAF", "p.V600E"));
        Assert.Equal(EscatTier.IA, best?.Escat);
        Assert.Contains("encorafenib", best!.Rule.Drugs);
    }

    [Fact]
    public void Annotate_KRAS_G12C_InRectum_HasTierIAAndKeepsTheAntiEgfrResistance()
    {
        var matches = Annotator.Annotate(Default, "READ", [Alteration.Mutation("KRAS", "p.G12C", "missense_variant")]);
        Assert.Contains(matches, m => m.IsResistance && m.OncoKb == OncoKbLevel.R1);
        Assert.Equal(EscatTier.IA, Annotator.BestPerAlteration(matches).Single().Escat);
    }

    [Fact]
    public void Annotate_IDH1_R132C_InIntrahepaticCholangiocarcinoma_IsTierIA() =>
        Assert.Equal(EscatTier.IA, Best("IHCH", Alteration.Mutation("IDH1", "p.R132C"))?.Escat);

    [Fact]
    public void Annotate_SomaticBRCA2_InBreast_IsTierIIB_AndGermlineTierAwaitsConfirmation()
    {
        var matches = Annotator.Annotate(Default, "IDC", [Alteration.Mutation("BRCA2", "p.K3326fs", "frameshift_variant")]);
        Assert.Contains(matches, m => m.Escat == EscatTier.IA && m.NeedsGermlineConfirmation);
        Assert.Equal(EscatTier.IIB, Annotator.BestPerAlteration(matches).Single().Escat);
    }

    [Fact]
    public void Annotate_TP53_IsNotActionable() =>
        Assert.Empty(Annotator.Annotate(Default, "BRCA", [Alteration.Mutation("TP53", "p.R175H", "missense_variant")]));

    [Fact]
    public void Annotate_KRAS_G12D_InPancreas_IsInvestigationalTierIIIB() =>
        Assert.Equal((EscatTier.IIIB, EvidenceScope.TumorAgnostic),
            (Best("PAAD", Alteration.Mutation("KRAS", "p.G12D", "missense_variant"))?.Escat, Best("PAAD", Alteration.Mutation("KRAS", "p.G12D", "missense_variant"))?.Scope));

    [Fact]
    public void Annotate_KRAS_G12C_InPancreas_IsTierIIB() =>
        Assert.Equal(EscatTier.IIB, Best("PAAD", Alteration.Mutation("KRAS", "p.G12C", "missense_variant"))?.Escat);

    [Fact]
    public void Annotate_BRAF_V600E_InCholangiocarcinoma_IsTumorAgnosticTierIC() =>
        Assert.Equal((EscatTier.IC, EvidenceScope.TumorAgnostic),
            (Best("IHCH", Alteration.Mutation("BRAF", "p.V600E"))?.Escat, Best("IHCH", Alteration.Mutation("BRAF", "p.V600E"))?.Scope));

    [Theory]
    [InlineData("CDKN2A", -2)]
    [InlineData("CCND1", 2)]
    [InlineData("CCNE1", 2)]
    [InlineData("FGFR1", 2)]
    [InlineData("KRAS", 2)]
    public void Annotate_CellCycleAndOtherInvestigationalCopyNumberChanges_AreTierIVA(string gene, int state) =>
        Assert.Equal(EscatTier.IVA, Best("BLCA", Alteration.CopyNumber(gene, state))?.Escat);

    [Fact]
    public void Annotate_CDK4_Amplification_IsTierIIBInLiposarcoma_AndIIIAElsewhere()
    {
        Assert.Equal(EscatTier.IIB, Best("DDLS", Alteration.CopyNumber("CDK4", 2))?.Escat);
        Assert.Equal((EscatTier.IIIA, EvidenceScope.OtherTumorType), (Best("LUAD", Alteration.CopyNumber("CDK4", 2))?.Escat, Best("LUAD", Alteration.CopyNumber("CDK4", 2))?.Scope));
    }

    [Fact]
    public void Annotate_MET_Amplification_InLungAdenocarcinoma_IsTierIIB() =>
        Assert.Equal(EscatTier.IIB, Best("LUAD", Alteration.CopyNumber("MET", 2))?.Escat);

    [Fact]
    public void Annotate_ERBB2_Amplification_InColorectal_IsTierIIB() =>
        Assert.Equal(EscatTier.IIB, Best("COADREAD", Alteration.CopyNumber("ERBB2", 2))?.Escat);

    [Fact]
    public void Annotate_BRCA2_HomozygousDeletion_InProstate_IsTierIA() =>
        Assert.Equal(EscatTier.IA, Best("PRAD", Alteration.CopyNumber("BRCA2", -2))?.Escat);

    [Fact]
    public void Annotate_ATM_Truncation_InProstate_IsTierIIA_AndIIIAElsewhere()
    {
        Assert.Equal(EscatTier.IIA, Best("PRAD", Alteration.Mutation("ATM", "p.R1234*", "stop_gained"))?.Escat);
        Assert.Equal(EscatTier.IIIA, Best("COADREAD", Alteration.Mutation("ATM", "p.R1234*", "stop_gained"))?.Escat);
    }

    [Theory]
    [InlineData("ARID1A")]
    [InlineData("NF1")]
    public void Annotate_TumorSuppressorTruncation_IsTierIVA_ButAMissenseChangeIsNotActionable(string gene)
    {
        Assert.Equal(EscatTier.IVA, Best("STAD", Alteration.Mutation(gene, "p.R100*", "stop_gained"))?.Escat);
        Assert.Empty(Annotator.Annotate(Default, "STAD", [Alteration.Mutation(gene, "p.A100V", "missense_variant")]));
    }

    [Fact]
    public void Default_InvestigationalRows_AreNeverTierIOrII() =>
        Assert.All(Default.Rules.Where(r => r.Evidence.Contains("investigational", StringComparison.OrdinalIgnoreCase)),
            rule => Assert.True(rule.Escat >= EscatTier.IIIA, $"{rule.Gene} {rule.Alteration}: {rule.Escat.Label()}"));

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TrialWarehouse.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException("TrialWarehouse.sln not found above the test output folder");
    }
}
