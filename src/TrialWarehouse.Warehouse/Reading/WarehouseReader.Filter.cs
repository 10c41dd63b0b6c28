using TrialWarehouse.Actionability;

namespace TrialWarehouse.Warehouse.Reading;

public sealed partial class WarehouseReader
{
    /// <summary>
    /// The parameters of <see cref="PatientWhere"/> for a filter: tumor types expanded down the OncoTree, labels
    /// turned into ranks and states. Costs one query (the knowledge-base versions) when the filter has a tier.
    /// </summary>
    private async Task<Dictionary<string, object?>> FilterArgsAsync(PatientFilter filter, CancellationToken cancellationToken)
    {
        var tumorTypes = TumorTypesOf(filter.TumorType);
        var alterationClass = Criterion(filter.AlterationClass);
        var treatment = Criterion(filter.Treatment)?.ToLowerInvariant();
        var tierRank = filter.TierAtMost is null ? -1 : (int)Tier(filter.TierAtMost);
        var kbVersionKey = tierRank < 0 ? -1 : await KbVersionKeyAsync(filter.KbVersion, cancellationToken);
        var args = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["AnyTumorType"] = tumorTypes.Count == 0 ? 1 : 0,
            ["TumorTypes"] = tumorTypes,
            ["Gene"] = Criterion(filter.Gene) ?? "",
            ["AlterationClass"] = alterationClass ?? "",
            ["CnState"] = alterationClass is null ? 99 : AlterationClasses.CopyNumberState(alterationClass) ?? 99,
            ["TierRank"] = tierRank,
            ["FilterKbVersionKey"] = kbVersionKey,
            ["Treatment"] = treatment ?? "",
            // The drugs column holds "a;b": a drug matches between semicolons.
            ["TreatmentPattern"] = treatment is null ? "" : "%;" + EscapeLike(treatment) + ";%",
            ["Matched"] = filter.MatchedTherapy switch { null => -1, true => 1, false => 0 },
            ["DiagnosedFrom"] = filter.DiagnosisDate?.From ?? DateOnly.MinValue,
            ["DiagnosedTo"] = filter.DiagnosisDate?.To ?? DateOnly.MaxValue,
            ["AnyCollectionDate"] = filter.SampleCollectionDate is null ? 1 : 0,
            ["CollectedFrom"] = filter.SampleCollectionDate?.From ?? DateOnly.MinValue,
            ["CollectedTo"] = filter.SampleCollectionDate?.To ?? DateOnly.MaxValue,
            ["CtcConversion"] = filter.CtcConversionOnMatchedLine switch { null => -1, true => 1, false => 0 },
            ["MinNectin4HScore"] = filter.MinNectin4HScore switch
            {
                null => -1,
                >= 0 and <= 300 => filter.MinNectin4HScore.Value,
                var n => throw new FilterException("minNectin4HScore", $"{n} is not an H-score; expected an integer between 0 and 300"),
            },
            ["Yes"] = true,
        };
        // Only with an as-of date is the query written on the history (AsOf), and so only then is the parameter there.
        if (filter.AsOf is { } asOf)
            args["AsOfEnd"] = AsOfEnd(asOf);
        return args;
    }

    /// <summary>The OncoTree code and the codes below it; empty when there is no tumor-type criterion.</summary>
    private static IReadOnlyList<string> TumorTypesOf(string? tumorType) =>
        Criterion(tumorType) is { } code ? OncoTree.SelfAndDescendants(code.ToUpperInvariant()) : [];

    private static EscatTier Tier(string label) =>
        EscatTiers.TryParse(label.Trim(), out var tier)
            ? tier
            : throw new FilterException("tierAtMost", $"'{label}' is not an ESCAT tier; expected one of {string.Join(", ", EscatTiers.AllLabels)}");

    /// <summary>The key of the named knowledge-base version, or of the newest; -1 (matching nothing) when none is loaded.</summary>
    private async Task<long> KbVersionKeyAsync(string? version, CancellationToken cancellationToken)
    {
        var kb = await KnowledgeBaseAsync(Criterion(version), cancellationToken);
        if (kb is null && Criterion(version) is { } named)
            throw new FilterException("kbVersion", $"knowledge-base version '{named}' is not loaded; `knowledgeBases` lists the loaded ones");
        return kb?.KbVersionKey ?? -1;
    }

    private static string? Criterion(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string EscapeLike(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal);
}
