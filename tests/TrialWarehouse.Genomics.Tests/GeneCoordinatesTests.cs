using TrialWarehouse.Genomics.CopyNumber;

namespace TrialWarehouse.Genomics.Tests;

public class GeneCoordinatesTests
{
    private static readonly string[] KnowledgeBaseAndDemoGenes =
    [
        "AKT1", "AKT2", "APC", "AR", "ARID1A", "ATM", "BRAF", "BRCA1", "BRCA2", "CCND1", "CCNE1", "CDH1", "CDK4", "CDK6", "CDKN2A",
        "CDKN2B", "EGFR", "ERBB2", "ESR1", "FAT1", "FBXW7", "FGFR1", "FGFR2", "FGFR3", "GATA3", "IDH1", "KIT", "KMT2C", "KMT2D",
        "KRAS", "LRP1B", "MAP3K1", "MCL1", "MDM2", "MET", "MYC", "NF1", "NOTCH1", "NTRK1", "NTRK2", "NTRK3", "PALB2", "PDGFRA",
        "PIK3CA", "PTEN", "RB1", "SMAD4", "TP53",
    ];

    [Fact]
    public void Default_HasEveryPanelGene_OnGrch38()
    {
        var genes = GeneCoordinates.Default.On("GRCh38").Select(l => l.Gene).ToHashSet(StringComparer.Ordinal);

        Assert.Equal([], KnowledgeBaseAndDemoGenes.Except(genes));
    }

    [Fact]
    public void Default_KnowsKnowledgeBaseGenes_FromTheShippedKnowledgeBase()
    {
        // The knowledge base is the list that matters: a gene added there without coordinates could never get a CNV call.
        // Rows matching an IHC result (ihc:) name the gene of a protein and need no coordinates.
        string kb = Path.Combine(AppContext.BaseDirectory, "default-kb.tsv");
        var kbGenes = File.ReadLines(kb).Where(l => !l.StartsWith('#') && l.Length > 0).Skip(1)
            .Where(l => !l.Split('\t')[1].StartsWith("ihc:", StringComparison.Ordinal))
            .Select(l => l.Split('\t')[0]).Where(g => g != "*").ToHashSet(StringComparer.Ordinal);
        var genes = GeneCoordinates.Default.On("GRCh38").Select(l => l.Gene).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(kbGenes);
        Assert.Equal([], kbGenes.Except(genes));
    }

    [Theory]
    [InlineData("ERBB2", "chr17", 39687914, 39730426, '+')]
    [InlineData("PIK3CA", "chr3", 179148114, 179240093, '+')]
    [InlineData("KRAS", "chr12", 25204789, 25250936, '-')]
    [InlineData("NTRK1", "chr1", 156815640, 156881850, '+')]
    public void Default_Grch38Rows_MatchEnsembl(string gene, string chrom, long start, long end, char strand)
    {
        var locus = Assert.Single(GeneCoordinates.Default.On("GRCh38"), l => l.Gene == gene);

        Assert.Equal((chrom, start, end, strand), (locus.Chrom, locus.Start, locus.End, locus.Strand));
    }

    [Fact]
    public void Overlapping_AcceptsBareAndPrefixedContigNames()
    {
        var bare = GeneCoordinates.Default.Overlapping("GRCh38", "17", 39700000, 39700001).Select(l => l.Gene);
        var prefixed = GeneCoordinates.Default.Overlapping("GRCh38", "chr17", 39700000, 39700001).Select(l => l.Gene);

        Assert.Equal(["ERBB2"], bare);
        Assert.Equal(["ERBB2"], prefixed);
    }

    [Fact]
    public void Overlapping_OneBaseAtEitherEnd_Counts_OneBaseBeyond_DoesNot()
    {
        Assert.Equal(["ERBB2"], GeneCoordinates.Default.Overlapping("GRCh38", "chr17", 39600000, 39687914).Select(l => l.Gene));
        Assert.Equal(["ERBB2"], GeneCoordinates.Default.Overlapping("GRCh38", "chr17", 39730426, 39730500).Select(l => l.Gene));
        Assert.Empty(GeneCoordinates.Default.Overlapping("GRCh38", "chr17", 39730427, 39730500));
    }

    [Fact]
    public void Default_HasNoGrch37Rows_UntilACitedSourceIsAdded()
    {
        // Guards the header's statement: GRCh37 files are refused rather than mapped with unverified coordinates.
        Assert.Equal(["GRCh38"], GeneCoordinates.Default.Builds);
    }
}
