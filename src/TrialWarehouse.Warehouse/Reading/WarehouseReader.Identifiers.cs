namespace TrialWarehouse.Warehouse.Reading;

// The link between pseudonyms and the hospital's ids (identifier_map). The API lets only clinicians reach these.
public sealed partial class WarehouseReader
{
    private const string SourceIdsSql = "SELECT pseudonym AS Pseudonym, source_id AS SourceId FROM identifier_map WHERE pseudonym IN @Keys";

    private const string PseudonymSql = "SELECT pseudonym FROM identifier_map WHERE kind = @Kind AND source_id = @SourceId";

    /// <summary>The hospital id of each of these pseudonyms that the warehouse knows.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SourceIdsAsync(IEnumerable<string> pseudonyms, CancellationToken cancellationToken = default)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in pseudonyms.Distinct(StringComparer.Ordinal).Chunk(Engines.SqlText.MaxListLength))
            foreach (var row in await warehouse.QueryAsync<IdentifierRow>(SourceIdsSql, new { Keys = chunk }, cancellationToken))
                ids[row.Pseudonym] = row.SourceId;
        return ids;
    }

    /// <summary>The pseudonym of a hospital id of this kind (patient, sample, model); null when none was loaded.</summary>
    public Task<string?> PseudonymAsync(string kind, string sourceId, CancellationToken cancellationToken = default) =>
        warehouse.QuerySingleOrDefaultAsync<string>(PseudonymSql, new { Kind = kind, SourceId = sourceId }, cancellationToken);

    private sealed record IdentifierRow(string Pseudonym, string SourceId);
}
