using System.Globalization;
using System.Text.Json;
using TrialWarehouse.Actionability;
using TrialWarehouse.Clinical;
using TrialWarehouse.Testing;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>
/// Every root field over a 100-patient demo cohort on each engine, its numbers checked against the generated input
/// files (read here with the clinical readers and plain text parsing) or against plain SQL over the star schema.
/// </summary>
public class GraphQLCohortTests(LoadedDemoCohorts cohorts) : IClassFixture<LoadedDemoCohorts>
{
    public static TheoryData<string> Engines => TestEngines.All;

    private const string PatientIds = "query($f: PatientFilter) { patients(first: 100, filter: $f) { totalCount edges { node { id } } } trialSummary(filter: $f) { enrolled } }";

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Patients_SelectedByEachCriterion_AreThePatientsTheInputFilesSay(string engine)
    {
        var loaded = await cohorts.GetAsync(engine);
        var files = CohortFiles.Read(loaded);
        var tissue = files.MostCommonTissue();
        var drug = files.Lines.SelectMany(l => l.Drugs).GroupBy(d => d).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var diagnoses = files.Patients.Select(p => p.DiagnosisDate).Order().ToList();
        var collections = files.Samples.Select(s => s.CollectionDate).Order().ToList();
        var (amplifiedGene, amplified) = files.CopyNumber.Where(c => c.State == 2).GroupBy(c => c.Gene)
            .Select(g => (g.Key, g.Select(c => c.PatientId).ToHashSet())).OrderByDescending(g => g.Item2.Count).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        var matched = files.Lines.Where(l => l.Matched).Select(l => l.PatientId).ToHashSet();
        var tierIIB = (await loaded.Warehouse.QueryAsync<string>("""
            SELECT DISTINCT p.patient_id FROM fact_actionable_match m JOIN dim_sample s ON s.sample_key = m.sample_key
            JOIN dim_patient p ON p.patient_key = s.patient_key
            WHERE m.is_best = @Yes AND m.counts = @Yes AND m.escat IN ('I-A', 'I-B', 'I-C', 'II-A', 'II-B')
            """, new { Yes = true })).ToHashSet();
        var mutatedTp53 = (await loaded.Warehouse.QueryAsync<string>("""
            SELECT DISTINCT p.patient_id FROM fact_variant_call f JOIN dim_variant v ON v.variant_key = f.variant_key
            JOIN dim_gene g ON g.gene_key = v.gene_key JOIN dim_sample s ON s.sample_key = f.sample_key
            JOIN dim_patient p ON p.patient_key = s.patient_key
            WHERE g.symbol = 'TP53' AND f.filter = 'PASS' AND v.consequence IN ('missense_variant', 'stop_gained', 'frameshift_variant')
            """)).ToHashSet();
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var cases = new (string Filter, HashSet<string> Expected)[]
        {
            ($$"""{ "tumorType": "{{tissue}}" }""", files.Patients.Where(p => OncoTree.IsSameOrDescendant(p.TumorType, tissue)).Select(p => p.PatientId).ToHashSet()),
            ($$"""{ "treatment": "{{drug.ToUpperInvariant()}}" }""", files.Lines.Where(l => l.Drugs.Contains(drug)).Select(l => l.PatientId).ToHashSet()),
            ("""{ "matchedTherapy": true }""", matched),
            ("""{ "matchedTherapy": false }""", files.Patients.Select(p => p.PatientId).Where(id => !matched.Contains(id)).ToHashSet()),
            ($$"""{ "diagnosisDate": { "from": "{{Day(diagnoses[25])}}", "to": "{{Day(diagnoses[75])}}" } }""",
                files.Patients.Where(p => p.DiagnosisDate >= diagnoses[25] && p.DiagnosisDate <= diagnoses[75]).Select(p => p.PatientId).ToHashSet()),
            ($$"""{ "sampleCollectionDate": { "from": "{{Day(collections[10])}}" } }""",
                files.Samples.Where(s => s.CollectionDate >= collections[10]).Select(s => s.PatientId).ToHashSet()),
            ($$"""{ "gene": "{{amplifiedGene}}", "alterationClass": "AMPLIFICATION" }""", amplified),
            ("""{ "alterationClass": "DEEP_DELETION" }""", files.CopyNumber.Where(c => c.State == -2).Select(c => c.PatientId).ToHashSet()),
            ("""{ "gene": "TP53", "alterationClass": "MUTATION" }""", mutatedTp53),
            ("""{ "tierAtMost": "II-B" }""", tierIIB),
            ($$"""{ "tumorType": "{{tissue}}", "matchedTherapy": true }""",
                files.Patients.Where(p => OncoTree.IsSameOrDescendant(p.TumorType, tissue) && matched.Contains(p.PatientId)).Select(p => p.PatientId).ToHashSet()),
        };

        foreach (var (filter, expected) in cases)
        {
            Assert.True(expected.Count is > 0 and < LoadedDemoCohorts.Patients, $"{filter} does not discriminate in this cohort ({expected.Count} patients)");
            using var json = await loaded.RunAsync(PatientIds, new() { ["f"] = JsonSerializer.Deserialize<Dictionary<string, object?>>(filter) is { } f ? Inputs(f) : null });
            var data = json.RootElement.GetProperty("data");
            var ids = data.GetProperty("patients").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToHashSet();
            Assert.True(expected.SetEquals(ids), $"{filter}: expected [{string.Join(", ", expected.Order())}], got [{string.Join(", ", ids.Order())}]");
            Assert.Equal(expected.Count, data.GetProperty("patients").GetProperty("totalCount").GetInt32());
            Assert.Equal(expected.Count, data.GetProperty("trialSummary").GetProperty("enrolled").GetInt64());
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task AlterationFrequencies_AndTrialSummary_CountWhatTheFilesAndTheMatchesSay(string engine)
    {
        var loaded = await cohorts.GetAsync(engine);
        var files = CohortFiles.Read(loaded);
        var tissue = files.MostCommonTissue();
        var inTissue = files.Patients.Where(p => OncoTree.IsSameOrDescendant(p.TumorType, tissue)).Select(p => p.PatientId).ToHashSet();
        var actionable = (await loaded.Warehouse.QueryAsync<string>("""
            SELECT DISTINCT p.patient_id FROM fact_actionable_match m JOIN dim_sample s ON s.sample_key = m.sample_key
            JOIN dim_patient p ON p.patient_key = s.patient_key WHERE m.is_best = @Yes AND m.counts = @Yes
            """, new { Yes = true })).ToHashSet();

        using var json = await loaded.RunAsync("""
            query($f: PatientFilter) {
              all: alterationFrequencies { gene alterationClass patients { count denominator } }
              cut: alterationFrequencies(filter: $f) { gene alterationClass patients { count denominator } }
              trialSummary { enrolled completeProfile { count } actionable { count denominator } matchedTherapy { count } }
              knowledgeBases { version }
            }
            """, new() { ["f"] = Inputs(new() { ["tumorType"] = tissue }) });
        var data = json.RootElement.GetProperty("data");

        void AssertFrequencies(JsonElement frequencies, HashSet<string> cohort)
        {
            var copyNumber = files.CopyNumber.Where(c => c.State != 0 && cohort.Contains(c.PatientId))
                .GroupBy(c => (c.Gene, Class: c.State switch { 2 => "amplification", 1 => "gain", -1 => "shallow_deletion", _ => "deep_deletion" }))
                .ToDictionary(g => g.Key, g => g.Select(c => c.PatientId).Distinct().Count());
            var reported = frequencies.EnumerateArray().Where(f => f.GetProperty("alterationClass").GetString() != "mutation")
                .ToDictionary(f => (f.GetProperty("gene").GetString()!, f.GetProperty("alterationClass").GetString()!), f => f.GetProperty("patients").GetProperty("count").GetInt32());
            Assert.NotEmpty(copyNumber);
            Assert.Equal(copyNumber.OrderBy(k => k.Key), reported.OrderBy(k => k.Key));
            var profiled = files.ProfiledPatients.Count(cohort.Contains);
            Assert.All(frequencies.EnumerateArray(), f => Assert.Equal(profiled, f.GetProperty("patients").GetProperty("denominator").GetInt32()));
        }

        AssertFrequencies(data.GetProperty("all"), files.Patients.Select(p => p.PatientId).ToHashSet());
        AssertFrequencies(data.GetProperty("cut"), inTissue);
        var summary = data.GetProperty("trialSummary");
        Assert.Equal(LoadedDemoCohorts.Patients, summary.GetProperty("enrolled").GetInt64());
        Assert.Equal(files.ProfiledPatients.Count, summary.GetProperty("completeProfile").GetProperty("count").GetInt32());
        Assert.Equal(actionable.Count, summary.GetProperty("actionable").GetProperty("count").GetInt32());
        Assert.Equal(files.Lines.Where(l => l.Matched).Select(l => l.PatientId).Distinct().Count(), summary.GetProperty("matchedTherapy").GetProperty("count").GetInt32());
        Assert.Equal(KnowledgeBaseFile.Default.Version, data.GetProperty("knowledgeBases")[0].GetProperty("version").GetString());
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Patient_HasTheCallsLinesAndEventsOfItsFiles(string engine)
    {
        var loaded = await cohorts.GetAsync(engine);
        var files = CohortFiles.Read(loaded);
        var id = files.Lines.Where(l => l.Matched).Select(l => l.PatientId).First(files.ProfiledPatients.Contains);
        var sample = files.Samples.Single(s => s.PatientId == id && File.Exists(loaded.File(files.SourceOf(s.SampleId) + ".vcf")));
        var vcfAlleles = File.ReadLines(loaded.File(files.SourceOf(sample.SampleId) + ".vcf")).Where(l => !l.StartsWith('#')).Sum(l => l.Split('\t')[4].Split(',').Length);

        using var json = await loaded.RunAsync("""
            query($id: ID!) { patient(id: $id) { id tumorType
              samples { id mutations { gene } copyNumberAlterations { gene state } actionableAlterations { gene } }
              therapyLines { lineNumber matched pfsDays pfsRatio } followUp { kind } } }
            """, new() { ["id"] = id });
        var patient = json.RootElement.GetProperty("data").GetProperty("patient");
        var graphSample = patient.GetProperty("samples").EnumerateArray().Single(s => s.GetProperty("id").GetString() == sample.SampleId);

        Assert.Equal(files.Patients.Single(p => p.PatientId == id).TumorType, patient.GetProperty("tumorType").GetString());
        Assert.Equal(vcfAlleles, graphSample.GetProperty("mutations").GetArrayLength());
        Assert.Equal(files.CopyNumber.Count(c => c.SampleId == sample.SampleId && c.State != 0), graphSample.GetProperty("copyNumberAlterations").GetArrayLength());
        Assert.Equal(files.Lines.Where(l => l.PatientId == id).Select(l => (l.LineNumber, l.Matched)),
            patient.GetProperty("therapyLines").EnumerateArray().Select(l => (l.GetProperty("lineNumber").GetInt32(), l.GetProperty("matched").GetBoolean())));
        Assert.Equal(ClinicalFiles.ReadFollowUp(loaded.File("follow_up.csv")).Count(e => TestPseudonyms.Patient(e.PatientId) == id), patient.GetProperty("followUp").GetArrayLength());
        Assert.Contains(patient.GetProperty("therapyLines").EnumerateArray(), l => l.GetProperty("matched").GetBoolean() && l.GetProperty("pfsDays").ValueKind == JsonValueKind.Number);
        using var unknown = await loaded.RunAsync("""{ patient(id: "NOPE") { id } }""");
        Assert.Equal(JsonValueKind.Null, unknown.RootElement.GetProperty("data").GetProperty("patient").ValueKind);
    }

    private sealed record MatchFact(string PatientId, string SampleId, string TumorType, string Gene, string Alteration, string Escat, double? Vaf, bool IsBest);

    private const string MatchesQuery = """
        query($f: ActionableAlterationFilter, $after: String) {
          actionableAlterations(first: 17, after: $after, filter: $f) {
            totalCount pageInfo { hasNextPage endCursor }
            edges { node { patientId sampleId gene alteration escatTier vaf best kbVersion drugs pmids patient { id } sample { id } } } } }
        """;

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task ActionableAlterations_PagedThrough_AreThePlainSqlMatches_FilteredAsAsked(string engine)
    {
        var loaded = await cohorts.GetAsync(engine);
        var facts = await loaded.Warehouse.QueryAsync<MatchFact>("""
            SELECT p.patient_id AS PatientId, s.sample_id AS SampleId, p.tumor_type AS TumorType, m.gene AS Gene, m.alteration AS Alteration,
                   m.escat AS Escat, m.vaf AS Vaf, m.is_best AS IsBest
            FROM fact_actionable_match m JOIN dim_sample s ON s.sample_key = m.sample_key JOIN dim_patient p ON p.patient_key = s.patient_key
            """);
        var gene = facts.Where(f => f.Vaf is not null).GroupBy(f => f.Gene).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var vafs = facts.Where(f => f.Gene == gene && f.Vaf is not null).Select(f => f.Vaf!.Value).Order().ToList();
        var minVaf = vafs[vafs.Count / 2];
        var tissue = CohortFiles.TissueOf(facts.Where(f => f.Gene == gene).GroupBy(f => f.TumorType).OrderByDescending(g => g.Count()).First().Key);
        static int Rank(string escat) => EscatTiers.TryParse(escat, out var tier) ? (int)tier : throw new InvalidOperationException(escat);

        var cases = new (Dictionary<string, object?>? Filter, List<MatchFact> Expected)[]
        {
            (null, facts.Where(f => f.IsBest).ToList()),
            (new() { ["bestOnly"] = false }, facts.ToList()),
            (new() { ["gene"] = gene, ["tierAtMost"] = "III-A", ["tumorType"] = tissue, ["minVaf"] = minVaf },
                facts.Where(f => f.IsBest && f.Gene == gene && Rank(f.Escat) <= (int)EscatTier.IIIA && OncoTree.IsSameOrDescendant(f.TumorType, tissue) && f.Vaf >= minVaf).ToList()),
            (new() { ["tierAtMost"] = "I-A" }, facts.Where(f => f.IsBest && f.Escat == "I-A").ToList()),
        };

        foreach (var (filter, expected) in cases)
        {
            Assert.NotEmpty(expected);
            var seen = new List<MatchFact>();
            string? after = null;
            do
            {
                using var json = await loaded.RunAsync(MatchesQuery, new() { ["f"] = filter is null ? null : Inputs(filter), ["after"] = after });
                var connection = json.RootElement.GetProperty("data").GetProperty("actionableAlterations");
                Assert.Equal(expected.Count, connection.GetProperty("totalCount").GetInt32());
                foreach (var node in connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")))
                {
                    Assert.Equal(node.GetProperty("patientId").GetString(), node.GetProperty("patient").GetProperty("id").GetString());
                    Assert.Equal(node.GetProperty("sampleId").GetString(), node.GetProperty("sample").GetProperty("id").GetString());
                    Assert.Equal(KnowledgeBaseFile.Default.Version, node.GetProperty("kbVersion").GetString());
                    Assert.NotEqual(0, node.GetProperty("drugs").GetArrayLength() + node.GetProperty("pmids").GetArrayLength());
                    var id = node.GetProperty("patientId").GetString()!;
                    seen.Add(new MatchFact(id, node.GetProperty("sampleId").GetString()!, facts.First(f => f.PatientId == id).TumorType,
                        node.GetProperty("gene").GetString()!, node.GetProperty("alteration").GetString()!, node.GetProperty("escatTier").GetString()!,
                        node.GetProperty("vaf").ValueKind == JsonValueKind.Null ? null : node.GetProperty("vaf").GetDouble(), node.GetProperty("best").GetBoolean()));
                }
                after = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? connection.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
            }
            while (after is not null);

            Assert.Equal(seen.Select(m => m.PatientId).Order(StringComparer.Ordinal), seen.Select(m => m.PatientId));
            Assert.Equal(Sorted(expected), Sorted(seen));
        }
    }

    [SkippableFact]
    public async Task Filters_ThatCannotApply_AreRefusedWithACodeAndTheRightValues()
    {
        var loaded = await cohorts.GetAsync("duckdb");

        var tier = await loaded.RunWithErrorsAsync("""{ patients(filter: { tierAtMost: "II" }) { totalCount } }""");
        var kb = await loaded.RunWithErrorsAsync("""{ trialSummary(filter: { tierAtMost: "I-A", kbVersion: "no-such-kb" }) { enrolled } }""");
        var vaf = await loaded.RunWithErrorsAsync("""{ actionableAlterations(filter: { minVaf: 5 }) { totalCount } }""");
        var cursor = await loaded.RunWithErrorsAsync("""{ actionableAlterations(after: "bm9wZQ==") { totalCount } }""");

        Assert.Contains("BAD_FILTER", tier);
        Assert.Contains("II-A", tier);
        Assert.Contains("BAD_FILTER", kb);
        Assert.Contains("no-such-kb", kb);
        Assert.Contains("BAD_FILTER", vaf);
        Assert.Contains("BAD_CURSOR", cursor);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task APage_CostsTheSameNumberOfQueries_WhateverItsSize(string engine)
    {
        var loaded = await cohorts.GetAsync(engine);
        const string everything = """
            id tumorType samples { id mutations { gene hgvsp vaf } copyNumberAlterations { gene state }
              actionableAlterations { gene escatTier drugs } all: actionableAlterations(bestOnly: false) { gene } }
            therapyLines { regimen pfsDays pfsRatio } followUp { kind }
            """;
        var patients = $$"""
            query($n: Int, $f: PatientFilter) { patients(first: $n, filter: $f) { totalCount edges { node { {{everything}} } } } }
            """;
        var matches = $$"""
            query($n: Int) { actionableAlterations(first: $n, filter: { bestOnly: false }) {
              totalCount edges { node { gene patient { {{everything}} } sample { id mutations { gene } } } } } }
            """;
        var everyCriterion = new Dictionary<string, object?>
        {
            ["tumorType"] = "TISSUE", ["gene"] = "TP53", ["alterationClass"] = "MUTATION", ["tierAtMost"] = "X", ["treatment"] = "fluorouracil",
            ["matchedTherapy"] = false, ["diagnosisDate"] = new Dictionary<string, object?> { ["from"] = "1990-01-01" },
            ["sampleCollectionDate"] = new Dictionary<string, object?> { ["to"] = "2030-01-01" },
        };

        async Task<(long Statements, int Edges)> Cost(string query, int n, Dictionary<string, object?>? filter = null)
        {
            var before = loaded.Warehouse.StatementsExecuted;
            using var json = await loaded.RunAsync(query, new() { ["n"] = n, ["f"] = filter });
            var edges = json.RootElement.GetProperty("data").EnumerateObject().Single().Value.GetProperty("edges").GetArrayLength();
            return (loaded.Warehouse.StatementsExecuted - before, edges);
        }

        var smallPage = await Cost(patients, 2);
        var fullPage = await Cost(patients, 100);
        var smallFiltered = await Cost(patients, 1, everyCriterion);
        var fullFiltered = await Cost(patients, 100, everyCriterion);
        var fewMatches = await Cost(matches, 2);
        var manyMatches = await Cost(matches, 100);

        Assert.Equal((2, 100, 1, 2, 100), (smallPage.Edges, fullPage.Edges, smallFiltered.Edges, fewMatches.Edges, manyMatches.Edges));
        Assert.True(fullFiltered.Edges > 1, $"the filter with every criterion selects {fullFiltered.Edges} patients: too few to show anything");
        Assert.Equal(smallPage.Statements, fullPage.Statements);
        Assert.Equal(smallFiltered.Statements, fullFiltered.Statements);
        Assert.Equal(fewMatches.Statements, manyMatches.Statements);
        Assert.InRange(fullPage.Statements, 1, 12);
        Assert.InRange(fullFiltered.Statements, 1, 14);
        Assert.InRange(manyMatches.Statements, 1, 14);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task TsvExport_HoldsTheCohortsFilesRowForRow_AndFollowsTheFilter(string engine)
    {
        var loaded = await cohorts.GetAsync(engine);
        var files = CohortFiles.Read(loaded);
        var tissue = files.MostCommonTissue();
        var bestMatches = (await loaded.Warehouse.QueryAsync<long>("SELECT CAST(COUNT(*) AS BIGINT) FROM fact_actionable_match WHERE is_best = @Yes", new { Yes = true }))[0];
        var vcfAlleles = Directory.GetFiles(loaded.Demo.OutputDirectory, "*.vcf").Where(f => !f.EndsWith(".sv.vcf", StringComparison.Ordinal)).SelectMany(File.ReadLines).Where(l => !l.StartsWith('#'))
            .Sum(l => l.Split('\t')[4].Split(',').Length);
        var all = TestEngines.TempDirectory();
        var cut = TestEngines.TempDirectory();

        var everyone = await Api.Export.CohortTsvExport.WriteAsync(loaded.Runner, all, null, null);
        var inTissue = await Api.Export.CohortTsvExport.WriteAsync(loaded.Runner, cut, $$"""{ "tumorType": "{{tissue}}" }""", null);
        var refused = await Api.Export.CohortTsvExport.WriteAsync(loaded.Runner, Path.Combine(cut, "refused"), """{ "tierAtMost": "best" }""", null);

        List<Dictionary<string, string>> Read(string folder, string file)
        {
            var lines = File.ReadAllLines(Path.Combine(folder, file));
            var header = lines[0].Split('\t');
            return lines.Skip(1).Select(l => l.Split('\t')).Select(c =>
            {
                Assert.Equal(header.Length, c.Length);
                return header.Zip(c).ToDictionary(x => x.First, x => x.Second);
            }).ToList();
        }
        var patients = Read(all, "patients.tsv");
        var alterations = Read(all, "alterations.tsv");
        var lines = Read(all, "therapy_lines.tsv");

        Assert.Null(everyone.Errors);
        // Rows follow the patients' (pseudonymous) ids, as the API pages them.
        Assert.Equal(files.Patients.OrderBy(p => p.PatientId, StringComparer.Ordinal).Select(p => (p.PatientId, p.TumorType, p.DiagnosisDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            patients.Select(p => (p["patient_id"], p["tumor_type"], p["diagnosis_date"])));
        Assert.Equal(files.Lines.OrderBy(l => l.PatientId, StringComparer.Ordinal).ThenBy(l => l.LineNumber).Select(l => (l.PatientId, l.LineNumber.ToString(CultureInfo.InvariantCulture), l.Regimen, string.Join(';', l.Drugs), l.Matched ? "true" : "false")),
            lines.Select(l => (l["patient_id"], l["line_number"], l["regimen"], l["drugs"], l["matched"])));
        Assert.Equal(vcfAlleles, alterations.Count(a => a["alteration_class"] == "mutation"));
        Assert.Equal(files.CopyNumber.Where(c => c.State != 0).Select(c => $"{c.SampleId} {c.Gene} {c.State}").Order(StringComparer.Ordinal),
            alterations.Where(a => a["alteration_class"] is not ("mutation" or "fusion")).Select(a => $"{a["sample_id"]} {a["gene"]} {a["cn_state"]}").Order(StringComparer.Ordinal));
        var fusions = await loaded.Warehouse.QueryAsync<string>("""
            SELECT CONCAT(s.sample_id, ' ', g5.symbol, ' ', g3.symbol, ' ', CAST(f.pos3 AS VARCHAR(20))) FROM fact_fusion f
            JOIN dim_sample s ON s.sample_key = f.sample_key JOIN dim_gene g5 ON g5.gene_key = f.gene5_key JOIN dim_gene g3 ON g3.gene_key = f.gene3_key
            """);
        Assert.NotEmpty(fusions);
        Assert.Equal(fusions.Order(StringComparer.Ordinal), alterations.Where(a => a["alteration_class"] == "fusion")
            .Select(a => $"{a["sample_id"]} {a["gene"]} {a["partner_gene"]} {a["partner_position"]}").Order(StringComparer.Ordinal));
        Assert.Equal(bestMatches, everyone.Rows["actionable_alterations.tsv"]);
        var bestTiers = (await loaded.Warehouse.QueryAsync<(string, int)>("""
            SELECT p.patient_id AS Item1, MIN(m.escat_rank) AS Item2 FROM fact_actionable_match m JOIN dim_sample s ON s.sample_key = m.sample_key
            JOIN dim_patient p ON p.patient_key = s.patient_key WHERE m.is_best = @Yes AND m.counts = @Yes GROUP BY p.patient_id
            """, new { Yes = true })).ToDictionary(t => t.Item1, t => EscatTiers.AllLabels[t.Item2]);
        Assert.All(patients, p => Assert.Equal(bestTiers.GetValueOrDefault(p["patient_id"], ""), p["best_escat_tier"]));
        Assert.Equal(bestTiers.Count, patients.Count(p => p["actionable"] == "true"));
        Assert.Equal(files.Patients.Count(p => OncoTree.IsSameOrDescendant(p.TumorType, tissue)), inTissue.Patients);
        Assert.All(Read(cut, "patients.tsv"), p => Assert.True(OncoTree.IsSameOrDescendant(p["tumor_type"], tissue)));
        Assert.Contains("BAD_FILTER", refused.Errors);
        Assert.False(Directory.Exists(Path.Combine(cut, "refused")));
    }

    private static Dictionary<string, object?> Inputs(Dictionary<string, object?> values) =>
        values.ToDictionary(v => v.Key, v => v.Value is JsonElement e ? Plain(e) : v.Value);

    // Variables reach the schema as the transport would give them: strings, numbers, booleans and nested objects.
    private static object? Plain(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => e.GetDouble(),
        JsonValueKind.Object => e.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value)),
        _ => null,
    };

    private static List<string> Sorted(IEnumerable<MatchFact> facts) =>
        facts.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.PatientId}|{f.SampleId}|{f.Gene}|{f.Alteration}|{f.Escat}|{f.Vaf:R}|{f.IsBest}"))
            .Order(StringComparer.Ordinal).ToList();
}

/// <summary>
/// The demo cohort as its input files give it, read without the warehouse, with every id pseudonymised as the
/// warehouse must hold it (<see cref="SourceOf"/> gives a pseudonym's id in the files back).
/// </summary>
internal sealed record CohortFiles(
    IReadOnlyList<Domain.Patient> Patients,
    IReadOnlyList<Domain.Sample> Samples,
    IReadOnlyList<Domain.TherapyLine> Lines,
    IReadOnlyList<(string SampleId, string PatientId, string Gene, int State)> CopyNumber,
    HashSet<string> ProfiledPatients,
    IReadOnlyDictionary<string, string> SourceIds)
{
    public static CohortFiles Read(LoadedDemo loaded)
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        string Patient(string id) => sources[TestPseudonyms.Patient(id)] = id;
        string Sample(string id) => sources[TestPseudonyms.Sample(id)] = id;
        var samples = ClinicalFiles.ReadSamples(loaded.File("samples.csv"));
        var patientOf = samples.ToDictionary(s => s.SampleId, s => s.PatientId);
        var copyNumber = Directory.GetFiles(loaded.Demo.OutputDirectory, "*.cna.tsv")
            .SelectMany(f => File.ReadLines(f).Skip(1).Select(l => l.Split('\t')))
            .Select(c => (TestPseudonyms.Sample(c[0]), TestPseudonyms.Patient(patientOf[c[0]]), c[1], int.Parse(c[4], CultureInfo.InvariantCulture)))
            .ToList();
        var patients = ClinicalFiles.ReadPatients(loaded.File("patients.csv")).Select(p => p with { PatientId = TestPseudonyms.Patient(Patient(p.PatientId)) }).ToList();
        var pseudonymous = samples.Select(s => s with { SampleId = TestPseudonyms.Sample(Sample(s.SampleId)), PatientId = TestPseudonyms.Patient(s.PatientId) }).ToList();
        var lines = ClinicalFiles.ReadTherapyLines(loaded.File("therapy_lines.csv")).Select(l => l with { PatientId = TestPseudonyms.Patient(l.PatientId) }).ToList();
        return new CohortFiles(patients, pseudonymous, lines, copyNumber, copyNumber.Select(c => c.Item2).ToHashSet(), sources);
    }

    /// <summary>The id in the input files of a patient or sample pseudonym.</summary>
    public string SourceOf(string pseudonym) => SourceIds[pseudonym];

    /// <summary>The tissue (child of the OncoTree root) most patients' tumor types lie under.</summary>
    public string MostCommonTissue() =>
        Patients.GroupBy(p => TissueOf(p.TumorType)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

    public static string TissueOf(string code)
    {
        var current = OncoTree.Canonical(code);
        while (OncoTree.Parent(current) is { } parent && parent != OncoTree.Root)
            current = parent;
        return current;
    }
}
