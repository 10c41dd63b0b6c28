using System.Text;

namespace TrialWarehouse.Actionability.Tests;

/// <summary>Builds small knowledge bases inline, so each test shows the rows it depends on.</summary>
internal static class Kb
{
    public const string Header = "gene\talteration\ttumor_type\tescat\toncokb\tdrugs\tevidence\tpmid";

    public static string Text(params string[] rows)
    {
        var text = new StringBuilder();
        text.Append("# version: test-1\n# title: test\n").Append(Header).Append('\n');
        foreach (var row in rows)
            text.Append(row.Replace('|', '\t')).Append('\n');
        return text.ToString();
    }

    /// <summary>Rows are written with '|' for the tab: "PIK3CA|p.H1047R|BRCA|I-A|1|alpelisib|SOLAR-1|".</summary>
    public static KnowledgeBase Of(params string[] rows) => KnowledgeBaseFile.Parse(new StringReader(Text(rows)), "test-kb.tsv");

    public static KnowledgeBase ParseText(string text) => KnowledgeBaseFile.Parse(new StringReader(text), "test-kb.tsv");
}
