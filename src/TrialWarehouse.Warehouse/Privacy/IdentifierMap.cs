namespace TrialWarehouse.Warehouse.Privacy;

/// <summary>Reads <c>identifier_map</c>: the hospital id behind each pseudonym, for loads (in their transaction) and readers.</summary>
internal static class IdentifierMap
{
    private const string SourceIdsSql = "SELECT pseudonym AS Pseudonym, source_id AS SourceId FROM identifier_map WHERE pseudonym IN @Keys";

    /// <summary>The hospital id of each of these pseudonyms that the map holds.</summary>
    /// <param name="query">Runs a statement with its arguments: on a load's transaction, or on the warehouse.</param>
    public static async Task<Dictionary<string, string>> SourceIdsAsync(Func<string, object, Task<IReadOnlyList<Row>>> query, IEnumerable<string> pseudonyms)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in pseudonyms.Distinct(StringComparer.Ordinal).Chunk(Engines.SqlText.MaxListLength))
            foreach (var row in await query(SourceIdsSql, new { Keys = chunk }))
                ids[row.Pseudonym] = row.SourceId;
        return ids;
    }

    internal sealed record Row(string Pseudonym, string SourceId);
}
