using System.Globalization;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Actionability;

/// <summary>
/// <c>ihc:...</c>: an immunohistochemistry result of the protein the row's gene encodes (ERBB2 for HER2, NECTIN4 for
/// nectin-4). <c>ihc:0</c> .. <c>ihc:3+</c> match that intensity score exactly; <c>ihc:positive</c> and
/// <c>ihc:low</c> are HER2's ASCO/CAP and DESTINY-Breast04 classes (IHC 3+ or 2+/ISH+; IHC 1+ or 2+/ISH-);
/// <c>ihc:h-score&gt;=N</c> and <c>ihc:percent&gt;=N</c> match a score at least N.
/// </summary>
public sealed class ProteinMatcher : AlterationMatcher
{
    private readonly Func<IhcResult, bool> predicate;

    private ProteinMatcher(string text, Func<IhcResult, bool> predicate, string? onlyGene)
        : base(text)
    {
        this.predicate = predicate;
        OnlyGene = onlyGene;
    }

    /// <summary>The one gene the matcher is defined for (ERBB2 for the HER2 classes), or null for any marker's gene.</summary>
    public string? OnlyGene { get; }

    public override bool Matches(string gene, Alteration alteration) =>
        alteration.Kind == AlterationKind.Protein && SameGene(gene, alteration.Gene) && alteration.Ihc is { } ihc && predicate(ihc);

    /// <summary>The matcher for the text after <c>ihc:</c>, or null when it is not one.</summary>
    internal static ProteinMatcher? Parse(string text, string value)
    {
        if (IhcVocabulary.IntensityScores.TryGetValue(value, out var score))
            return new ProteinMatcher(text, r => r.Scoring == IhcVocabulary.Intensity && r.Value == score, null);
        return value switch
        {
            "positive" => new ProteinMatcher(text, IhcVocabulary.IsHer2Positive, "ERBB2"),
            "low" => new ProteinMatcher(text, IhcVocabulary.IsHer2Low, "ERBB2"),
            _ when value.StartsWith("h-score>=", StringComparison.Ordinal) => AtLeast(text, value["h-score>=".Length..], IhcVocabulary.HScore, 300),
            _ when value.StartsWith("percent>=", StringComparison.Ordinal) => AtLeast(text, value["percent>=".Length..], IhcVocabulary.PercentPositive, 100),
            _ => null,
        };
    }

    private static ProteinMatcher? AtLeast(string text, string digits, string scoring, int max) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var bound) && bound <= max
            ? new ProteinMatcher(text, r => r.Scoring == scoring && r.Value >= bound, null)
            : null;
}
