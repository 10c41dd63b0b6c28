using System.Reflection;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Actionability;

/// <summary>
/// Reads the knowledge-base TSV described in docs/knowledge-base.md. Every problem found is reported at once, as
/// <see cref="InputRejectedException"/> with file, line, column and what would be right.
/// </summary>
public static class KnowledgeBaseFile
{
    public const string DefaultSource = "default-kb.tsv (embedded)";

    private static readonly Lazy<KnowledgeBase> DefaultKnowledgeBase = new(LoadDefault);

    /// <summary>The knowledge base shipped inside this assembly (src/TrialWarehouse.Actionability/KnowledgeBase/default-kb.tsv).</summary>
    public static KnowledgeBase Default => DefaultKnowledgeBase.Value;

    public static KnowledgeBase Read(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, Path.GetFileName(path));
    }

    public static KnowledgeBase Parse(TextReader reader, string fileName) => new KnowledgeBaseParser(fileName).Parse(reader);

    private static KnowledgeBase LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("TrialWarehouse.Actionability.default-kb.tsv")
            ?? throw new InvalidOperationException("the embedded default knowledge base is missing from the assembly");
        using var reader = new StreamReader(stream);
        return Parse(reader, DefaultSource);
    }
}
