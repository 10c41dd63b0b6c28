namespace TrialWarehouse.Warehouse.Audit;

/// <summary>One audited GraphQL request (table <c>query_audit</c>).</summary>
public sealed record QueryAuditRow(
    long AuditKey, DateTime ExecutedAt, string KeyName, string Role, string? OperationName,
    string QuerySha256, string? VariablesSha256, string Outcome, long DurationMs);

/// <summary>The audit trail of queries, kept in the warehouse next to the data it protects.</summary>
public sealed class QueryAuditLog(Warehouse warehouse)
{
    public Task RecordAsync(QueryAuditRow row, CancellationToken cancellationToken = default) =>
        warehouse.InTransactionAsync(tx => tx.ExecuteAsync(InsertSql, row, cancellationToken), cancellationToken);

    /// <summary>The most recent entries, newest first.</summary>
    public Task<IReadOnlyList<QueryAuditRow>> RecentAsync(int count, CancellationToken cancellationToken = default) =>
        warehouse.QueryAsync<QueryAuditRow>(RecentSql, new { Count = count }, cancellationToken);

    private const string InsertSql = """
        INSERT INTO query_audit (audit_key, executed_at, key_name, role, operation_name, query_sha256, variables_sha256, outcome, duration_ms)
        VALUES (@AuditKey, @ExecutedAt, @KeyName, @Role, @OperationName, @QuerySha256, @VariablesSha256, @Outcome, @DurationMs)
        """;

    private const string RecentSql = """
        SELECT audit_key AS AuditKey, executed_at AS ExecutedAt, key_name AS KeyName, role AS Role,
               operation_name AS OperationName, query_sha256 AS QuerySha256, variables_sha256 AS VariablesSha256,
               outcome AS Outcome, duration_ms AS DurationMs
        FROM query_audit
        ORDER BY executed_at DESC, audit_key
        OFFSET 0 ROWS FETCH NEXT @Count ROWS ONLY
        """;
}
