using TrialWarehouse.Domain;

namespace TrialWarehouse.Actionability.Tests;

public class ProteinMatcherTests
{
    private static Alteration Her2(int score, string? ish = null) => Alteration.OfIhc(new IhcResult("S1", "HER2", "intensity", score, "4B5", ish));

    private static Alteration Nectin4(int hScore) => Alteration.OfIhc(new IhcResult("S1", "NECTIN4", "h_score", hScore, "EPR15613-68", null));

    private static bool Matches(string gene, string matcher, Alteration alteration)
    {
        Assert.True(AlterationMatcherParser.TryParse(matcher, out var parsed, out var error), error);
        return parsed.Matches(gene, alteration);
    }

    [Theory]
    [InlineData(0, null, false, false)]
    [InlineData(1, null, true, false)]
    [InlineData(2, "negative", true, false)]
    [InlineData(2, null, false, false)]
    [InlineData(2, "equivocal", false, false)]
    [InlineData(2, "positive", false, true)]
    [InlineData(3, null, false, true)]
    public void Her2Classes_FollowAscoCapAndDestinyBreast04(int score, string? ish, bool low, bool positive)
    {
        Assert.Equal(low, Matches("ERBB2", "ihc:low", Her2(score, ish)));
        Assert.Equal(positive, Matches("ERBB2", "ihc:positive", Her2(score, ish)));
    }

    [Theory]
    [InlineData("ihc:3+", 3, true)]
    [InlineData("ihc:3+", 2, false)]
    [InlineData("ihc:0", 0, true)]
    [InlineData("ihc:1+", 1, true)]
    public void Intensity_MatchesThatScoreExactly(string matcher, int score, bool expected) =>
        Assert.Equal(expected, Matches("ERBB2", matcher, Her2(score)));

    [Theory]
    [InlineData(200, true)]
    [InlineData(199, false)]
    [InlineData(300, true)]
    public void HScore_MatchesAtLeastTheBound(int hScore, bool expected) =>
        Assert.Equal(expected, Matches("NECTIN4", "ihc:h-score>=200", Nectin4(hScore)));

    [Fact]
    public void ProteinMatchers_MatchTheMarkersGene_AndNeverAMutationOrAnotherScoringSystem()
    {
        Assert.False(Matches("NECTIN4", "ihc:h-score>=200", Her2(3)));
        Assert.False(Matches("ERBB2", "ihc:3+", Alteration.CopyNumber("ERBB2", 2)));
        Assert.False(Matches("NECTIN4", "ihc:h-score>=50",
            Alteration.OfIhc(new IhcResult("S1", "NECTIN4", "percent_positive", 90, "EPR15613-68", null))));
        Assert.True(Matches("NECTIN4", "ihc:percent>=50",
            Alteration.OfIhc(new IhcResult("S1", "NECTIN4", "percent_positive", 90, "EPR15613-68", null))));
    }

    [Theory]
    [InlineData("ihc:4+")]
    [InlineData("ihc:h-score>=301")]
    [InlineData("ihc:percent>=101")]
    [InlineData("ihc:h-score>200")]
    [InlineData("ihc:high")]
    public void Parse_RejectsWhatIsNotAProteinMatcher(string text)
    {
        Assert.False(AlterationMatcherParser.TryParse(text, out _, out var error));
        Assert.Contains("ihc:h-score>=N", error, StringComparison.Ordinal);
    }

    [Fact]
    public void KnowledgeBase_RejectsAHer2ClassOnAnotherGene_AndAnIhcRowOnAGeneNoMarkerEncodes()
    {
        var error = Assert.Throws<InputRejectedException>(() => Kb.Of("ESR1|ihc:low|BRCA|I-A||x|y|", "KRAS|ihc:3+|BRCA|I-A||x|y|"));

        Assert.Equal(
            [
                "test-kb.tsv:4: gene: 'ihc:low' is a class of HER2, whose gene is ERBB2; write ERBB2 instead of 'ESR1'",
                "test-kb.tsv:5: gene: 'KRAS' encodes none of the IHC markers of ihc.csv; an ihc: row names the gene of one of them: AR, CD274, ERBB2, ESR1, MKI67, NECTIN4, PGR, TACSTD2",
            ],
            error.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Label_NamesTheMarkerTheScoreAndTheIsh() =>
        Assert.Equal(("ERBB2", "HER2 IHC 2+, ISH negative", "NECTIN4 IHC H-score 210"),
            (Her2(2, "negative").Gene, Her2(2, "negative").Label, Nectin4(210).Label));

    [Theory]
    [InlineData("BRCA", 3, null, "ihc:positive", EscatTier.IA, "trastuzumab")]
    [InlineData("IDC", 2, "negative", "ihc:low", EscatTier.IA, "trastuzumab deruxtecan")]
    [InlineData("IDC", 1, null, "ihc:low", EscatTier.IA, "trastuzumab deruxtecan")]
    public void DefaultKb_MatchesHer2PositiveAndHer2LowBreastCancer(string tumorType, int score, string? ish, string matcher, EscatTier tier, string drug)
    {
        var best = Assert.Single(Annotator.BestPerAlteration(Annotator.Annotate(KnowledgeBaseFile.Default, tumorType, [Her2(score, ish)])));
        Assert.Equal((matcher, tier), (best.Rule.Alteration.Text, best.Escat));
        Assert.Contains(drug, best.Rule.Drugs);
    }

    [Fact]
    public void DefaultKb_MatchesNectin4HighUrothelialCarcinoma_ForEnfortumabVedotin_AndNotNectin4Low()
    {
        var high = Assert.Single(Annotator.BestPerAlteration(Annotator.Annotate(KnowledgeBaseFile.Default, "BLCA", [Nectin4(240)])));
        Assert.Equal((EscatTier.IIB, EvidenceScope.PatientTumorType, "enfortumab vedotin"), (high.Escat, high.Scope, high.Rule.Drugs.Single()));
        Assert.Empty(Annotator.Annotate(KnowledgeBaseFile.Default, "BLCA", [Nectin4(120)]));
        Assert.Empty(Annotator.Annotate(KnowledgeBaseFile.Default, "BRCA", [Her2(0)]));
    }
}
