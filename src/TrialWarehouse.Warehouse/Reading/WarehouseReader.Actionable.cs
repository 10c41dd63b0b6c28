namespace TrialWarehouse.Warehouse.Reading;

/// <summary>Which actionable matches the cohort-wide listing selects; criteria combine with AND.</summary>
/// <param name="Gene">HGNC symbol of the altered gene.</param>
/// <param name="TierAtMost">An ESCAT label: matches of this tier or a stronger one.</param>
/// <param name="TumorType">OncoTree code: patients with this tumor type or one below it.</param>
/// <param name="MinVaf">Mutations with at least this tumor VAF (0..1); matches without a VAF (copy number) drop out.</param>
/// <param name="KbVersion">Knowledge-base version; null: the newest loaded.</param>
/// <param name="BestOnly">Only the best-ranked rule per alteration.</param>
public sealed record ActionableAlterationFilter(string? Gene = null, string? TierAtMost = null, string? TumorType = null, double? MinVaf = null,
    string? KbVersion = null, bool BestOnly = true);

/// <summary>Where a page of actionable matches starts: the sort key of the last match of the previous page.</summary>
public sealed record ActionableAlterationKey(string PatientId, string SampleId, int EscatRank, string Gene, string Alteration, int RuleLine)
{
    public static ActionableAlterationKey Of(ActionableAlterationRow row) =>
        new(row.PatientId, row.SampleId, row.EscatRank, row.Gene, row.Alteration, row.RuleLine);
}

/// <summary>One page of actionable matches, the number of matches in all pages, and the version they were made under.</summary>
public sealed record ActionableAlterationPage(string? KbVersion, long TotalCount, IReadOnlyList<ActionableAlterationRow> Rows);

public sealed partial class WarehouseReader
{
    /// <summary>
    /// Actionable matches across the cohort, by patient, sample, tier, gene, alteration and rule (keyset pagination:
    /// the page starts after <paramref name="after"/>). Three queries whatever the page size: the knowledge-base
    /// versions, the count, the page.
    /// </summary>
    public async Task<ActionableAlterationPage> ActionableAlterationsAsync(ActionableAlterationFilter filter, ActionableAlterationKey? after, int first,
        CancellationToken cancellationToken = default)
    {
        if (filter.MinVaf is < 0 or > 1)
            throw new FilterException("minVaf", $"{filter.MinVaf} is not a variant allele fraction; expected a number from 0 to 1");
        var tierRank = filter.TierAtMost is null ? int.MaxValue : (int)Tier(filter.TierAtMost);
        var kb = await KnowledgeBaseAsync(Criterion(filter.KbVersion), cancellationToken);
        if (kb is null && Criterion(filter.KbVersion) is { } named)
            throw new FilterException("kbVersion", $"knowledge-base version '{named}' is not loaded; `knowledgeBases` lists the loaded ones");
        if (kb is null)
            return new ActionableAlterationPage(null, 0, []);

        var tumorTypes = TumorTypesOf(filter.TumorType);
        var args = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["KbVersionKey"] = kb.KbVersionKey,
            ["Gene"] = Criterion(filter.Gene) ?? "",
            ["TierRank"] = tierRank,
            ["AnyTumorType"] = tumorTypes.Count == 0 ? 1 : 0,
            ["TumorTypes"] = tumorTypes,
            ["MinVaf"] = filter.MinVaf ?? -1.0,
            ["BestOnly"] = filter.BestOnly ? 1 : 0,
            ["Yes"] = true,
            ["HasAfter"] = after is null ? 0 : 1,
            ["AfterPatient"] = after?.PatientId ?? "",
            ["AfterSample"] = after?.SampleId ?? "",
            ["AfterRank"] = after?.EscatRank ?? 0,
            ["AfterGene"] = after?.Gene ?? "",
            ["AfterAlteration"] = after?.Alteration ?? "",
            ["AfterLine"] = after?.RuleLine ?? 0,
            ["First"] = first,
        };
        var total = (await warehouse.QueryAsync<long>(CountActionableAlterationsSql, args, cancellationToken))[0];
        IReadOnlyList<ActionableAlterationRow> rows = first == 0 ? [] : await warehouse.QueryAsync<ActionableAlterationRow>(ActionableAlterationsPageSql, args, cancellationToken);
        return new ActionableAlterationPage(kb.Version, total, rows);
    }

    private const string ActionableFrom = """
        FROM fact_actionable_match m
        JOIN dim_kb_rule r ON r.rule_key = m.rule_key
        JOIN dim_kb_version kv ON kv.kb_version_key = m.kb_version_key
        JOIN dim_sample s ON s.sample_key = m.sample_key
        JOIN dim_patient p ON p.patient_key = s.patient_key
        WHERE m.kb_version_key = @KbVersionKey
          AND (@Gene = '' OR m.gene = @Gene)
          AND m.escat_rank <= @TierRank
          AND (@AnyTumorType = 1 OR p.tumor_type IN @TumorTypes)
          AND (@MinVaf < 0 OR m.vaf >= @MinVaf)
          AND (@BestOnly = 0 OR m.is_best = @Yes)
        """;

    private const string CountActionableAlterationsSql = "SELECT CAST(COUNT(*) AS BIGINT)\n" + ActionableFrom;

    // The sort key is unique (a rule matches an alteration of a sample once), so the keyset never skips or repeats.
    private const string ActionableAlterationsPageSql = """
        SELECT p.patient_key AS PatientKey, p.patient_id AS PatientId, s.sample_id AS SampleId, r.line AS RuleLine,
               m.sample_key AS SampleKey, m.kb_version_key AS KbVersionKey, kv.version AS KbVersion, m.gene AS Gene,
               m.alteration AS Alteration, m.alteration_kind AS AlterationKind, m.escat AS Escat, m.escat_rank AS EscatRank,
               m.oncokb AS OncoKb, m.scope AS Scope, m.is_best AS IsBest, m.counts AS Counts, m.vaf AS Vaf,
               r.alteration AS Matcher, r.tumor_type AS RuleTumorType, r.drugs AS Drugs, r.evidence AS Evidence, r.pmids AS Pmids

        """ + ActionableFrom + """

          AND (@HasAfter = 0 OR p.patient_id > @AfterPatient
               OR (p.patient_id = @AfterPatient AND (s.sample_id > @AfterSample
               OR (s.sample_id = @AfterSample AND (m.escat_rank > @AfterRank
               OR (m.escat_rank = @AfterRank AND (m.gene > @AfterGene
               OR (m.gene = @AfterGene AND (m.alteration > @AfterAlteration
               OR (m.alteration = @AfterAlteration AND r.line > @AfterLine))))))))))
        ORDER BY p.patient_id, s.sample_id, m.escat_rank, m.gene, m.alteration, r.line
        OFFSET 0 ROWS FETCH NEXT @First ROWS ONLY
        """;
}
