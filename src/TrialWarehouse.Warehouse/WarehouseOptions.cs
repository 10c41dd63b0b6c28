namespace TrialWarehouse.Warehouse;

/// <summary>Which database holds the warehouse. Bound from <c>Warehouse:Engine</c> and <c>ConnectionStrings:Warehouse</c>.</summary>
public sealed class WarehouseOptions
{
    public const string DefaultDuckDbFile = "data/warehouse.duckdb";

    /// <summary><c>duckdb</c> (embedded, the default), <c>postgres</c> or <c>sqlserver</c>.</summary>
    public string Engine { get; set; } = "duckdb";

    /// <summary>
    /// For DuckDB a file path (or <c>Data Source=path</c>); for the servers an ADO.NET connection string.
    /// Empty means the DuckDB file <see cref="DefaultDuckDbFile"/> under the working directory.
    /// </summary>
    public string? ConnectionString { get; set; }

    public WarehouseEngine ParseEngine() => Engine.Trim().ToLowerInvariant() switch
    {
        "duckdb" => WarehouseEngine.DuckDb,
        "postgres" or "postgresql" => WarehouseEngine.Postgres,
        "sqlserver" or "mssql" => WarehouseEngine.SqlServer,
        _ => throw new WarehouseConfigurationException(
            $"Warehouse:Engine is \"{Engine}\"; expected duckdb, postgres or sqlserver"),
    };
}

public enum WarehouseEngine
{
    DuckDb,
    Postgres,
    SqlServer,
}

/// <summary>The configuration names an engine or connection that cannot work; the message names the setting.</summary>
public sealed class WarehouseConfigurationException : Exception
{
    public WarehouseConfigurationException() { }
    public WarehouseConfigurationException(string message) : base(message) { }
    public WarehouseConfigurationException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>
/// The database cannot be reached or is locked by another process. Jobs let it propagate so Hangfire retries;
/// the CLI turns it into exit code 3.
/// </summary>
public sealed class WarehouseUnavailableException : Exception
{
    public WarehouseUnavailableException() { }
    public WarehouseUnavailableException(string message) : base(message) { }
    public WarehouseUnavailableException(string message, Exception inner) : base(message, inner) { }
}
