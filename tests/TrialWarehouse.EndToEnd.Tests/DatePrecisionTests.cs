using System.Text.Json;
using GraphQL.Transport;
using TrialWarehouse.Api;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>Biostatisticians see calendar dates to the month; the intervals they analyse stay exact.</summary>
public class DatePrecisionTests(LoadedDemoCohorts cohorts) : IClassFixture<LoadedDemoCohorts>
{
    private const string Query = """
        { patients(first: 100) { edges { node { id diagnosisDate lastContactDate osDays ctcDraws { drawDate }
            samples { collectionDate }
            therapyLines { startDate endDate progressionDate pfsDays }
            followUp { date } } } } }
        """;

    [Fact]
    public async Task Biostatisticians_SeeTheFirstOfTheMonth_Clinicians_TheDay_AndIntervalsAreTheSame()
    {
        var demo = await cohorts.GetAsync("duckdb");
        var clinician = await RunAsAsync(demo, Roles.Clinician);
        var biostatistician = await RunAsAsync(demo, Roles.Biostatistician);

        var exact = Dates(clinician).ToList();
        var coarse = Dates(biostatistician).ToList();
        Assert.True(exact.Count > 500, $"only {exact.Count} dates in the demo cohort");
        Assert.Contains(exact, d => d.Day != 1);
        Assert.Equal(exact.Select(d => new DateOnly(d.Year, d.Month, 1)), coarse);
        Assert.Equal(Intervals(clinician), Intervals(biostatistician));
        Assert.Contains(Intervals(clinician), i => i is not null);
    }

    private static async Task<JsonElement> RunAsAsync(LoadedDemo demo, string role)
    {
        var response = await demo.Runner.ExecuteAsync(new GraphQLRequest { Query = Query }, Roles.Caller("test-" + role, role, Roles.ApiKeyScheme));
        Assert.False(response.HasErrors, response.Json);
        return JsonDocument.Parse(response.Json).RootElement.GetProperty("data");
    }

    private static IEnumerable<JsonElement> Patients(JsonElement data) =>
        data.GetProperty("patients").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"));

    // In document order, so the two roles' lists line up date for date.
    private static IEnumerable<DateOnly> Dates(JsonElement data) =>
        Patients(data).SelectMany(p => new[] { p.GetProperty("diagnosisDate"), p.GetProperty("lastContactDate") }
            .Concat(p.GetProperty("ctcDraws").EnumerateArray().Select(d => d.GetProperty("drawDate")))
            .Concat(p.GetProperty("samples").EnumerateArray().Select(s => s.GetProperty("collectionDate")))
            .Concat(p.GetProperty("therapyLines").EnumerateArray().SelectMany(l =>
                new[] { l.GetProperty("startDate"), l.GetProperty("endDate"), l.GetProperty("progressionDate") }))
            .Concat(p.GetProperty("followUp").EnumerateArray().Select(f => f.GetProperty("date"))))
        .Where(d => d.ValueKind == JsonValueKind.String)
        .Select(d => DateOnly.ParseExact(d.GetString()!, "yyyy-MM-dd"));

    private static List<int?> Intervals(JsonElement data) =>
        Patients(data).SelectMany(p => new[] { p.GetProperty("osDays") }
            .Concat(p.GetProperty("therapyLines").EnumerateArray().Select(l => l.GetProperty("pfsDays"))))
        .Select(i => i.ValueKind == JsonValueKind.Number ? i.GetInt32() : (int?)null).ToList();
}
