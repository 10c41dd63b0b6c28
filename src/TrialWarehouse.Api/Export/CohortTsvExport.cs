using System.Text;
using System.Text.Json;
using GraphQL.Transport;

namespace TrialWarehouse.Api.Export;

/// <summary>What an export wrote: the folder, the patients and the rows per file; or the API's errors when it refused the request.</summary>
public sealed record TsvExportResult(string Directory, int Patients, IReadOnlyDictionary<string, int> Rows, string? Errors);

/// <summary>
/// Writes a cohort's alterations and outcomes as tab-separated files (docs/api.md gives the columns), for R's
/// read.delim and pandas' read_csv(sep="\t"). It is a client of the GraphQL API, page by page: the files say exactly
/// what the API says, under the same filter, with the same derived PFS and ratios.
/// </summary>
public static class CohortTsvExport
{
    public const string PatientsFile = "patients.tsv";
    public const string AlterationsFile = "alterations.tsv";
    public const string ActionableFile = "actionable_alterations.tsv";
    public const string TherapyLinesFile = "therapy_lines.tsv";

    // Pages of 50: well inside the complexity cap whatever a patient holds.
    private const string PageQuery = """
        query Export($filter: PatientFilter, $after: String, $kb: String) {
          patients(first: 50, after: $after, filter: $filter) {
            pageInfo { hasNextPage endCursor }
            edges { node { id sex birthYear tumorType diagnosisDate site arm
              samples { id collectionDate genomeBuild
                mutations { gene chromosome position ref alt consequence hgvsc hgvsp vaf depth altCount filter }
                copyNumberAlterations { gene state stateName log2Ratio copyNumber }
                fusions { gene5 gene3 breakpoint5 breakpoint3 supportingReads }
                actionableAlterations(kbVersion: $kb) { gene alteration kind escatTier oncokbLevel evidenceScope countsAsActionable drugs evidence pmids kbVersion vaf } }
              therapyLines { lineNumber regimen drugs startDate endDate reasonStopped bestResponse progressionDate matched matchedAlteration pfsDays pfsEvent pfsRatio }
              followUp { date kind } } } } }
        """;

    public static readonly IReadOnlyList<string> PatientColumns =
        ["patient_id", "sex", "birth_year", "tumor_type", "diagnosis_date", "site", "arm", "samples", "actionable", "best_escat_tier",
         "matched_therapy", "therapy_lines", "last_follow_up_date", "death_date"];

    public static readonly IReadOnlyList<string> AlterationColumns =
        ["patient_id", "sample_id", "genome_build", "alteration_class", "gene", "chromosome", "position", "ref", "alt", "consequence", "hgvsc",
         "hgvsp", "vaf", "depth", "alt_count", "filter", "cn_state", "log2_ratio", "copy_number", "partner_gene", "partner_chromosome",
         "partner_position", "supporting_reads"];

    public static readonly IReadOnlyList<string> ActionableColumns =
        ["patient_id", "sample_id", "gene", "alteration", "kind", "escat_tier", "oncokb_level", "evidence_scope", "counts_as_actionable", "drugs",
         "evidence", "pmids", "kb_version", "vaf"];

    public static readonly IReadOnlyList<string> TherapyLineColumns =
        ["patient_id", "line_number", "regimen", "drugs", "start_date", "end_date", "reason_stopped", "best_response", "progression_date", "matched",
         "matched_alteration", "pfs_days", "pfs_event", "pfs_ratio"];

