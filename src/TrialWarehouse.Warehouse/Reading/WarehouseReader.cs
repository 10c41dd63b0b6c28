namespace TrialWarehouse.Warehouse.Reading;

/// <summary>
/// The read side of the star schema. Every method that takes keys answers for all of them in one query, so the
/// API can resolve a page of patients with a fixed number of round trips.
/// </summary>
public sealed partial class WarehouseReader(Warehouse warehouse)
{
    public async Task<long> CountPatientsAsync(PatientFilter filter, CancellationToken cancellationToken = default) =>
        (await warehouse.QueryAsync<long>(AsOf(CountPatientsSql, filter.AsOf), await FilterArgsAsync(filter, cancellationToken), cancellationToken))[0];

    /// <summary>Patients ordered by id, starting after <paramref name="afterPatientId"/> (keyset pagination).</summary>
    public async Task<IReadOnlyList<PatientRow>> PatientsAsync(PatientFilter filter, string? afterPatientId, int first, CancellationToken cancellationToken = default)
    {
        var args = await FilterArgsAsync(filter, cancellationToken);
        args["After"] = afterPatientId ?? "";
        args["First"] = first;
        return await warehouse.QueryAsync<PatientRow>(AsOf(PatientsPageSql, filter.AsOf), args, cancellationToken);
    }

    /// <summary>The patients with these keys, by id.</summary>
    public Task<IReadOnlyList<PatientRow>> PatientsByKeyAsync(IReadOnlyCollection<long> patientKeys, CancellationToken cancellationToken = default) =>
        warehouse.QueryAsync<PatientRow>(PatientsByKeySql, new { Keys = patientKeys }, cancellationToken);

    public Task<PatientRow?> PatientAsync(string patientId, CancellationToken cancellationToken = default) =>
        warehouse.QuerySingleOrDefaultAsync<PatientRow>(PatientByIdSql, new { PatientId = patientId }, cancellationToken);

    public Task<IReadOnlyList<SampleRow>> SamplesAsync(IReadOnlyCollection<long> patientKeys, CancellationToken cancellationToken = default) =>
        warehouse.QueryAsync<SampleRow>(SamplesSql, new { Keys = patientKeys }, cancellationToken);

    public Task<IReadOnlyList<MutationRow>> MutationsAsync(IReadOnlyCollection<long> sampleKeys, CancellationToken cancellationToken = default) =>
        warehouse.QueryAsync<MutationRow>(MutationsSql, new { Keys = sampleKeys }, cancellationToken);

    public Task<IReadOnlyList<CopyNumberRow>> CopyNumbersAsync(IReadOnlyCollection<long> sampleKeys, CancellationToken cancellationToken = default) =>
        warehouse.QueryAsync<CopyNumberRow>(CopyNumbersSql, new { Keys = sampleKeys }, cancellationToken);

    public Task<IReadOnlyList<FusionRow>> FusionsAsync(IReadOnlyCollection<long> sampleKeys, CancellationToken cancellationToken = default) =>
        warehouse.QueryAsync<FusionRow>(FusionsSql, new { Keys = sampleKeys }, cancellationToken);

    public Task<IReadOnlyList<TherapyLineRow>> TherapyLinesAsync(IReadOnlyCollection<long> patientKeys, CancellationToken cancellationToken = default) =>
        warehouse.QueryAsync<TherapyLineRow>(TherapyLinesSql, new { Keys = patientKeys }, cancellationToken);

    public Task<IReadOnlyList<FollowUpRow>> FollowUpAsync(IReadOnlyCollection<long> patientKeys, CancellationToken cancellationToken = default) =>
        warehouse.QueryAsync<FollowUpRow>(FollowUpSql, new { Keys = patientKeys }, cancellationToken);

    /// <summary>Knowledge-base versions, newest first: the first is the current one.</summary>
    public Task<IReadOnlyList<KnowledgeBaseRow>> KnowledgeBasesAsync(CancellationToken cancellationToken = default) =>
        warehouse.QueryAsync<KnowledgeBaseRow>(KnowledgeBasesSql, null, cancellationToken);

    /// <summary>The knowledge-base version named, or the newest when <paramref name="version"/> is null; null when not loaded.</summary>
    public async Task<KnowledgeBaseRow?> KnowledgeBaseAsync(string? version, CancellationToken cancellationToken = default)
    {
        var versions = await KnowledgeBasesAsync(cancellationToken);
        return version is null ? (versions.Count > 0 ? versions[0] : null) : versions.FirstOrDefault(v => v.Version == version);
    }

    public Task<IReadOnlyList<ActionableMatchRow>> ActionableMatchesAsync(IReadOnlyCollection<long> sampleKeys, long kbVersionKey,
        CancellationToken cancellationToken = default) =>
        warehouse.QueryAsync<ActionableMatchRow>(ActionableMatchesSql, new { Keys = sampleKeys, KbVersionKey = kbVersionKey }, cancellationToken);

    /// <summary>The patients whose data any of these files brought (their own row, samples, calls or clinical facts).</summary>
    public async Task<IReadOnlyList<string>> PatientsTouchedByFilesAsync(IReadOnlyCollection<long> fileKeys, CancellationToken cancellationToken = default)
    {
        // A night's files can be more than one list parameter may hold.
        var patients = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var chunk in fileKeys.Chunk(Engines.SqlText.MaxListLength))
            patients.UnionWith(await warehouse.QueryAsync<string>(PatientsTouchedSql, new { Keys = chunk }, cancellationToken));
        return [.. patients];
    }

    public Task<IReadOnlyList<SourceFileRow>> SourceFilesAsync(CancellationToken cancellationToken = default) =>
        warehouse.QueryAsync<SourceFileRow>(SourceFilesSql, null, cancellationToken);
}
