using System.Data.Common;

namespace TrialWarehouse.Warehouse.Engines;

/// <summary>What differs between the three databases: how to connect, bulk-load, lock and name things.</summary>
public abstract class Engine
{
    public abstract WarehouseEngine Kind { get; }

    /// <summary>The folder under <c>db/</c> that holds this engine's migrations.</summary>
    public abstract string MigrationFolder { get; }

    /// <summary>A description safe to print: never the password.</summary>
    public abstract string Describe();

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Loads rows through the engine's bulk path, inside the caller's transaction.</summary>
    public abstract Task BulkInsertAsync(DbConnection connection, DbTransaction transaction, BulkTable table,
        IEnumerable<object?[]> rows, CancellationToken cancellationToken);

    /// <summary>The column type of a staging table on this engine.</summary>
    public virtual string TypeName(ColumnType type) => type switch
    {
        ColumnType.BigInt => "BIGINT",
        ColumnType.Int => "INTEGER",
        ColumnType.Float => "DOUBLE PRECISION",
        ColumnType.Text => "VARCHAR(4000)",
        ColumnType.Date => "DATE",
        ColumnType.Timestamp => "TIMESTAMP",
        ColumnType.Bool => "BOOLEAN",
        _ => throw new InvalidOperationException($"unsupported column type {type}"),
    };

    /// <summary>Creates the migration journal <c>schema_version</c> when it does not exist.</summary>
    public virtual string JournalTableSql => """
        CREATE TABLE IF NOT EXISTS schema_version (
            version INTEGER NOT NULL PRIMARY KEY,
            name VARCHAR(200) NOT NULL,
            applied_at TIMESTAMP NOT NULL
        )
        """;

    /// <summary>SQL that serialises migrations between processes for the rest of the transaction, or null.</summary>
    public virtual string? MigrationLockSql => null;

    /// <summary>
    /// Serialises write transactions inside this process. DuckDB fails concurrent updates of one row with
    /// "Conflict on update!"; the servers handle concurrency themselves.
    /// </summary>
    public virtual ValueTask<IDisposable> EnterWriteAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IDisposable>(NoLock.Instance);

    /// <summary>
    /// Takes the lock <paramref name="name"/>, shared by every process on this warehouse and held until disposed. The
    /// servers hold it in a session of its own, so the database releases it when the holder dies (a killed worker
    /// blocks nobody). Null when <paramref name="wait"/> is false and another holder has it.
    /// </summary>
    public virtual async Task<IAsyncDisposable?> LockAsync(string name, bool wait, CancellationToken cancellationToken)
    {
        // Embedded: one process, so a lock in memory is shared by all its holders.
        var gate = NamedLocks.GetOrAdd(Describe() + "\u001f" + name, _ => new SemaphoreSlim(1, 1));
        if (wait)
            await gate.WaitAsync(cancellationToken);
        else if (!await gate.WaitAsync(0, cancellationToken))
            return null;
        return new Releaser(gate);
    }

    /// <summary>
    /// True when <paramref name="error"/> is a conflict with a concurrent transaction (a key inserted meanwhile by
    /// another process, a deadlock) that the same work, run again, would not meet.
    /// </summary>
    public virtual bool IsConflict(Exception error) => false;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> NamedLocks = new(StringComparer.Ordinal);

    private sealed class Releaser(SemaphoreSlim gate) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            gate.Release();
            return ValueTask.CompletedTask;
        }
    }

    public static Engine Create(WarehouseOptions options) => options.ParseEngine() switch
    {
        WarehouseEngine.DuckDb => new DuckDbEngine(options.ConnectionString),
        WarehouseEngine.Postgres => new PostgresEngine(Required(options)),
        WarehouseEngine.SqlServer => new SqlServerEngine(Required(options)),
        _ => throw new WarehouseConfigurationException("unknown engine"),
    };

    private static string Required(WarehouseOptions options) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? throw new WarehouseConfigurationException(
                $"ConnectionStrings:Warehouse is empty; the {options.Engine} engine needs a connection string " +
                "(e.g. --connection \"Host=localhost;Database=trialwarehouse;Username=...\")")
            : options.ConnectionString;

    private sealed class NoLock : IDisposable
    {
        public static readonly NoLock Instance = new();
        public void Dispose() { }
    }
}
