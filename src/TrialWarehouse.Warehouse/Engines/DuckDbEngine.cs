using System.Collections.Concurrent;
using System.Data.Common;
using DuckDB.NET.Data;

namespace TrialWarehouse.Warehouse.Engines;

public sealed class DuckDbEngine : Engine
{
    // One writer at a time per database file in this process (see Engine.EnterWriteAsync).
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> WriteLocks = new(StringComparer.Ordinal);

    // DuckDB.NET shares one database instance among the open connections to a file and closes (checkpoints) it when
    // the last one closes: one connection kept open per file makes every later open cheap (measured: 130 ms per
    // small VCF load without it).
    private static readonly ConcurrentDictionary<string, DuckDBConnection> KeepAlive = new(StringComparer.Ordinal);

    public DuckDbEngine(string? connectionString)
    {
        var path = connectionString;
        if (string.IsNullOrWhiteSpace(path))
            path = WarehouseOptions.DefaultDuckDbFile;
        else if (path.Contains('=', StringComparison.Ordinal))
            path = new DbConnectionStringBuilder { ConnectionString = path }.TryGetValue("Data Source", out var source)
                ? Convert.ToString(source, System.Globalization.CultureInfo.InvariantCulture)!
                : throw new WarehouseConfigurationException("ConnectionStrings:Warehouse for duckdb must be a file path or \"Data Source=PATH\"");
        // Two spellings of one path open two independent databases in one process: always use the canonical one.
        FilePath = Path.GetFullPath(path);
    }

    public string FilePath { get; }

    public override WarehouseEngine Kind => WarehouseEngine.DuckDb;
    public override string MigrationFolder => "duckdb";
    public override string Describe() => $"DuckDB file {FilePath}";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var connection = new DuckDBConnection($"Data Source={FilePath}");
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (!KeepAlive.ContainsKey(FilePath))
            {
                var keeper = new DuckDBConnection($"Data Source={FilePath}");
                await keeper.OpenAsync(cancellationToken);
                if (!KeepAlive.TryAdd(FilePath, keeper))
                    await keeper.DisposeAsync();
            }
            return connection;
        }
        catch (DuckDBException e) when (e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            await connection.DisposeAsync();
            throw new WarehouseUnavailableException(
                $"the DuckDB warehouse {FilePath} is in use by another process (DuckDB allows one writer process per file); " +
                "stop the server or run this command through its API, or point --connection at another file", e);
        }
    }

    public override async ValueTask<IDisposable> EnterWriteAsync(CancellationToken cancellationToken)
    {
        var gate = WriteLocks.GetOrAdd(FilePath, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    public override Task BulkInsertAsync(DbConnection connection, DbTransaction transaction, BulkTable table,
        IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        // The appender writes through the connection, so it belongs to the transaction open on it.
        using var appender = ((DuckDBConnection)connection).CreateAppender(table.Name);
        foreach (var values in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = appender.CreateRow();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var value = values[i];
                if (value is null) { row.AppendNullValue(); continue; }
                _ = table.Columns[i].Type switch
                {
                    ColumnType.BigInt => row.AppendValue((long)value),
                    ColumnType.Int => row.AppendValue((int)value),
                    ColumnType.Float => row.AppendValue((double)value),
                    ColumnType.Text => row.AppendValue((string)value),
                    ColumnType.Date => row.AppendValue((DateOnly)value),
                    ColumnType.Timestamp => row.AppendValue((DateTime)value),
                    ColumnType.Bool => row.AppendValue((bool)value),
                    _ => throw new InvalidOperationException($"unsupported column type {table.Columns[i].Type}"),
                };
            }
            row.EndRow();
        }
        return Task.CompletedTask;
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
