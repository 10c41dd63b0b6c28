namespace TrialWarehouse.Warehouse.Engines;

public enum ColumnType
{
    BigInt,
    Int,
    Float,
    Text,
    Date,
    Timestamp,
    Bool,
}

public sealed record BulkColumn(string Name, ColumnType Type);

/// <summary>A table as the bulk paths see it: its columns in the order rows give their values.</summary>
public sealed record BulkTable(string Name, IReadOnlyList<BulkColumn> Columns)
{
    public static BulkTable Of(string name, params (string Name, ColumnType Type)[] columns) =>
        new(name, columns.Select(c => new BulkColumn(c.Name, c.Type)).ToArray());
}
