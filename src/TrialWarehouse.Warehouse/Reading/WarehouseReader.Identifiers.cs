using TrialWarehouse.Warehouse.Privacy;

namespace TrialWarehouse.Warehouse.Reading;

// The link between pseudonyms and the hospital's ids (identifier_map). The API lets only clinicians reach these.
public sealed partial class WarehouseReader
{
    private const string PseudonymSql = "SELECT pseudonym FROM identifier_map WHERE kind = @Kind AND source_id = @SourceId";

    /// <summary>The hospital id of each of these pseudonyms that the warehouse knows.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SourceIdsAsync(IEnumerable<string> pseudonyms, CancellationToken cancellationToken = default) =>
        await IdentifierMap.SourceIdsAsync((sql, args) => warehouse.QueryAsync<IdentifierMap.Row>(sql, args, cancellationToken), pseudonyms);

    /// <summary>The pseudonym of a hospital id of this kind (patient, sample, model); null when none was loaded.</summary>
    public Task<string?> PseudonymAsync(string kind, string sourceId, CancellationToken cancellationToken = default) =>
        warehouse.QuerySingleOrDefaultAsync<string>(PseudonymSql, new { Kind = kind, SourceId = sourceId }, cancellationToken);
}
