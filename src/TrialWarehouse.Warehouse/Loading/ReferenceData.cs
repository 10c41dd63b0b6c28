using TrialWarehouse.Actionability;

namespace TrialWarehouse.Warehouse.Loading;

/// <summary>
/// Dimensions whose rows come with the product rather than with deliveries: the OncoTree tumor types of the shipped
/// release. Brought up to date with the schema, so a new release reaches the warehouse at the next start.
/// </summary>
internal static class ReferenceData
{
    private const string CurrentCountSql = "SELECT COUNT(*) FROM dim_tumor_type WHERE oncotree_version = @Version";

    public static async Task SeedAsync(WarehouseTransaction tx, Engines.Engine engine, CancellationToken cancellationToken)
    {
        var codes = OncoTree.Codes;
        var current = await tx.QueryAsync<long>(CurrentCountSql, new { OncoTree.Version }, cancellationToken);
        if (current[0] == codes.Count)
            return;
        await StagedMerge.MergeAsync(tx, engine, Tables.TumorType, "tumor_type",
            codes.Order(StringComparer.Ordinal).Select(code => new object?[] { code, OncoTree.Name(code), OncoTree.Parent(code), Tissue(code), OncoTree.Version }),
            cancellationToken);
    }

    // The tissue is the ancestor just below the root (the root is its own tissue).
    private static string Tissue(string code)
    {
        while (OncoTree.Parent(code) is { } parent && parent != OncoTree.Root)
            code = parent;
        return code;
    }
}