    /// <param name="filterJson">A PatientFilter as a JSON object (the GraphQL input), or null for everyone.</param>
    /// <param name="kbVersion">Knowledge-base version of the actionability columns; null: the newest loaded.</param>
    public static async Task<TsvExportResult> WriteAsync(GraphQLRunner runner, string directory, string? filterJson, string? kbVersion,
        CancellationToken cancellationToken = default)
    {
        // The filter is a nested input object: GraphQL.NET takes those as dictionaries.
        var filter = filterJson is null ? null : runner.ParseVariables(filterJson)?.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        if (kbVersion is not null)
        {
            var known = await runner.ExecuteAsync(new GraphQLRequest { Query = "{ knowledgeBases { version } }" }, cancellationToken);
            using var versions = JsonDocument.Parse(known.Json);
            if (!versions.RootElement.GetProperty("data").GetProperty("knowledgeBases").EnumerateArray().Any(v => v.GetProperty("version").GetString() == kbVersion))
                return new TsvExportResult(directory, 0, new Dictionary<string, int>(),
                    $"knowledge-base version '{kbVersion}' is not loaded; `trialwarehouse kb list` lists the loaded ones");
        }
        var pages = new List<JsonDocument>();
        try
        {
            // Every page is read before a file is written, so a refused request leaves the folder as it was.
            string? after = null;
            do
            {
                var variables = new Dictionary<string, object?> { ["filter"] = filter, ["after"] = after, ["kb"] = kbVersion };
                var response = await runner.ExecuteAsync(new GraphQLRequest { Query = PageQuery, Variables = new GraphQL.Inputs(variables) }, cancellationToken);
                if (response.HasErrors)
                    return new TsvExportResult(directory, 0, new Dictionary<string, int>(), response.Json);
                var page = JsonDocument.Parse(response.Json);
                pages.Add(page);
                var info = page.RootElement.GetProperty("data").GetProperty("patients").GetProperty("pageInfo");
                after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
            }
            while (after is not null);
            return Write(directory, pages.SelectMany(p => p.RootElement.GetProperty("data").GetProperty("patients").GetProperty("edges").EnumerateArray())
                .Select(e => e.GetProperty("node")));
        }
        finally
        {
            foreach (var page in pages)
                page.Dispose();
        }
    }

    private static TsvExportResult Write(string directory, IEnumerable<JsonElement> patients)
    {
        Directory.CreateDirectory(directory);
        using var patientsFile = new TsvWriter(Path.Combine(directory, PatientsFile), PatientColumns);
        using var alterations = new TsvWriter(Path.Combine(directory, AlterationsFile), AlterationColumns);
        using var actionable = new TsvWriter(Path.Combine(directory, ActionableFile), ActionableColumns);
        using var lines = new TsvWriter(Path.Combine(directory, TherapyLinesFile), TherapyLineColumns);
        var count = 0;
        foreach (var p in patients)
        {
            count++;
            var id = Text(p, "id");
            var samples = p.GetProperty("samples").EnumerateArray().ToList();
            var matches = samples.SelectMany(s => s.GetProperty("actionableAlterations").EnumerateArray().Select(m => (Sample: Text(s, "id"), Match: m))).ToList();
            var counting = matches.Where(m => m.Match.GetProperty("countsAsActionable").GetBoolean()).ToList();
            var therapy = p.GetProperty("therapyLines").EnumerateArray().ToList();
            var followUp = p.GetProperty("followUp").EnumerateArray().ToList();
            patientsFile.Row(id, Text(p, "sex"), Text(p, "birthYear"), Text(p, "tumorType"), Text(p, "diagnosisDate"), Text(p, "site"), Text(p, "arm"),
                samples.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Bool(counting.Count > 0),
                counting.Select(m => Text(m.Match, "escatTier")).OrderBy(Rank).FirstOrDefault() ?? "",
                Bool(therapy.Any(l => l.GetProperty("matched").GetBoolean())), therapy.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                followUp.Select(e => Text(e, "date")).DefaultIfEmpty("").Max(StringComparer.Ordinal)!,
                followUp.Where(e => Text(e, "kind") == "death").Select(e => Text(e, "date")).DefaultIfEmpty("").Min(StringComparer.Ordinal)!);

            foreach (var s in samples)
            {
                string sampleId = Text(s, "id"), build = Text(s, "genomeBuild");
                foreach (var m in s.GetProperty("mutations").EnumerateArray())
                    alterations.Row(id, sampleId, build, "mutation", Text(m, "gene"), Text(m, "chromosome"), Text(m, "position"), Text(m, "ref"), Text(m, "alt"),
                        Text(m, "consequence"), Text(m, "hgvsc"), Text(m, "hgvsp"), Text(m, "vaf"), Text(m, "depth"), Text(m, "altCount"), Text(m, "filter"), "", "", "",
                        "", "", "", "");
                foreach (var c in s.GetProperty("copyNumberAlterations").EnumerateArray())
                    alterations.Row(id, sampleId, build, ClassOf(c.GetProperty("state").GetInt32()), Text(c, "gene"), "", "", "", "", "", "", "", "", "", "", "",
                        Text(c, "state"), Text(c, "log2Ratio"), Text(c, "copyNumber"), "", "", "", "");
                // A fusion: the 5' gene and breakpoint in the gene and position columns, the 3' partner in the partner columns.
                foreach (var f in s.GetProperty("fusions").EnumerateArray())
                {
                    var (chrom5, pos5) = Breakpoint(Text(f, "breakpoint5"));
                    var (chrom3, pos3) = Breakpoint(Text(f, "breakpoint3"));
                    alterations.Row(id, sampleId, build, "fusion", Text(f, "gene5"), chrom5, pos5, "", "", "", "", "", "", "", "", "", "", "", "",
                        Text(f, "gene3"), chrom3, pos3, Text(f, "supportingReads"));
                }
            }
            // In the API's order: by sample, strongest tier first.
            foreach (var (sample, m) in matches)
                actionable.Row(id, sample, Text(m, "gene"), Text(m, "alteration"), Text(m, "kind"), Text(m, "escatTier"), Text(m, "oncokbLevel"),
                    Text(m, "evidenceScope"), Text(m, "countsAsActionable"), Text(m, "drugs"), Text(m, "evidence"), Text(m, "pmids"), Text(m, "kbVersion"), Text(m, "vaf"));
            foreach (var l in therapy)
                lines.Row(id, Text(l, "lineNumber"), Text(l, "regimen"), Text(l, "drugs"), Text(l, "startDate"), Text(l, "endDate"), Text(l, "reasonStopped"),
                    Text(l, "bestResponse"), Text(l, "progressionDate"), Text(l, "matched"), Text(l, "matchedAlteration"), Text(l, "pfsDays"), Text(l, "pfsEvent"),
                    Text(l, "pfsRatio"));
        }
        return new TsvExportResult(directory, count, new Dictionary<string, int>
        {
            [PatientsFile] = patientsFile.Rows, [AlterationsFile] = alterations.Rows, [ActionableFile] = actionable.Rows, [TherapyLinesFile] = lines.Rows,
        }, null);
    }

