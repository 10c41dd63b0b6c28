using TrialWarehouse.Domain;
using TrialWarehouse.Warehouse.Privacy;

namespace TrialWarehouse.Warehouse.Loading;

// The pseudonymisation of every load, in the load's transaction: the pairs it met go to identifier_map, its errors
// name the ids as the file has them, and a warehouse built under one secret refuses loads under another.
public sealed partial class WarehouseLoader
{
    private const string FingerprintSql = "SELECT fingerprint FROM pseudonymisation_key";

    private const string InsertFingerprintSql = "INSERT INTO pseudonymisation_key (fingerprint, recorded_at) VALUES (@Fingerprint, @RecordedAt)";

    private const string AnyPatientSql = "SELECT COUNT(*) FROM dim_patient";

    /// <summary>
    /// Records the secret's fingerprint in a new warehouse, or checks it against the recorded one, so that a server
    /// configured with another secret stops at start instead of failing file by file.
    /// </summary>
    public async Task CheckPseudonymisationAsync(CancellationToken cancellationToken = default)
    {
        await warehouse.InTransactionAsync(async tx =>
        {
            await RequireFingerprintAsync(tx, cancellationToken);
            return true;
        }, cancellationToken);
        fingerprintCommitted = true;
    }

    // Set once a transaction that checked (or recorded) the fingerprint has committed: the recorded one never changes.
    private volatile bool fingerprintCommitted;

    /// <summary>
    /// Adds this load's pairs that identifier_map lacks. Most loads bring none (a VCF's sample came with samples.csv),
    /// so one query usually settles it; a pseudonym already standing for another id is an 80-bit collision and fails.
    /// </summary>
    private async Task RecordIdentifiersAsync(WarehouseTransaction tx, LoadIdentifiers ids, CancellationToken cancellationToken)
    {
        var pairs = ids.Pairs.ToList();
        var recorded = await SourceIdsAsync(tx, pairs.Select(p => p.Pseudonym).ToArray(), cancellationToken);
        if (pairs.FirstOrDefault(p => recorded.TryGetValue(p.Pseudonym, out var id) && id != p.SourceId) is { Pseudonym: not null } collision)
            throw new InvalidOperationException($"identifier_map: pseudonym {collision.Pseudonym} already stands for another {collision.Kind} id; an 80-bit pseudonym collision");
        var missing = pairs.Where(p => !recorded.ContainsKey(p.Pseudonym)).ToList();
        if (missing.Count > 0)
            await StagedMerge.InsertMissingAsync(tx, warehouse.Engine, Tables.IdentifierMap, "identifier_key", ["pseudonym", "source_id"],
                missing.Select(p => new object?[] { StableKey.Of("identifier", p.Pseudonym), p.Pseudonym, p.Kind, p.SourceId }).ToList(), cancellationToken);
    }

    private static Task<Dictionary<string, string>> SourceIdsAsync(WarehouseTransaction tx, IReadOnlyList<string> pseudonyms,
        CancellationToken cancellationToken) =>
        IdentifierMap.SourceIdsAsync((sql, args) => tx.QueryAsync<IdentifierMap.Row>(sql, args, cancellationToken), pseudonyms);

    /// <summary>The same rejection, with every pseudonym in its messages written as the hospital id it stands for.</summary>
    private static async Task<InputRejectedException> RevealAsync(WarehouseTransaction tx, LoadIdentifiers ids, InputRejectedException rejection,
        CancellationToken cancellationToken)
    {
        var texts = rejection.Errors.Select(e => e.Message).Append(rejection.Message).ToList();
        var known = await SourceIdsAsync(tx, texts.SelectMany(ids.UnknownIn).Distinct(StringComparer.Ordinal).ToArray(), cancellationToken);
        return rejection.Errors.Count > 0
            ? new InputRejectedException(rejection.Errors.Select(e => e with { Message = ids.Reveal(e.Message, known) }).ToList())
            : new InputRejectedException(ids.Reveal(rejection.Message, known));
    }

    /// <summary>
    /// A warehouse is built under one secret: the first load records its fingerprint, later ones must match it. Loads
    /// under another secret would give every patient a second pseudonym. Checked inside the load's transaction until one
    /// such transaction has committed, so that a rolled-back first load does not leave a warehouse without its fingerprint.
    /// </summary>
    private async Task RequireFingerprintAsync(WarehouseTransaction tx, CancellationToken cancellationToken)
    {
        if (fingerprintCommitted)
            return;
        var recorded = await tx.QueryAsync<string>(FingerprintSql, cancellationToken: cancellationToken);
        if (recorded.Count == 0)
        {
            if ((await tx.QueryAsync<long>(AnyPatientSql, cancellationToken: cancellationToken))[0] > 0)
                throw new WarehouseConfigurationException(
                    "this warehouse holds patients loaded before pseudonymisation, under their hospital ids; rebuild it from the archived files " +
                    "(docs/operations.md, \"Rotating the pseudonymisation secret\") instead of mixing pseudonymous and identified rows");
            await tx.ExecuteAsync(InsertFingerprintSql, new { pseudonyms.Fingerprint, RecordedAt = time.GetUtcNow().UtcDateTime }, cancellationToken);
        }
        else if (!recorded.Contains(pseudonyms.Fingerprint, StringComparer.Ordinal))
        {
            throw new WarehouseConfigurationException(
                $"{Pseudonymiser.SecretSetting} is not the secret this warehouse was built under (fingerprint {recorded[0]}, configured {pseudonyms.Fingerprint}); " +
                "configure the original secret, or rebuild the warehouse under the new one (docs/operations.md)");
        }
    }
}
