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

    /// <summary>
    /// Adds the rows whose key the dimension does not hold yet, in three statements whatever their number. A key that is
    /// already there with other <paramref name="identity"/> values is a 64-bit hash collision: it fails loudly rather
    /// than merging two different things.
    /// </summary>
    public static async Task InsertMissingAsync(WarehouseTransaction tx, Engine engine, BulkTable dimension, string keyColumn,
        IReadOnlyList<string> identity, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var staging = dimension with { Name = $"stg_{dimension.Name}_{Guid.NewGuid():N}"[..40] };
        await tx.ExecuteAsync(CreateSql(engine, staging), cancellationToken: cancellationToken);
        await tx.BulkInsertAsync(staging, rows, cancellationToken);
        var collisions = await tx.QueryAsync<long>(CollisionSql(dimension, staging.Name, keyColumn, identity), cancellationToken: cancellationToken);
        if (collisions.Count > 0)
            throw new InvalidOperationException($"{dimension.Name}: key {collisions[0]} already stands for other {string.Join("/", identity)}; a 64-bit key collision");
        await tx.ExecuteAsync(InsertMissingSql(dimension, staging.Name, keyColumn), cancellationToken: cancellationToken);
        await tx.ExecuteAsync($"DROP TABLE {staging.Name}", cancellationToken: cancellationToken);
    }

    internal static string CollisionSql(BulkTable dimension, string staging, string keyColumn, IReadOnlyList<string> identity) =>
        $"SELECT s.{keyColumn} FROM {staging} s JOIN {dimension.Name} d ON d.{keyColumn} = s.{keyColumn} " +
        $"WHERE {string.Join(" OR ", identity.Select(c => $"d.{c} <> s.{c}"))}";

    internal static string InsertMissingSql(BulkTable dimension, string staging, string keyColumn)
    {
        var columns = string.Join(", ", dimension.Columns.Select(c => c.Name));
        return $"INSERT INTO {dimension.Name} ({columns}) SELECT {string.Join(", ", dimension.Columns.Select(c => "s." + c.Name))} FROM {staging} s " +
               $"WHERE NOT EXISTS (SELECT 1 FROM {dimension.Name} d WHERE d.{keyColumn} = s.{keyColumn})";
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
