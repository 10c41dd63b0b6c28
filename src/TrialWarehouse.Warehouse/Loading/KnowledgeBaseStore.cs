using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TrialWarehouse.Actionability;
using TrialWarehouse.Domain;
using TrialWarehouse.Warehouse.Engines;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Warehouse.Loading;

/// <summary>One actionable match as stored: which sample, under which knowledge-base version, by which rule.</summary>
public sealed record MatchToStore(long SampleKey, int RuleLine, ActionableMatch Match, bool IsBest, double? Vaf);

/// <summary>
/// Knowledge-base versions and their matches in the warehouse. A version is identified by its content: loading the
/// same rules again is a no-op, and a version label reused for different rules is refused.
/// </summary>
public sealed class KnowledgeBaseStore(Warehouse warehouse, TimeProvider time)
{
    public async Task<KnowledgeBaseRow> LoadAsync(KnowledgeBase kb, CancellationToken cancellationToken = default)
    {
        var fingerprint = Fingerprint(kb);
        var key = StableKey.Of("kb", fingerprint);
        return await warehouse.InTransactionAsync(async tx =>
        {
            var existing = await tx.QueryAsync<KnowledgeBaseRow>(VersionByLabelSql, new { kb.Version }, cancellationToken);
            if (existing.Count > 0)
            {
                return existing[0].ContentHash == fingerprint
                    ? existing[0]
                    : throw new InputRejectedException(kb.Source, 0, "version",
                        $"version \"{kb.Version}\" is already loaded with other rules; give the changed file a new '# version:' line");
            }
            var row = new KnowledgeBaseRow(key, kb.Version, kb.Title, kb.Source, fingerprint, time.GetUtcNow().UtcDateTime, kb.Rules.Count);
            await tx.ExecuteAsync(InsertVersionSql, row, cancellationToken);
            await tx.BulkInsertAsync(RuleTable, kb.Rules.Select(r => new object?[]
            {
                RuleKey(key, (int)r.Line), key, (int)r.Line, r.Gene, r.Alteration.Text, r.TumorType, r.Escat.Label(), r.OncoKb?.Label(),
                string.Join(';', r.Drugs), r.Evidence, string.Join(';', r.Pmids),
            }), cancellationToken);
            return row;
        }, cancellationToken);
    }

    /// <summary>
    /// A stored version as a knowledge base again: its rules are written back in the file format and parsed, so the
    /// matchers are exactly those of the file. Null when no such version is loaded.
    /// </summary>
    public async Task<KnowledgeBase?> ReadAsync(string version, CancellationToken cancellationToken = default)
    {
        if (await warehouse.QueryAsync<KnowledgeBaseRow>(VersionByLabelSql, new { Version = version }, cancellationToken) is not [var row])
            return null;
        var rules = await warehouse.QueryAsync<StoredRule>(RulesSql, new { Key = row.KbVersionKey }, cancellationToken);
        var text = new StringBuilder();
        text.Append("# version: ").Append(row.Version).Append('\n');
        if (row.Title is not null)
            text.Append("# title: ").Append(row.Title).Append('\n');
        text.AppendJoin('\t', KnowledgeBaseColumns.All).Append('\n');
        foreach (var r in rules)
            text.AppendJoin('\t', r.Gene, r.Alteration, r.TumorType, r.Escat, r.OncoKb, r.Drugs, r.Evidence, r.Pmids).Append('\n');
        using var reader = new StringReader(text.ToString());
        var parsed = KnowledgeBaseFile.Parse(reader, row.Source);
        // Keep the lines of the original file: rule keys and reports refer to them.
        return parsed with { Rules = parsed.Rules.Select((r, i) => r with { Line = rules[i].Line }).ToList() };
    }

    /// <summary>Replaces every match of one knowledge-base version in one transaction (re-annotation is all or nothing).</summary>
    public Task<int> ReplaceMatchesAsync(long kbVersionKey, IReadOnlyList<MatchToStore> matches, CancellationToken cancellationToken = default) =>
        warehouse.InTransactionAsync(async tx =>
        {
            await tx.ExecuteAsync("DELETE FROM fact_actionable_match WHERE kb_version_key = @Key", new { Key = kbVersionKey }, cancellationToken);
            var now = time.GetUtcNow().UtcDateTime;
            await tx.BulkInsertAsync(MatchTable, matches.Select(m => new object?[]
            {
                m.SampleKey, kbVersionKey, RuleKey(kbVersionKey, m.RuleLine), m.Match.Alteration.Gene, AlterationText(m.Match.Alteration),
                m.Match.Alteration.Kind.ToString(), m.Match.Escat.Label(), (int)m.Match.Escat, m.Match.OncoKb?.Label(),
                m.Match.Scope.ToString(), m.IsBest, m.Match.CountsForActionability, m.Vaf, now,
            }), cancellationToken);
            return matches.Count;
        }, cancellationToken);

