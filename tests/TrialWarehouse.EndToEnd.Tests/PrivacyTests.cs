using System.Text;
using System.Text.Json;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using TrialWarehouse.Api;
using TrialWarehouse.Testing;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>
/// No key but a clinician's reaches a hospital id: every field of the schema is asked for, as each role, and every
/// answer is searched for every patient, sample and model id of the demo's input files.
/// </summary>
public class PrivacyTests(LoadedDemoCohorts cohorts) : IClassFixture<LoadedDemoCohorts>
{
    public static TheoryData<string> Engines => TestEngines.All;

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task NoKeyButAClinicians_ReceivesAHospitalId_FromAnyFieldOfTheSchema(string engine)
    {
        var loaded = await cohorts.GetAsync(engine);
        var ids = HospitalIds(loaded);
        var schema = loaded.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var somePatient = TestPseudonyms.Patient(ids.Patients[0]);

        foreach (var role in new[] { Roles.Biostatistician, Roles.Admin })
        {
            var forbidden = 0;
            foreach (var field in schema.Query.Fields)
            {
                var query = "{ " + Selection(field, [], somePatient, ids.Patients[0]) + " }";
                var response = await loaded.Runner.ExecuteAsync(new GraphQLRequest { Query = query }, Roles.Caller("walk", role, Roles.ApiKeyScheme));

                var leaked = ids.All.Where(id => response.Json.Contains(id, StringComparison.Ordinal)).Take(3).ToList();
                Assert.True(leaked.Count == 0, $"{role}, {field.Name}: the answer holds hospital ids {string.Join(", ", leaked)}");
                // Refused for nothing else (a query beyond the limits would prove nothing): only the identifying fields fail.
                Assert.All(ErrorCodes(response.Json), code => Assert.Equal("FORBIDDEN", code));
                forbidden += ErrorCodes(response.Json).Count;
            }
            // The walk reached the identifying fields (patientBySourceId, and sourceId below patients, matches and samples) and was refused there.
            Assert.True(forbidden >= 4, $"{role}: {forbidden} FORBIDDEN errors");
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task AClinician_ReadsTheHospitalIds_ByPseudonymAndBack(string engine)
    {
        var loaded = await cohorts.GetAsync(engine);
        var ids = HospitalIds(loaded);
        var patient = ids.Patients[3];
        const string query = """
            query($source: String!, $id: ID!) {
              bySource: patientBySourceId(sourceId: $source) { id sourceId samples { id sourceId } }
              byId: patient(id: $id) { sourceId }
              unknown: patientBySourceId(sourceId: "NOBODY") { id }
            }
            """;
        var request = new GraphQLRequest
        {
            Query = query,
            Variables = new GraphQL.Inputs(new Dictionary<string, object?> { ["source"] = patient, ["id"] = TestPseudonyms.Patient(patient) }),
        };

        var clinician = await loaded.Runner.ExecuteAsync(request, Roles.Caller("doctor", Roles.Clinician, Roles.ApiKeyScheme));
        var biostatistician = await loaded.Runner.ExecuteAsync(request, Roles.Caller("analyst", Roles.Biostatistician, Roles.ApiKeyScheme));

        Assert.False(clinician.HasErrors, clinician.Json);
        var data = JsonDocument.Parse(clinician.Json).RootElement.GetProperty("data");
        Assert.Equal((TestPseudonyms.Patient(patient), patient),
            (data.GetProperty("bySource").GetProperty("id").GetString(), data.GetProperty("bySource").GetProperty("sourceId").GetString()));
        var samples = data.GetProperty("bySource").GetProperty("samples").EnumerateArray().ToList();
        Assert.NotEmpty(samples);
        Assert.All(samples, s => Assert.Equal(TestPseudonyms.Sample(s.GetProperty("sourceId").GetString()!), s.GetProperty("id").GetString()));
        Assert.All(samples, s => Assert.StartsWith(patient, s.GetProperty("sourceId").GetString(), StringComparison.Ordinal));
        Assert.Equal(patient, data.GetProperty("byId").GetProperty("sourceId").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("unknown").ValueKind);
        Assert.Equal(3, CountForbidden(biostatistician.Json));
        Assert.DoesNotContain(patient, biostatistician.Json, StringComparison.Ordinal);
    }

    private sealed record Ids(IReadOnlyList<string> Patients, IReadOnlyList<string> All);

    /// <summary>The ids of the demo's input files: patients.csv, samples.csv, model_responses.csv.</summary>
    private static Ids HospitalIds(LoadedDemo loaded)
    {
        var patients = Clinical.ClinicalFiles.ReadPatients(loaded.File("patients.csv")).Select(p => p.PatientId).ToList();
        var samples = Clinical.ClinicalFiles.ReadSamples(loaded.File("samples.csv")).Select(s => s.SampleId);
        var models = Clinical.ClinicalFiles.ReadModelResponses(loaded.File("model_responses.csv")).Select(m => m.ModelId);
        Assert.NotEmpty(patients);
        return new Ids(patients, patients.Concat(samples).Concat(models).Distinct(StringComparer.Ordinal).ToList());
    }

    private static List<string?> ErrorCodes(string json) =>
        JsonDocument.Parse(json).RootElement.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray().Select(e => e.TryGetProperty("extensions", out var x) ? x.GetProperty("code").GetString() : e.GetProperty("message").GetString()).ToList()
            : [];

    private static int CountForbidden(string json) => ErrorCodes(json).Count(c => c == "FORBIDDEN");

    /// <summary>
    /// A field with every field below it selected, to the depth the API allows, each object type once per path;
    /// required arguments get a value by name (an id, a hospital id, an endpoint), optional ones their defaults.
    /// </summary>
    private static string Selection(FieldType field, HashSet<IGraphType> path, string pseudonym, string hospitalId)
    {
        var text = new StringBuilder(field.Name);
        var required = field.Arguments?.Where(a => a.ResolvedType is NonNullGraphType && a.DefaultValue is null).ToList() ?? [];
        if (required.Count > 0)
            text.Append('(').AppendJoin(", ", required.Select(a => $"{a.Name}: {ArgumentValue(a, pseudonym, hospitalId)}")).Append(')');
        if (Unwrap(field.ResolvedType!) is IComplexGraphType complex)
        {
            if (path.Count >= 5 || !path.Add(complex))
                return "";
            var children = complex.Fields.Select(f => Selection(f, path, pseudonym, hospitalId)).Where(s => s.Length > 0).ToList();
            path.Remove(complex);
            if (children.Count == 0)
                return "";
            text.Append(" { ").AppendJoin(' ', children).Append(" }");
        }
        return text.ToString();
    }

    private static string ArgumentValue(QueryArgument argument, string pseudonym, string hospitalId) => argument.Name switch
    {
        "id" => $"\"{pseudonym}\"",
        "sourceId" => $"\"{hospitalId}\"",
        "endpoint" => "OS",
        _ => throw new InvalidOperationException($"no value for the required argument {argument.Name}: add one to the walk"),
    };

    private static IGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType n => Unwrap(n.ResolvedType!),
        ListGraphType l => Unwrap(l.ResolvedType!),
        _ => type,
    };
}
