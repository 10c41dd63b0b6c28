using System.Data.Common;
using Dapper;
using TrialWarehouse.Warehouse.Engines;

namespace TrialWarehouse.Warehouse;

/// <summary>
/// The warehouse on whichever engine is configured. Every statement goes through <see cref="SqlText.Prepare"/>, so
/// the SQL in this project is written once, with <c>@name</c> parameters, for all three engines.
/// </summary>
public sealed class Warehouse(Engine engine)
{
    static Warehouse() => DateOnlyTypeHandler.Register();

    private long statements;

    public Engine Engine { get; } = engine;

    /// <summary>Statements executed so far: how tests prove that a request's query count does not grow with its results.</summary>
    public long StatementsExecuted => Interlocked.Read(ref statements);

    public static Warehouse Create(WarehouseOptions options) => new(Engine.Create(options));

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? args = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await Engine.OpenAsync(cancellationToken);
        return await QueryAsync<T>(connection, null, sql, args, cancellationToken);
    }

    public async Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? args = null, CancellationToken cancellationToken = default) =>
        (await QueryAsync<T>(sql, args, cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<T>> QueryAsync<T>(DbConnection connection, DbTransaction? transaction, string sql, object? args,
        CancellationToken cancellationToken)
    {
        var (text, parameters) = SqlText.Prepare(sql, args, Engine.Kind);
        Interlocked.Increment(ref statements);
        var rows = await connection.QueryAsync<T>(new CommandDefinition(text, parameters, transaction, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    public async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, object? args,
        CancellationToken cancellationToken)
    {
        var (text, parameters) = SqlText.Prepare(sql, args, Engine.Kind);
        Interlocked.Increment(ref statements);
        return await connection.ExecuteAsync(new CommandDefinition(text, parameters, transaction, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction: it commits when the work returns and rolls back when it
    /// throws, so a file loads completely or not at all.
    /// </summary>
    /// <remarks>
    /// Work that meets a concurrent transaction (another process inserted the same new gene or variant meanwhile, or a
    /// deadlock) is rolled back and run again, a few times: the second run sees what the other committed.
    /// </remarks>
    public async Task<T> InTransactionAsync<T>(Func<WarehouseTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var writeLock = await Engine.EnterWriteAsync(cancellationToken);
                await using var connection = await Engine.OpenAsync(cancellationToken);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                var result = await work(new WarehouseTransaction(this, connection, transaction));
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (Exception e) when (attempt < ConflictAttempts && Engine.IsConflict(e))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(20, 100 * attempt)), cancellationToken);
            }
        }
    }

    private const int ConflictAttempts = 5;
}

/// <summary>A unit of work on the warehouse: statements and bulk loads that commit together.</summary>
public sealed class WarehouseTransaction(Warehouse warehouse, DbConnection connection, DbTransaction transaction)
{
    public Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? args = null, CancellationToken cancellationToken = default) =>
        warehouse.QueryAsync<T>(connection, transaction, sql, args, cancellationToken);

    public Task<int> ExecuteAsync(string sql, object? args = null, CancellationToken cancellationToken = default) =>
        warehouse.ExecuteAsync(connection, transaction, sql, args, cancellationToken);

    public Task BulkInsertAsync(BulkTable table, IEnumerable<object?[]> rows, CancellationToken cancellationToken = default) =>
        warehouse.Engine.BulkInsertAsync(connection, transaction, table, rows, cancellationToken);
}
