using TrialWarehouse.Domain;

namespace TrialWarehouse.Actionability.Tests;

public class KnowledgeBaseReaderTests
{
    private const string GoodRow = "PIK3CA|p.H1047R|BRCA|I-A|1|alpelisib;fulvestrant|SOLAR-1|30137196";

    private static InputRejectedException Rejected(string text) =>
        Assert.Throws<InputRejectedException>(() => Kb.ParseText(text));

    [Fact]
    public void Parse_GoodFile_ReadsMetadataAndEveryColumn()
    {
        var kb = Kb.ParseText("# version: 1.2\n# title: Demo\n# disclaimer: reviewed by the molecular tumor board\n# free comment\n\n"
            + Kb.Header + "\n" + GoodRow.Replace('|', '\t') + "\r\n");
        Assert.Equal(("1.2", "Demo", "test-kb.tsv"), (kb.Version, kb.Title, kb.Source));
        Assert.Equal("reviewed by the molecular tumor board", kb.Disclaimer);
        var rule = Assert.Single(kb.Rules);
        Assert.Equal(7, rule.Line);
        Assert.Equal(("PIK3CA", "p.H1047R", "BRCA", EscatTier.IA, OncoKbLevel.Level1), (rule.Gene, rule.Alteration.Text, rule.TumorType, rule.Escat, rule.OncoKb));
        Assert.Equal(["alpelisib", "fulvestrant"], rule.Drugs);
        Assert.Equal(["30137196"], rule.Pmids);
    }

    [Fact]
    public void Parse_LowerCaseTumorTypeAndGene_AreCanonicalised()
    {
        var rule = Assert.Single(Kb.Of("pik3ca|p.H1047R|brca|I-A||alpelisib|SOLAR-1|").Rules);
        Assert.Equal(("PIK3CA", "BRCA"), (rule.Gene, rule.TumorType));
    }

    [Fact]
    public void Parse_UnknownEscatTier_NamesLineAndColumn()
    {
        var error = Assert.Single(Rejected(Kb.Text("PIK3CA|p.H1047R|BRCA|I-D|1|alpelisib|SOLAR-1|")).Errors);
        Assert.Equal(("test-kb.tsv", 4L, "escat"), (error.File, error.Line, error.Field));
        Assert.Contains("I-A, I-B, I-C, II-A", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadMatcher_NamesLineAndColumnAndTheGrammar()
    {
        var error = Assert.Single(Rejected(Kb.Text(GoodRow, "BRAF|V600E|MEL|I-A|1|vemurafenib|BRIM-3|")).Errors);
        Assert.Equal((5L, "alteration"), (error.Line, error.Field));
        Assert.Contains("p.V600", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingVersion_IsReportedForTheFile()
    {
        var error = Assert.Single(Rejected("# title: no version\n" + Kb.Header + "\n" + GoodRow.Replace('|', '\t') + "\n").Errors);
        Assert.Equal((0L, "version"), (error.Line, error.Field));
        Assert.Contains("# version:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralProblems_AreAllReportedAtOnce()
    {
        var errors = Rejected(Kb.Text(
            "PIK3CA|p.H1047R|BREAST_CANCER|I-A|1|alpelisib|SOLAR-1|",
            "ERBB2|cna:amplification|BRCA|I-A|5|trastuzumab|x|",
            "ERBB2|cna:amplification|BRCA|I-A|1|trastuzumab||12ab")).Errors;
        Assert.Equal(
            [(4L, "tumor_type"), (5L, "oncokb"), (6L, "evidence"), (6L, "pmid")],
            errors.Select(e => (e.Line, e.Field)));
    }

    [Theory]
    [InlineData("*|p.H1047R|BRCA|I-A|1|alpelisib|x|", "gene")]
    [InlineData("MLH1|signature:MSI-H|*|I-C|1|pembrolizumab|x|", "gene")]
    [InlineData("KRAS|class:oncogenic|COADREAD|I-A|R1|cetuximab|x|", "escat")]
    [InlineData("ERBB2|cna:amplification|BRCA|I-A|1|trastuzumab;;pertuzumab|x|", "drugs")]
    [InlineData("ERBB2 AMP|cna:amplification|BRCA|I-A|1|trastuzumab|x|", "gene")]
    [InlineData("ERBB2|cna:amplification|BRCA|I-A|1|trastuzumab|x|1234567890", "pmid")]
    public void Parse_InconsistentRow_NamesTheColumnToFix(string row, string field) =>
        Assert.Equal(field, Assert.Single(Rejected(Kb.Text(row)).Errors).Field);

    [Fact]
    public void Parse_WrongColumnCount_IsReported()
    {
        var error = Assert.Single(Rejected(Kb.Text("PIK3CA|p.H1047R|BRCA|I-A|1|alpelisib")).Errors);
        Assert.Equal(4L, error.Line);
        Assert.Contains("found 6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WrongHeader_IsReportedOnItsLine()
    {
        var error = Assert.Single(Rejected("# version: 1\ngene\talteration\ttumour_type\tescat\toncokb\tdrugs\tevidence\tpmid\n").Errors);
        Assert.Equal(2L, error.Line);
    }

    [Fact]
    public void Parse_DuplicateRule_PointsToTheFirstOne()
    {
        var error = Assert.Single(Rejected(Kb.Text(GoodRow, GoodRow)).Errors);
        Assert.Equal(5L, error.Line);
        Assert.Contains("line 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_VersionGivenTwice_IsReported() =>
        Assert.Equal("version", Assert.Single(Rejected("# version: 1\n# version: 2\n" + Kb.Header + "\n" + GoodRow.Replace('|', '\t')).Errors).Field);

    [Theory]
    [InlineData("")]
    [InlineData("# version: 1\n")]
    [InlineData("# version: 1\ngene\talteration\ttumor_type\tescat\toncokb\tdrugs\tevidence\tpmid\n")]
    public void Parse_EmptyOrRulelessFile_IsRejected(string text) =>
        Assert.NotEmpty(Rejected(text).Errors);

    [Fact]
    public void Read_File_UsesTheFileNameInErrors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kb-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, Kb.Text("PIK3CA|p.H1047R|BRCA|I-D|1|alpelisib|SOLAR-1|"));
        try
        {
            var error = Assert.Single(Assert.Throws<InputRejectedException>(() => KnowledgeBaseFile.Read(path)).Errors);
            Assert.Equal(Path.GetFileName(path), error.File);
            Assert.StartsWith($"{Path.GetFileName(path)}:4: escat:", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
