using TrialWarehouse.Warehouse;

namespace TrialWarehouse.Testing;

/// <summary>The engines every integration test runs on: DuckDB always, PostgreSQL for real, SQL Server when configured.</summary>
public static class TestEngines
{
    public static TheoryData<string> All => new() { "duckdb", "postgres", "sqlserver" };

    /// <summary>Options for a fresh, empty warehouse on the named engine (skipping when the engine cannot run here).</summary>
    public static WarehouseOptions Fresh(string engine) => engine switch
    {
        "duckdb" => new WarehouseOptions { Engine = "duckdb", ConnectionString = Path.Combine(TempDirectory(), "warehouse.duckdb") },
        "postgres" => new WarehouseOptions { Engine = "postgres", ConnectionString = TestPostgres.CreateDatabase() },
        "sqlserver" => new WarehouseOptions { Engine = "sqlserver", ConnectionString = TestSqlServer.CreateDatabase() },
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "duckdb, postgres or sqlserver"),
    };

    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "trialwarehouse-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
