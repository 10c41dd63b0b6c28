using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using TrialWarehouse.Demo;
using TrialWarehouse.Ingestion;
using TrialWarehouse.Testing;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>
/// Random variables of every JSON shape, against the real endpoint and a loaded warehouse: whatever a caller sends,
/// the server answers with a GraphQL error or a 4xx, never a 500. Fixed seeds, so every run sends the same requests.
/// </summary>
[Collection(ServerFactory.Collection)]
public class GraphQLFuzzTests
{
    private static readonly string[] Queries =
    [
        "query Page($n: Int, $after: String, $filter: PatientFilter) { patients(first: $n, after: $after, filter: $filter) { totalCount pageInfo { endCursor } edges { node { id samples { mutations { gene vaf } } therapyLines { pfsRatio } } } } }",
        "query One($id: ID!) { patient(id: $id) { id tumorType samples { id actionableAlterations { gene escatTier } } } }",
        "query Summary($filter: PatientFilter, $kb: String) { trialSummary(filter: $filter, kbVersion: $kb) { enrolled actionable { count lower upper } kbVersion } }",
        "query Frequencies($filter: PatientFilter) { alterationFrequencies(filter: $filter) { gene alterationClass } }",
    ];

    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String, Gen.String.AlphaNumeric, Gen.Const(""), Gen.Const("PT0001"), Gen.Const("BRCA"), Gen.Const("PIK3CA"),
        Gen.Const("bm90IGEgY3Vyc29y"), Gen.Const("' OR 1=1 --"), Gen.Const("$n"), Gen.Const("\u0000\uFFFF\uD800"), Gen.Const(new string('x', 5000)));

    private static readonly Gen<JsonNode?> Scalar = Gen.OneOf(
        Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i)),
        Gen.Long.Select(i => (JsonNode?)JsonValue.Create(i)),
        Gen.Double.Where(double.IsFinite).Select(d => (JsonNode?)JsonValue.Create(d)),
        Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        Text.Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.Const(() => (JsonNode?)null));

    private static readonly Gen<JsonNode?> Value = Gen.Recursive<JsonNode?>((depth, value) => depth >= 3 ? Scalar : Gen.Frequency(
        (6, Scalar),
        (1, value.Array[0, 4].Select(a => (JsonNode?)new JsonArray(a))),
        (2, Gen.Select(Gen.OneOf(Gen.Const("tumorType"), Gen.Const("gene"), Gen.String.AlphaNumeric), value).Array[0, 4]
            .Select(fields => (JsonNode?)Object(fields)))));

    private static readonly Gen<(string Query, JsonObject Variables)> Requests = Gen.Select(
        Gen.OneOf(Queries.Select(Gen.Const).ToArray()),
        Gen.Select(Gen.OneOf(Gen.Const("n"), Gen.Const("after"), Gen.Const("filter"), Gen.Const("id"), Gen.Const("kb"), Gen.String.AlphaNumeric), Value).Array[0, 6],
        (query, fields) => (query, Object(fields)));

    [Fact]
    public async Task PostGraphQL_NeverAnswers500_WhateverTheVariables()
    {
        var data = TestEngines.TempDirectory();
        await using var factory = ServerFactory.Create(data, ("Demo:SeedOnFirstStart", "false"), ("Auth:RequestsPerMinute", "100000"));
        using var client = factory.Client(ServerFactory.BiostatisticianKey);
        var demo = DemoCohort.Write(TestEngines.TempDirectory(), 8, seed: 5);
        Assert.Equal(0, (await factory.Services.GetRequiredService<Ingestor>().IngestAsync([demo.OutputDirectory])).Rejected);

        var answered = new Dictionary<HttpStatusCode, int>();
        for (var i = 0; i < 250; i++)
        {
            var pcg = new PCG(7, (ulong)i * 0x9E3779B97F4A7C15UL);
            var seed = pcg.ToString();
            var (query, variables) = Requests.Generate(pcg, null!, out _);
            var body = new JsonObject { ["query"] = query, ["variables"] = variables }.ToJsonString();
            var response = await client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode < 500, $"seed {seed}: {(int)response.StatusCode} for {body}\n{text}");
            Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
            answered[response.StatusCode] = answered.GetValueOrDefault(response.StatusCode) + 1;
        }
        Assert.True(answered.GetValueOrDefault(HttpStatusCode.OK) > 100, "most requests reach the schema: " + string.Join(", ", answered));
    }

    private static JsonObject Object(IEnumerable<(string Name, JsonNode? Value)> fields)
    {
        var result = new JsonObject();
        foreach (var (name, value) in fields)
            result[name] = value?.DeepClone();
        return result;
    }
}