    /// <summary>The alteration without its gene, as reports print it next to the gene: "p.H1047R", "amplification".</summary>
    public static string AlterationText(Alteration alteration) => alteration.Kind switch
    {
        AlterationKind.Mutation => alteration.HgvsP ?? alteration.Consequence ?? "mutation",
        AlterationKind.CopyNumber => alteration.CopyNumberState is { } s and >= -2 and <= 2 ? CopyNumberStates.Name(s) : "copy number change",
        AlterationKind.Fusion => alteration.FusionPartner is null ? "fusion" : $"fusion with {alteration.FusionPartner}",
        AlterationKind.Protein => alteration.Ihc is { } ihc ? Alteration.IhcText(ihc) : "IHC",
        _ => alteration.Signature ?? "signature",
    };

    private static long RuleKey(long kbVersionKey, int line) =>
        StableKey.Of("kb-rule", string.Create(CultureInfo.InvariantCulture, $"{kbVersionKey}:{line}"));

    /// <summary>A hash of what the rules say, independent of comments and of where the file came from.</summary>
    private static string Fingerprint(KnowledgeBase kb)
    {
        var text = new StringBuilder(kb.Version).Append('\n');
        foreach (var r in kb.Rules)
            text.AppendJoin('\t', r.Line, r.Gene, r.Alteration.Text, r.TumorType, r.Escat.Label(), r.OncoKb?.Label(),
                string.Join(';', r.Drugs), r.Evidence, string.Join(';', r.Pmids)).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static readonly BulkTable RuleTable = BulkTable.Of("dim_kb_rule",
        ("rule_key", ColumnType.BigInt), ("kb_version_key", ColumnType.BigInt), ("line", ColumnType.Int), ("gene", ColumnType.Text),
        ("alteration", ColumnType.Text), ("tumor_type", ColumnType.Text), ("escat", ColumnType.Text), ("oncokb", ColumnType.Text),
        ("drugs", ColumnType.Text), ("evidence", ColumnType.Text), ("pmids", ColumnType.Text));

    private static readonly BulkTable MatchTable = BulkTable.Of("fact_actionable_match",
        ("sample_key", ColumnType.BigInt), ("kb_version_key", ColumnType.BigInt), ("rule_key", ColumnType.BigInt), ("gene", ColumnType.Text),
        ("alteration", ColumnType.Text), ("alteration_kind", ColumnType.Text), ("escat", ColumnType.Text), ("escat_rank", ColumnType.Int),
        ("oncokb", ColumnType.Text), ("scope", ColumnType.Text), ("is_best", ColumnType.Bool), ("counts", ColumnType.Bool),
        ("vaf", ColumnType.Float), ("annotated_at", ColumnType.Timestamp));

    private const string VersionByLabelSql = """
        SELECT kb_version_key AS KbVersionKey, version AS Version, title AS Title, source AS Source, content_hash AS ContentHash,
               loaded_at AS LoadedAt, rule_count AS RuleCount
        FROM dim_kb_version WHERE version = @Version
        """;

    private sealed record StoredRule(int Line, string Gene, string Alteration, string TumorType, string Escat, string? OncoKb, string Drugs,
        string Evidence, string Pmids);

    private const string RulesSql = """
        SELECT line AS Line, gene AS Gene, alteration AS Alteration, tumor_type AS TumorType, escat AS Escat, oncokb AS OncoKb,
               drugs AS Drugs, evidence AS Evidence, pmids AS Pmids
        FROM dim_kb_rule WHERE kb_version_key = @Key ORDER BY line
        """;

    private const string InsertVersionSql = """
        INSERT INTO dim_kb_version (kb_version_key, version, title, source, content_hash, loaded_at, rule_count)
        VALUES (@KbVersionKey, @Version, @Title, @Source, @ContentHash, @LoadedAt, @RuleCount)
        """;
}
