using TrialWarehouse.Domain;
using TrialWarehouse.Warehouse;

namespace TrialWarehouse.Api.Bench;

/// <summary>
/// What a programmer would write without the API: one statement per table, joined on the natural ids, rows as they
/// come. The derived figures (PFS, OS, the PFS ratio) use the same domain code as the API, so both sides do the
/// same work apart from the GraphQL layer and the reader's batching.
/// </summary>
public sealed class PlainSql(Warehouse.Warehouse warehouse)
{
    private const string NewestKb = "(SELECT kb_version_key FROM dim_kb_version ORDER BY loaded_at DESC, version DESC OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY)";

    public async Task<object?> PatientAsync(string id, CancellationToken ct)
    {
        var patient = (await warehouse.QueryAsync<dynamic>("""
            SELECT patient_key, patient_id, sex, birth_year, tumor_type, diagnosis_date, site, arm FROM dim_patient WHERE patient_id = @Id
            """, new { Id = id }, ct)).SingleOrDefault();
        if (patient is null)
            return null;
        var samples = await warehouse.QueryAsync<dynamic>("""
            SELECT sample_key, sample_id, collection_date, specimen_site, tumor_cellularity, assay, genome_build, tmb, msi_status
            FROM dim_sample WHERE patient_key = @Key ORDER BY sample_id
            """, new { Key = (long)patient.patient_key }, ct);
        // The fact tables are reached by sample key, as an index (or DuckDB's zone maps) would want.
        var args = new { Keys = samples.Select(s => (long)s.sample_key).ToList(), Yes = true };
        var mutations = await warehouse.QueryAsync<dynamic>("""
            SELECT f.sample_key, g.symbol, v.genome_build, v.chrom, v.pos, v.ref, v.alt, v.consequence, v.transcript_id, v.hgvsc,
                   v.hgvsp, v.exon, f.vaf, f.depth, f.alt_count, f.filter
            FROM fact_variant_call f JOIN dim_variant v ON v.variant_key = f.variant_key LEFT JOIN dim_gene g ON g.gene_key = v.gene_key
            WHERE f.sample_key IN @Keys ORDER BY f.sample_key, v.chrom, v.pos, v.ref, v.alt
            """, args, ct);
        var copyNumbers = await warehouse.QueryAsync<dynamic>("""
            SELECT f.sample_key, g.symbol, f.cn_state, f.log2_ratio, f.copy_number
            FROM fact_copy_number f JOIN dim_gene g ON g.gene_key = f.gene_key
            WHERE f.sample_key IN @Keys ORDER BY f.sample_key, g.symbol
            """, args, ct);
        var fusions = await warehouse.QueryAsync<dynamic>("""
            SELECT f.sample_key, g5.symbol AS gene5, g3.symbol AS gene3, f.chrom5, f.pos5, f.chrom3, f.pos3, f.supporting_reads
            FROM fact_fusion f JOIN dim_gene g5 ON g5.gene_key = f.gene5_key JOIN dim_gene g3 ON g3.gene_key = f.gene3_key
            WHERE f.sample_key IN @Keys ORDER BY f.sample_key, g5.symbol, g3.symbol
            """, args, ct);
        var actionable = await warehouse.QueryAsync<dynamic>("""
            SELECT f.sample_key, f.gene, f.alteration, f.alteration_kind, f.escat, f.oncokb, f.scope, f.is_best, f.counts, f.vaf,
                   r.alteration AS rule, r.drugs, r.evidence, r.pmids, kv.version
            FROM fact_actionable_match f JOIN dim_kb_rule r ON r.rule_key = f.rule_key
            JOIN dim_kb_version kv ON kv.kb_version_key = f.kb_version_key
            WHERE f.sample_key IN @Keys AND f.is_best = @Yes AND f.kb_version_key =
            """ + " " + NewestKb + " ORDER BY f.sample_key, f.escat_rank, f.gene, f.alteration, r.line", args, ct);
        var (lines, events) = await OutcomeRowsAsync("WHERE p.patient_key = @Key", new { Key = (long)patient.patient_key }, ct);
        var outcomes = Outcomes.ByLine(lines, events);
        return new
        {
            patient, samples, mutations, copyNumbers, fusions, actionable,
            therapyLines = lines.Zip(outcomes, (line, outcome) => new { line, outcome.Pfs, outcome.PfsRatio }),
            followUp = events,
            os = Outcomes.OverallSurvival((DateOnly)patient.diagnosis_date, events, lines),
            bestOverallResponse = Outcomes.BestOverallResponse(lines),
        };
    }

    public async Task<object> ActionablePageAsync(string gene, int tierRank, int first, CancellationToken ct)
    {
        const string From = """
            FROM fact_actionable_match f JOIN dim_kb_rule r ON r.rule_key = f.rule_key
            JOIN dim_kb_version kv ON kv.kb_version_key = f.kb_version_key
            JOIN dim_sample s ON s.sample_key = f.sample_key JOIN dim_patient p ON p.patient_key = s.patient_key
            WHERE f.gene = @Gene AND f.escat_rank <= @TierRank AND f.is_best = @Yes AND f.kb_version_key =
            """ + " " + NewestKb;
        var args = new { Gene = gene, TierRank = tierRank, First = first, Yes = true };
        var total = (await warehouse.QueryAsync<long>("SELECT CAST(COUNT(*) AS BIGINT) " + From, args, ct))[0];
        var rows = await warehouse.QueryAsync<dynamic>("""
            SELECT p.patient_id, s.sample_id, f.gene, f.alteration, f.alteration_kind, f.escat, f.oncokb, f.scope, f.vaf,
                   r.drugs, r.evidence, r.pmids, kv.version
            """ + " " + From + " ORDER BY p.patient_id, s.sample_id, f.escat_rank, f.gene, f.alteration, r.line OFFSET 0 ROWS FETCH NEXT @First ROWS ONLY",
            args, ct);
        return new { total, rows };
    }

