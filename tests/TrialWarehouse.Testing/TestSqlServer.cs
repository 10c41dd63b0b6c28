using Microsoft.Data.SqlClient;

namespace TrialWarehouse.Testing;

/// <summary>SQL Server runs only where <c>TRIALWAREHOUSE_TEST_SQLSERVER</c> holds a connection string (no SQL Server runs on Linux CI machines here).</summary>
public static class TestSqlServer
{
    public static string CreateDatabase()
    {
        var server = Environment.GetEnvironmentVariable("TRIALWAREHOUSE_TEST_SQLSERVER");
        if (string.IsNullOrWhiteSpace(server))
            throw new SkipException("SQL Server not configured: set TRIALWAREHOUSE_TEST_SQLSERVER to a connection string to run these tests");
        var name = "tw_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new SqlConnection(server))
        {
            connection.Open();
            using var command = new SqlCommand($"CREATE DATABASE [{name}]", connection);
            command.ExecuteNonQuery();
        }
        return new SqlConnectionStringBuilder(server) { InitialCatalog = name }.ConnectionString;
    }
}
