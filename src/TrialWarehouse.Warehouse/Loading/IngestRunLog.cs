using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Warehouse.Loading;

/// <summary>The run summaries of ingestion, kept in the warehouse next to what they loaded.</summary>
public sealed class IngestRunLog(Warehouse warehouse)
{
    public async Task RecordAsync(IngestRunRow run, CancellationToken cancellationToken = default)
    {
        await warehouse.InTransactionAsync(tx => tx.ExecuteAsync(InsertRunSql, run, cancellationToken), cancellationToken);
        WarehouseMetrics.RowsLoaded.Add(run.RowsLoaded, new KeyValuePair<string, object?>("source", run.Source));
    }

    /// <summary>The most recent runs, newest first.</summary>
    public Task<IReadOnlyList<IngestRunRow>> RecentAsync(int count, CancellationToken cancellationToken = default) =>
        warehouse.QueryAsync<IngestRunRow>(RecentRunsSql, new { Count = count }, cancellationToken);

    private const string InsertRunSql = """
        INSERT INTO ingest_run (run_key, source, delivery, job_id, started_at, duration_ms, files_loaded, files_unchanged, files_rejected, rows_loaded)
        VALUES (@RunKey, @Source, @Delivery, @JobId, @StartedAt, @DurationMs, @FilesLoaded, @FilesUnchanged, @FilesRejected, @RowsLoaded)
        """;

    private const string RecentRunsSql = """
        SELECT run_key AS RunKey, source AS Source, delivery AS Delivery, job_id AS JobId, started_at AS StartedAt,
               duration_ms AS DurationMs, files_loaded AS FilesLoaded, files_unchanged AS FilesUnchanged,
               files_rejected AS FilesRejected, rows_loaded AS RowsLoaded
        FROM ingest_run
        ORDER BY started_at DESC
        OFFSET 0 ROWS FETCH NEXT @Count ROWS ONLY
        """;
}
