using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace TrialWarehouse.Warehouse.Engines;

public sealed class SqlServerEngine(string connectionString) : Engine
{
    public override WarehouseEngine Kind => WarehouseEngine.SqlServer;
    public override string MigrationFolder => "sqlserver";

    public override string Describe()
    {
        var b = new SqlConnectionStringBuilder(connectionString);
        return $"SQL Server {b.DataSource}/{b.InitialCatalog}";
    }

    public override string JournalTableSql => """
        IF OBJECT_ID(N'dbo.schema_version', N'U') IS NULL
            CREATE TABLE dbo.schema_version (
                version INT NOT NULL PRIMARY KEY,
                name NVARCHAR(200) NOT NULL,
                applied_at DATETIME2 NOT NULL
            );
        """;

    public override string TypeName(ColumnType type) => type switch
    {
        ColumnType.Float => "FLOAT",
        ColumnType.Text => "NVARCHAR(4000)",
        ColumnType.Timestamp => "DATETIME2",
        ColumnType.Bool => "BIT",
        _ => base.TypeName(type),
    };

    public override string MigrationLockSql =>
        "EXEC sp_getapplock @Resource = 'trialwarehouse-migrate', @LockMode = 'Exclusive', @LockOwner = 'Transaction'";

    /// <summary>Takes the lock named @Name for the session; @Timeout 0 tries once, -1 waits. Selects 0 or 1 when taken.</summary>
    public const string SessionLockSql = """
        DECLARE @result INT;
        EXEC @result = sp_getapplock @Resource = @Name, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = @Timeout;
        SELECT @result;
        """;

    /// <summary>An application lock owned by a session of its own (not pooled, so closing it ends the session).</summary>
    public override async Task<IAsyncDisposable?> LockAsync(string name, bool wait, CancellationToken cancellationToken)
    {
        var connection = new SqlConnection(new SqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new SqlCommand(SessionLockSql, connection) { CommandTimeout = 0 };
            command.Parameters.AddWithValue("@Name", "trialwarehouse:" + name);
            command.Parameters.AddWithValue("@Timeout", wait ? -1 : 0);
            if (Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) < 0)
            {
                await connection.DisposeAsync();
                return null;
            }
            return connection;
        }
        catch (SqlException e)
        {
            await connection.DisposeAsync();
            cancellationToken.ThrowIfCancellationRequested();
            throw new WarehouseUnavailableException($"cannot reach {Describe()}: {e.Message}; check that the server runs and ConnectionStrings:Warehouse", e);
        }
    }

    /// <summary>Duplicate key (2627, 2601) or deadlock victim (1205): another transaction got there first.</summary>
    public override bool IsConflict(Exception error) => error is SqlException { Number: 2627 or 2601 or 1205 };

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (SqlException e)
        {
            await connection.DisposeAsync();
            throw new WarehouseUnavailableException($"cannot reach {Describe()}: {e.Message}; check that the server runs and ConnectionStrings:Warehouse", e);
        }
    }

    public override async Task BulkInsertAsync(DbConnection connection, DbTransaction transaction, BulkTable table,
        IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        using var data = new DataTable(table.Name) { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var column in table.Columns)
            data.Columns.Add(column.Name, ClrType(column.Type));
        foreach (var values in rows)
            data.Rows.Add(values.Select((v, i) => v is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : v ?? DBNull.Value).ToArray());

        using var bulk = new SqlBulkCopy((SqlConnection)connection, SqlBulkCopyOptions.CheckConstraints, (SqlTransaction)transaction)
        {
            DestinationTableName = table.Name,
            BatchSize = 10_000,
        };
        foreach (var column in table.Columns)
            bulk.ColumnMappings.Add(column.Name, column.Name);
        await bulk.WriteToServerAsync(data, cancellationToken);
    }

    private static Type ClrType(ColumnType type) => type switch
    {
        ColumnType.BigInt => typeof(long),
        ColumnType.Int => typeof(int),
        ColumnType.Float => typeof(double),
        ColumnType.Text => typeof(string),
        ColumnType.Date or ColumnType.Timestamp => typeof(DateTime),
        ColumnType.Bool => typeof(bool),
        _ => throw new InvalidOperationException($"unsupported column type {type}"),
    };
}