    // The classes alterationFrequencies and the patient filter use.
    private static string ClassOf(int copyNumberState) => copyNumberState switch
    {
        2 => "amplification",
        1 => "gain",
        -1 => "shallow_deletion",
        _ => "deep_deletion",
    };

    // The API spells a breakpoint chrom:position.
    private static (string Chromosome, string Position) Breakpoint(string text) =>
        text.LastIndexOf(':') is var colon and > 0 ? (text[..colon], text[(colon + 1)..]) : (text, "");

    private static int Rank(string escatLabel) => Actionability.EscatTiers.TryParse(escatLabel, out var tier) ? (int)tier : int.MaxValue;

    private static string Bool(bool value) => value ? "true" : "false";

    /// <summary>A JSON value as a TSV cell: null is empty, numbers keep the API's invariant spelling, lists are joined by ';'.</summary>
    private static string Text(JsonElement parent, string name)
    {
        var value = parent.GetProperty(name);
        return value.ValueKind switch
        {
            JsonValueKind.Null => "",
            JsonValueKind.String => Clean(value.GetString()!),
            JsonValueKind.Array => string.Join(';', value.EnumerateArray().Select(v => Clean(v.ToString()))),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => value.GetRawText(),
        };
    }

    // A tab or line break inside a value would shift columns or rows; free text (evidence) keeps its words.
    private static string Clean(string text) =>
        text.AsSpan().IndexOfAny('\t', '\n', '\r') < 0 ? text : text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');

    private sealed class TsvWriter : IDisposable
    {
        private readonly StreamWriter writer;
        private readonly int width;

        public TsvWriter(string path, IReadOnlyList<string> columns)
        {
            writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
            writer.WriteLine(string.Join('\t', columns));
            width = columns.Count;
        }

        public int Rows { get; private set; }

        public void Row(params string[] cells)
        {
            if (cells.Length != width)
                throw new InvalidOperationException($"a row of {cells.Length} cells under {width} columns");
            writer.WriteLine(string.Join('\t', cells));
            Rows++;
        }

        public void Dispose() => writer.Dispose();
    }
}
