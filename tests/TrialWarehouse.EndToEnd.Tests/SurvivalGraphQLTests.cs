using System.Text.Json;
using GraphQL.Transport;
using Microsoft.Extensions.DependencyInjection;
using TrialWarehouse.Api;
using TrialWarehouse.Clinical;
using TrialWarehouse.Demo;
using TrialWarehouse.Domain;
using TrialWarehouse.Ingestion;
using TrialWarehouse.Testing;
using TrialWarehouse.Warehouse;
using TrialWarehouse.Warehouse.Loading;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>
/// The survival root field and the patients' OS over a loaded demo cohort, checked against a computation written
/// here from the delivered CSV files (the endpoint rules of docs/endpoints.md, a product-limit estimate, a two-group
/// log-rank), sharing no code with the product but the CSV reader.
/// </summary>
public class SurvivalGraphQLTests
{
    public static TheoryData<string> Engines => TestEngines.All;

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Survival_OsByMatched_MatchesAnIndependentComputationFromTheFiles(string engine)
    {
        var (_, runner, demo) = await LoadedAsync(engine, patients: 40);
        var cohort = Cohort.Read(demo.OutputDirectory);

        using var json = await RunAsync(runner, """
            { survival(endpoint: OS, groupBy: MATCHED) { endpoint patients notEvaluable
                groups { name n events censored expectedEvents median { days months }
                  curve { days months survival lower upper atRisk events censored } }
                logRank { chiSquare degreesOfFreedom pValue } } }
            """);
        var survival = json.RootElement.GetProperty("data").GetProperty("survival");

        var os = cohort.Patients.Select(p => (p.PatientId, Matched: cohort.Lines[p.PatientId].Any(l => l.Matched), Os: cohort.Os(p))).ToList();
        Assert.Equal(40, survival.GetProperty("patients").GetInt64());
        Assert.Equal(os.Count(o => o.Os is null), survival.GetProperty("notEvaluable").GetInt64());
        var groups = survival.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(["matched", "not matched"], groups.Select(g => g.GetProperty("name").GetString()));
        var observed = new List<List<(int Days, bool Event)>>();
        foreach (var group in groups)
        {
            var matched = group.GetProperty("name").GetString() == "matched";
            var times = os.Where(o => o.Matched == matched && o.Os is not null).Select(o => o.Os!.Value).ToList();
            observed.Add(times);
            Assert.Equal(times.Count, group.GetProperty("n").GetInt32());
            Assert.Equal(times.Count(t => t.Event), group.GetProperty("events").GetInt32());
            Assert.Equal(times.Count(t => !t.Event), group.GetProperty("censored").GetInt32());
            AssertCurve(ProductLimit(times), group.GetProperty("curve"));
            var median = ProductLimitMedian(ProductLimit(times));
            Assert.Equal(median, group.GetProperty("median").GetProperty("days").ValueKind == JsonValueKind.Null ? null : group.GetProperty("median").GetProperty("days").GetDouble());
        }
        var (chiSquare, expectedFirst) = TwoGroupLogRank(observed[0], observed[1]);
        var logRank = survival.GetProperty("logRank");
        Assert.Equal(chiSquare, logRank.GetProperty("chiSquare").GetDouble(), 9);
        Assert.Equal(1, logRank.GetProperty("degreesOfFreedom").GetInt32());
        Assert.Equal(OneDegreeOfFreedomPValue(chiSquare), logRank.GetProperty("pValue").GetDouble(), 8);
        Assert.Equal(expectedFirst, groups[0].GetProperty("expectedEvents").GetDouble(), 9);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Survival_PfsOfALine_CountsWhatThePatientsTherapyLinesSay(string engine)
    {
        var (_, runner, _) = await LoadedAsync(engine, patients: 40);

        using var json = await RunAsync(runner, """
            { survival(endpoint: PFS, line: 2, confidenceTransform: LOG_LOG) { line confidenceTransform patients notEvaluable logRank { chiSquare }
                groups { name n events curve { survival lower upper } } }
              patients(first: 100) { edges { node { therapyLines { lineNumber pfsDays pfsEvent } } } } }
            """);
        var data = json.RootElement.GetProperty("data");
        var survival = data.GetProperty("survival");

        var second = data.GetProperty("patients").GetProperty("edges").EnumerateArray()
            .SelectMany(e => e.GetProperty("node").GetProperty("therapyLines").EnumerateArray())
            .Where(l => l.GetProperty("lineNumber").GetInt32() == 2).ToList();
        Assert.Equal(2, survival.GetProperty("line").GetInt32());
        Assert.Equal("LOG_LOG", survival.GetProperty("confidenceTransform").GetString());
        var all = Assert.Single(survival.GetProperty("groups").EnumerateArray());
        Assert.Equal("all", all.GetProperty("name").GetString());
        Assert.Equal(second.Count, all.GetProperty("n").GetInt32());
        Assert.Equal(40 - second.Count, survival.GetProperty("notEvaluable").GetInt64());
        Assert.Equal(second.Count(l => l.GetProperty("pfsEvent").GetBoolean()), all.GetProperty("events").GetInt32());
        Assert.Equal(JsonValueKind.Null, survival.GetProperty("logRank").ValueKind);
        Assert.All(all.GetProperty("curve").EnumerateArray().Where(p => p.GetProperty("lower").ValueKind != JsonValueKind.Null), p =>
            Assert.True(p.GetProperty("lower").GetDouble() <= p.GetProperty("survival").GetDouble() && p.GetProperty("survival").GetDouble() <= p.GetProperty("upper").GetDouble()));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Patient_Os_MatchesAnIndependentComputation_AndCostsNoQueryPerPatient(string engine)
    {
        var (warehouse, runner, demo) = await LoadedAsync(engine, patients: 40);
        var cohort = Cohort.Read(demo.OutputDirectory);
        const string query = "query($n: Int) { patients(first: $n) { edges { node { id osDays osEvent bestOverallResponse } } } }";

        var before = warehouse.StatementsExecuted;
        using (await RunAsync(runner, query, new() { ["n"] = 2 })) { }
        var small = warehouse.StatementsExecuted - before;
        before = warehouse.StatementsExecuted;
        using var json = await RunAsync(runner, query, new() { ["n"] = 40 });
        var large = warehouse.StatementsExecuted - before;

        Assert.Equal(small, large);
        var nodes = json.RootElement.GetProperty("data").GetProperty("patients").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(40, nodes.Count);
        foreach (var node in nodes)
        {
            var patient = cohort.Patients.Single(p => TestPseudonyms.Patient(p.PatientId) == node.GetProperty("id").GetString());
            var os = cohort.Os(patient);
            Assert.Equal(os?.Days, node.GetProperty("osDays").ValueKind == JsonValueKind.Null ? null : node.GetProperty("osDays").GetInt32());
            Assert.Equal(os?.Event, node.GetProperty("osEvent").ValueKind == JsonValueKind.Null ? null : node.GetProperty("osEvent").GetBoolean());
            string?[] order = ["CR", "PR", "SD", "PD", "NE"];
            var best = order.FirstOrDefault(r => cohort.Lines[patient.PatientId].Any(l => l.BestResponse == r));
            Assert.Equal(best, node.GetProperty("bestOverallResponse").GetString());
        }
    }

    [Fact]
    public async Task Survival_RejectsALineBelowOne()
    {
        var warehouse = Warehouse.Warehouse.Create(TestEngines.Fresh("duckdb"));
        await Migrator.MigrateAsync(warehouse); // every query is audited in the warehouse
        using var services = new ServiceCollection().AddSingleton(warehouse).AddTrialWarehouseGraphQL().BuildServiceProvider();
        var runner = services.GetRequiredService<GraphQLRunner>();

        var response = await runner.ExecuteAsync(new GraphQLRequest { Query = "{ survival(endpoint: PFS, line: 0) { patients } }" });

        Assert.True(response.HasErrors);
        Assert.Contains("BAD_LINE", response.Json);
        Assert.Contains("line must be 1 or more", response.Json);
    }

    /// <summary>The delivered clinical files, and OS as docs/endpoints.md defines it.</summary>
    private sealed record Cohort(IReadOnlyList<Patient> Patients, ILookup<string, TherapyLine> Lines, ILookup<string, FollowUpEvent> Events)
    {
        public static Cohort Read(string folder) => new(
            ClinicalFiles.ReadPatients(Path.Combine(folder, "patients.csv")),
            ClinicalFiles.ReadTherapyLines(Path.Combine(folder, "therapy_lines.csv")).ToLookup(l => l.PatientId),
            ClinicalFiles.ReadFollowUp(Path.Combine(folder, "follow_up.csv")).ToLookup(e => e.PatientId));

        public (int Days, bool Event)? Os(Patient p)
        {
            var deaths = Events[p.PatientId].Where(e => e.Kind == "death").Select(e => e.EventDate).ToList();
            if (deaths.Count > 0)
                return (deaths.Min().DayNumber - p.DiagnosisDate.DayNumber, true);
            var alive = Events[p.PatientId].Select(e => e.EventDate)
                .Concat(Lines[p.PatientId].SelectMany(l => new[] { (DateOnly?)l.StartDate, l.EndDate, l.ProgressionDate }).OfType<DateOnly>())
                .Where(d => d >= p.DiagnosisDate).ToList();
            return alive.Count == 0 ? null : (alive.Max().DayNumber - p.DiagnosisDate.DayNumber, false);
        }
    }

    private static List<(double Time, int AtRisk, int Events, int Censored, double Survival, double? Lower, double? Upper)> ProductLimit(List<(int Days, bool Event)> times)
    {
        var points = new List<(double, int, int, int, double, double?, double?)>();
        double s = 1, greenwood = 0;
        foreach (var t in times.Select(t => t.Days).Distinct().Order())
        {
            var atRisk = times.Count(x => x.Days >= t);
            var events = times.Count(x => x.Days == t && x.Event);
            s *= 1 - (double)events / atRisk;
            greenwood += events == 0 ? 0 : atRisk == events ? double.PositiveInfinity : (double)events / (atRisk * (atRisk - events));
            var sigma = Math.Sqrt(greenwood);
            points.Add((t, atRisk, events, times.Count(x => x.Days == t && !x.Event), s,
                s > 0 ? s * Math.Exp(-1.959963984540054 * sigma) : null, s > 0 ? Math.Min(1, s * Math.Exp(1.959963984540054 * sigma)) : null));
        }
        return points;
    }

    // The first time the curve is at or below 0.5; a flat exactly at 0.5 gives its midpoint (to the next event, or the last time).
    private static double? ProductLimitMedian(List<(double Time, int AtRisk, int Events, int Censored, double Survival, double? Lower, double? Upper)> curve)
    {
        var first = curve.FindIndex(p => p.Survival <= 0.5 + 1e-12);
        if (first < 0)
            return null;
        if (Math.Abs(curve[first].Survival - 0.5) > 1e-12)
            return curve[first].Time;
        var next = curve.FindIndex(first + 1, p => p.Events > 0);
        return (curve[first].Time + (next < 0 ? curve[^1].Time : curve[next].Time)) / 2;
    }

    private static void AssertCurve(List<(double Time, int AtRisk, int Events, int Censored, double Survival, double? Lower, double? Upper)> expected, JsonElement actual)
    {
        var points = actual.EnumerateArray().ToList();
        Assert.Equal(expected.Count, points.Count);
        foreach (var (e, a) in expected.Zip(points))
        {
            Assert.Equal(e.Time, a.GetProperty("days").GetDouble());
            Assert.Equal(e.Time / 30.4375, a.GetProperty("months").GetDouble(), 12);
            Assert.Equal((e.AtRisk, e.Events, e.Censored), (a.GetProperty("atRisk").GetInt32(), a.GetProperty("events").GetInt32(), a.GetProperty("censored").GetInt32()));
            Assert.Equal(e.Survival, a.GetProperty("survival").GetDouble(), 12);
            Assert.Equal(e.Lower is null, a.GetProperty("lower").ValueKind == JsonValueKind.Null);
            if (e.Lower is { } low)
            {
                Assert.Equal(low, a.GetProperty("lower").GetDouble(), 12);
                Assert.Equal(e.Upper!.Value, a.GetProperty("upper").GetDouble(), 12);
            }
        }
    }

    private static (double ChiSquare, double ExpectedFirst) TwoGroupLogRank(List<(int Days, bool Event)> a, List<(int Days, bool Event)> b)
    {
        double observed = 0, expected = 0, variance = 0;
        foreach (var t in a.Concat(b).Where(x => x.Event).Select(x => x.Days).Distinct())
        {
            double n1 = a.Count(x => x.Days >= t), n = n1 + b.Count(x => x.Days >= t);
            double d1 = a.Count(x => x.Days == t && x.Event), d = d1 + b.Count(x => x.Days == t && x.Event);
            observed += d1;
            expected += d * n1 / n;
            variance += n > 1 ? d * (n1 / n) * (1 - n1 / n) * (n - d) / (n - 1) : 0;
        }
        return ((observed - expected) * (observed - expected) / variance, expected);
    }

    // With 1 df, P(X >= x) = P(|Z| >= sqrt x) = 1 - 2 ∫_0^sqrt(x) φ: the normal density integrated by Simpson's rule.
    private static double OneDegreeOfFreedomPValue(double chiSquare)
    {
        const int steps = 20_000;
        var z = Math.Sqrt(chiSquare);
        var h = z / steps;
        double Density(double x) => Math.Exp(-x * x / 2) / Math.Sqrt(2 * Math.PI);
        var sum = Density(0) + Density(z);
        for (var i = 1; i < steps; i++)
            sum += (i % 2 == 1 ? 4 : 2) * Density(i * h);
        return 1 - 2 * sum * h / 3;
    }

    private static async Task<(Warehouse.Warehouse, GraphQLRunner, DemoSummary)> LoadedAsync(string engine, int patients)
    {
        var warehouse = Warehouse.Warehouse.Create(TestEngines.Fresh(engine));
        await Migrator.MigrateAsync(warehouse);
        var demo = DemoCohort.Write(TestEngines.TempDirectory(), patients, seed: 21);
        Assert.Equal(0, (await new Ingestor(new WarehouseLoader(warehouse, TimeProvider.System, TestPseudonyms.Instance)).IngestAsync([demo.OutputDirectory])).Rejected);
        var services = new ServiceCollection().AddSingleton(warehouse).AddTrialWarehouseGraphQL().BuildServiceProvider();
        return (warehouse, services.GetRequiredService<GraphQLRunner>(), demo);
    }

    private static async Task<JsonDocument> RunAsync(GraphQLRunner runner, string query, Dictionary<string, object?>? variables = null)
    {
        var response = await runner.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables is null ? null : new GraphQL.Inputs(variables) });
        Assert.False(response.HasErrors, response.Json);
        return JsonDocument.Parse(response.Json);
    }
}
