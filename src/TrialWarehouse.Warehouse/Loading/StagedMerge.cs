using TrialWarehouse.Warehouse.Engines;

namespace TrialWarehouse.Warehouse.Loading;

/// <summary>
/// Upserts dimension rows the set-based way: bulk-load them into a staging table made for this transaction, then one
/// MERGE into the dimension. The staging table has a name of its own, so concurrent loads never share one.
/// </summary>
internal static class StagedMerge
{
    public static async Task MergeAsync(WarehouseTransaction tx, Engine engine, BulkTable dimension, string keyColumn,
        IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var staging = dimension with { Name = $"stg_{dimension.Name}_{Guid.NewGuid():N}"[..40] };
        await tx.ExecuteAsync(CreateSql(engine, staging), cancellationToken: cancellationToken);
        await tx.BulkInsertAsync(staging, rows, cancellationToken);
        await tx.ExecuteAsync(MergeSql(dimension, staging.Name, keyColumn), cancellationToken: cancellationToken);
        await tx.ExecuteAsync($"DROP TABLE {staging.Name}", cancellationToken: cancellationToken);
    }

    internal static string CreateSql(Engine engine, BulkTable staging) =>
        $"CREATE TABLE {staging.Name} ({string.Join(", ", staging.Columns.Select(c => $"{c.Name} {engine.TypeName(c.Type)}"))})";

    internal static string MergeSql(BulkTable dimension, string staging, string keyColumn)
    {
        var columns = dimension.Columns.Select(c => c.Name).ToList();
        return $"""
            MERGE INTO {dimension.Name} AS t
            USING {staging} AS s
            ON t.{keyColumn} = s.{keyColumn}
            WHEN MATCHED THEN UPDATE SET {string.Join(", ", columns.Where(c => c != keyColumn).Select(c => $"{c} = s.{c}"))}
            WHEN NOT MATCHED THEN INSERT ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "s." + c))});
            """;
    }
}