    public async Task<object> TrialSummaryAsync(CancellationToken ct)
    {
        var counts = (await warehouse.QueryAsync<(long Enrolled, long Complete, long Actionable, long Matched)>("""
            SELECT CAST(COUNT(*) AS BIGINT),
                   CAST(SUM(CASE WHEN EXISTS (SELECT 1 FROM dim_sample s WHERE s.patient_key = p.patient_key
                            AND EXISTS (SELECT 1 FROM fact_variant_call f WHERE f.sample_key = s.sample_key)
                            AND EXISTS (SELECT 1 FROM fact_copy_number c WHERE c.sample_key = s.sample_key)) THEN 1 ELSE 0 END) AS BIGINT),
                   CAST(SUM(CASE WHEN EXISTS (SELECT 1 FROM dim_sample s JOIN fact_actionable_match m ON m.sample_key = s.sample_key
                            WHERE s.patient_key = p.patient_key AND m.is_best = @Yes AND m.counts = @Yes
                              AND m.kb_version_key = 
            """ + " " + NewestKb + """
            ) THEN 1 ELSE 0 END) AS BIGINT),
                   CAST(SUM(CASE WHEN EXISTS (SELECT 1 FROM fact_therapy_line t WHERE t.patient_key = p.patient_key AND t.matched = @Yes)
                            THEN 1 ELSE 0 END) AS BIGINT)
            FROM dim_patient p
            """, new { Yes = true }, ct))[0];
        var (lines, events) = await OutcomeRowsAsync(
            "WHERE p.patient_key IN (SELECT t.patient_key FROM fact_therapy_line t WHERE t.matched = @Yes)", new { Yes = true }, ct);
        var eventsOf = events.ToLookup(e => e.PatientId);
        long evaluable = 0, benefit = 0;
        foreach (var patient in lines.GroupBy(l => l.PatientId))
        {
            var ratios = Outcomes.ByLine(patient, eventsOf[patient.Key]).Select(o => o.PfsRatio).OfType<double>().ToList();
            if (ratios.Count == 0)
                continue;
            evaluable++;
            if (ratios.Any(r => r >= Outcomes.PfsRatioThreshold))
                benefit++;
        }
        return new
        {
            enrolled = counts.Enrolled, completeProfile = counts.Complete, actionable = counts.Actionable, matched = counts.Matched,
            pfsRatioAtLeast1_3 = new { count = benefit, denominator = evaluable },
        };
    }

    public async Task<IEnumerable<string>> SpreadPatientsAsync(int count, CancellationToken ct)
    {
        var ids = await warehouse.QueryAsync<string>("SELECT patient_id FROM dim_patient ORDER BY patient_id", null, ct);
        return Enumerable.Range(0, Math.Min(count, ids.Count)).Select(i => ids[(int)((long)i * ids.Count / Math.Min(count, ids.Count))]);
    }

    public async Task<IReadOnlyList<string>> GenesWithMostMatchesAsync(int tierRank, int top, CancellationToken ct) =>
        await warehouse.QueryAsync<string>("""
            SELECT gene FROM fact_actionable_match
            WHERE gene <> '' AND escat_rank <= @TierRank AND is_best = @Yes AND kb_version_key =
            """ + " " + NewestKb + " GROUP BY gene ORDER BY COUNT(*) DESC, gene OFFSET 0 ROWS FETCH NEXT @Top ROWS ONLY",
            new { TierRank = tierRank, Top = top, Yes = true }, ct);

    private async Task<(List<TherapyLine> Lines, List<FollowUpEvent> Events)> OutcomeRowsAsync(string where, object args, CancellationToken ct)
    {
        var lines = await warehouse.QueryAsync<dynamic>("""
            SELECT p.patient_id, t.line_number, t.regimen, t.drugs, t.start_date, t.end_date, t.reason_stopped, t.best_response,
                   t.progression_date, t.matched, t.matched_alteration
            FROM fact_therapy_line t JOIN dim_patient p ON p.patient_key = t.patient_key
            """ + " " + where + " ORDER BY p.patient_id, t.line_number", args, ct);
        var events = await warehouse.QueryAsync<dynamic>("""
            SELECT p.patient_id, f.event_date, f.kind, f.ecog
            FROM fact_follow_up f JOIN dim_patient p ON p.patient_key = f.patient_key
            """ + " " + where + " ORDER BY p.patient_id, f.event_date, f.kind", args, ct);
        return (
            lines.Select(l => new TherapyLine((string)l.patient_id, (int)l.line_number, (string)l.regimen, ((string)l.drugs).Split(';'),
                (DateOnly)l.start_date, (DateOnly?)l.end_date, (string?)l.reason_stopped, (string?)l.best_response,
                (DateOnly?)l.progression_date, (bool)l.matched, (string?)l.matched_alteration)).ToList(),
            events.Select(e => new FollowUpEvent((string)e.patient_id, (DateOnly)e.event_date, (string)e.kind, (int?)e.ecog)).ToList());
    }
}
