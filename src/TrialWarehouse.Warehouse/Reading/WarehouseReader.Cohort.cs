namespace TrialWarehouse.Warehouse.Reading;

/// <summary>The counts behind the trial summary, for the patients a filter selects.</summary>
public sealed record CohortCounts(long Enrolled, long CompleteProfile, long Actionable, long MatchedTherapy);

/// <summary>
/// Patients of the cohort altered in one gene, by alteration class. Mutations count when they change the protein
/// (as cBioPortal counts them): synonymous, intronic and UTR variants do not alter a gene for this purpose.
/// </summary>
public sealed record GeneAlterationCount(string Gene, string AlterationClass, long Patients);

public sealed partial class WarehouseReader
{
    /// <param name="kbVersionKey">The knowledge-base version actionability is counted under; null counts none.</param>
    public async Task<CohortCounts> CohortCountsAsync(PatientFilter filter, long? kbVersionKey, CancellationToken cancellationToken = default) =>
        (await warehouse.QueryAsync<CohortCounts>(AsOf(CohortCountsSql, filter.AsOf), await CohortArgs(filter, kbVersionKey, cancellationToken), cancellationToken))[0];

    /// <summary>Keys of the cohort's patients who received at least one matched line.</summary>
    public async Task<IReadOnlyList<long>> MatchedPatientKeysAsync(PatientFilter filter, CancellationToken cancellationToken = default) =>
        await warehouse.QueryAsync<long>(AsOf(MatchedPatientsSql, filter.AsOf), await CohortArgs(filter, null, cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<GeneAlterationCount>> AlterationFrequenciesAsync(PatientFilter filter, CancellationToken cancellationToken = default) =>
        await warehouse.QueryAsync<GeneAlterationCount>(AsOf(AlterationFrequenciesSql, filter.AsOf), await CohortArgs(filter, null, cancellationToken), cancellationToken);

    private async Task<Dictionary<string, object?>> CohortArgs(PatientFilter filter, long? kbVersionKey, CancellationToken cancellationToken)
    {
        var args = await FilterArgsAsync(filter, cancellationToken);
        args["KbVersionKey"] = kbVersionKey ?? -1;
        return args;
    }

    // A complete profile: a sample with both small-variant and copy-number calls loaded.
    private const string CohortCountsSql = """
        SELECT CAST(COUNT(*) AS BIGINT) AS Enrolled,
               CAST(COALESCE(SUM(CASE WHEN p.patient_key IN (
                    SELECT s.patient_key FROM dim_sample s
                    WHERE s.sample_key IN (SELECT sample_key FROM fact_variant_call)
                      AND s.sample_key IN (SELECT sample_key FROM fact_copy_number)) THEN 1 ELSE 0 END), 0) AS BIGINT) AS CompleteProfile,
               CAST(COALESCE(SUM(CASE WHEN p.patient_key IN (
                    SELECT s.patient_key FROM dim_sample s
                    JOIN fact_actionable_match m ON m.sample_key = s.sample_key
                    WHERE m.kb_version_key = @KbVersionKey AND m.is_best = @Yes AND m.counts = @Yes) THEN 1 ELSE 0 END), 0) AS BIGINT) AS Actionable,
               CAST(COALESCE(SUM(CASE WHEN p.patient_key IN (
                    SELECT t.patient_key FROM fact_therapy_line t WHERE t.matched = @Yes) THEN 1 ELSE 0 END), 0) AS BIGINT) AS MatchedTherapy
        FROM dim_patient p
        """ + PatientWhere;

    private const string MatchedPatientsSql = "SELECT p.patient_key FROM dim_patient p " + PatientWhere + """

          AND p.patient_key IN (SELECT t.patient_key FROM fact_therapy_line t WHERE t.matched = @Yes)
        """;

    private const string AlterationFrequenciesSql = """
        SELECT g.symbol AS Gene, 'mutation' AS AlterationClass, CAST(COUNT(DISTINCT p.patient_key) AS BIGINT) AS Patients
        FROM fact_variant_call f
        JOIN dim_variant v ON v.variant_key = f.variant_key
        JOIN dim_gene g ON g.gene_key = v.gene_key
        JOIN dim_sample s ON s.sample_key = f.sample_key
        JOIN dim_patient p ON p.patient_key = s.patient_key
        """ + PatientWhere + """

          AND f.filter = 'PASS'
          AND v.consequence IN 
        """ + ProteinChangingConsequences + """

        GROUP BY g.symbol
        UNION ALL
        SELECT g.symbol AS Gene,
               CASE c.cn_state WHEN 2 THEN 'amplification' WHEN 1 THEN 'gain' WHEN -1 THEN 'shallow_deletion' ELSE 'deep_deletion' END AS AlterationClass,
               CAST(COUNT(DISTINCT p.patient_key) AS BIGINT) AS Patients
        FROM fact_copy_number c
        JOIN dim_gene g ON g.gene_key = c.gene_key
        JOIN dim_sample s ON s.sample_key = c.sample_key
        JOIN dim_patient p ON p.patient_key = s.patient_key
        """ + PatientWhere + """

          AND c.cn_state <> 0
        GROUP BY g.symbol, c.cn_state
        """;
}
