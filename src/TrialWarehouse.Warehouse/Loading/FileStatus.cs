namespace TrialWarehouse.Warehouse.Loading;

/// <summary>The life of a delivered file in the ledger <c>dim_source_file</c>.</summary>
public static class FileStatus
{
    public const string Loaded = "loaded";
    public const string Superseded = "superseded";
    public const string Withdrawn = "withdrawn";
}
