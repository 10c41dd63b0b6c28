namespace TrialWarehouse.Actionability;

/// <summary>A parsed, validated knowledge base: its <c># version:</c>, optional title and disclaimer, and its rules in file order.</summary>
public sealed record KnowledgeBase(
    string Source,
    string Version,
    string? Title,
    string? Disclaimer,
    IReadOnlyList<KnowledgeBaseRule> Rules);
