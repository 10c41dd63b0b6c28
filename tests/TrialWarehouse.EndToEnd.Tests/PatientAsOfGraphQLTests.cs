using System.Text.Json;
using GraphQL.Transport;
using Microsoft.Extensions.DependencyInjection;
using TrialWarehouse.Api;
using TrialWarehouse.Domain;
using TrialWarehouse.Testing;
using TrialWarehouse.Warehouse;
using TrialWarehouse.Warehouse.Loading;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>`patient(id, asOf)` and the filter's `asOf` answer with the patient history's version of that day.</summary>
public class PatientAsOfGraphQLTests
{
    public static TheoryData<string> Engines => TestEngines.All;

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task PatientAndPatients_AsOfADay_AnswerWithTheAttributesValidThen(string engine)
    {
        var warehouse = Warehouse.Warehouse.Create(TestEngines.Fresh(engine));
        await Migrator.MigrateAsync(warehouse);
        var clock = new DayClock();
        var loader = new WarehouseLoader(warehouse, clock, TestPseudonyms.Instance);
        var patient = new Patient("PT1", "F", 1961, "BRCA", new DateOnly(2019, 3, 14), "Marseille", null);
        clock.Day = new DateOnly(2024, 1, 10);
        await loader.LoadPatientsAsync(new SourceFile("patients.csv", "p1", "Patients", null), [patient]);
        await loader.LoadFollowUpAsync(new SourceFile("follow_up.csv", "f1", "FollowUp", null), [new FollowUpEvent("PT1", new DateOnly(2024, 1, 5), "visit", 1)]);
        clock.Day = new DateOnly(2024, 2, 10);
        await loader.LoadFollowUpAsync(new SourceFile("follow_up.csv", "f2", "FollowUp", null),
            [new FollowUpEvent("PT1", new DateOnly(2024, 1, 5), "visit", 1), new FollowUpEvent("PT1", new DateOnly(2024, 2, 3), "death", null)]);
        clock.Day = new DateOnly(2024, 3, 10);
        await loader.LoadPatientsAsync(new SourceFile("patients.csv", "p2", "Patients", null), [patient with { Site = "Lyon" }]);
        using var services = new ServiceCollection().AddSingleton(warehouse).AddTrialWarehouseGraphQL().BuildServiceProvider();
        var runner = services.GetRequiredService<GraphQLRunner>();

        var response = await runner.ExecuteAsync(new GraphQLRequest
        {
            Query = """
                query($id: ID!) {
                  before: patient(id: $id, asOf: "2024-01-09") { id }
                  january: patient(id: $id, asOf: "2024-01-31") { site vitalStatus lastContactDate validFrom }
                  february: patient(id: $id, asOf: "2024-02-10") { site vitalStatus lastContactDate }
                  now: patient(id: $id) { site vitalStatus lastContactDate }
                  patients(filter: { asOf: "2024-02-29" }) { totalCount edges { node { id site vitalStatus } } }
                  empty: patients(filter: { asOf: "2023-12-31" }) { totalCount }
                }
                """,
            Variables = new GraphQL.Inputs(new Dictionary<string, object?> { ["id"] = TestPseudonyms.Patient("PT1") }),
        });

        Assert.False(response.HasErrors, response.Json);
        var data = JsonDocument.Parse(response.Json).RootElement.GetProperty("data");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("before").ValueKind);
        Assert.Equal(("Marseille", "alive", "2024-01-05"), Read(data.GetProperty("january")));
        Assert.StartsWith("2024-01-10T12:00:00", data.GetProperty("january").GetProperty("validFrom").GetString(), StringComparison.Ordinal);
        Assert.Equal(("Marseille", "deceased", "2024-02-03"), Read(data.GetProperty("february")));
        Assert.Equal(("Lyon", "deceased", "2024-02-03"), Read(data.GetProperty("now")));
        var page = data.GetProperty("patients");
        Assert.Equal(1, page.GetProperty("totalCount").GetInt32());
        var node = page.GetProperty("edges")[0].GetProperty("node");
        Assert.Equal((TestPseudonyms.Patient("PT1"), "Marseille", "deceased"), (node.GetProperty("id").GetString(), node.GetProperty("site").GetString(), node.GetProperty("vitalStatus").GetString()));
        Assert.Equal(0, data.GetProperty("empty").GetProperty("totalCount").GetInt32());
    }

    private static (string?, string?, string?) Read(JsonElement p) =>
        (p.GetProperty("site").GetString(), p.GetProperty("vitalStatus").GetString(), p.GetProperty("lastContactDate").GetString());

    /// <summary>Noon (UTC) of the day set.</summary>
    private sealed class DayClock : TimeProvider
    {
        public DateOnly Day { get; set; } = new(2024, 1, 1);

        public override DateTimeOffset GetUtcNow() => new(Day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }
}
