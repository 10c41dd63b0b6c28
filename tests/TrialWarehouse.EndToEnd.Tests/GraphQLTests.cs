using System.Text.Json;
using GraphQL.Transport;
using Microsoft.Extensions.DependencyInjection;
using TrialWarehouse.Api;
using TrialWarehouse.Demo;
using TrialWarehouse.Ingestion;
using TrialWarehouse.Testing;
using TrialWarehouse.Warehouse;
using TrialWarehouse.Warehouse.Loading;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>The GraphQL API over a loaded demo cohort: every root field, its numbers, and its cost in queries.</summary>
public class GraphQLTests
{
    public static TheoryData<string> Engines => TestEngines.All;

    [Fact]
    public void Schema_MatchesTheCommittedSchemaFile()
    {
        using var services = new ServiceCollection().AddSingleton(Warehouse.Warehouse.Create(new WarehouseOptions()))
            .AddTrialWarehouseGraphQL().BuildServiceProvider();
        var sdl = services.GetRequiredService<GraphQLRunner>().Sdl().ReplaceLineEndings("\n").Trim() + "\n";
        var file = Path.Combine(RepositoryRoot(), "schema.graphql");

        if (Environment.GetEnvironmentVariable("TRIALWAREHOUSE_UPDATE_SCHEMA") == "1")
            File.WriteAllText(file, sdl);

        Assert.True(File.Exists(file), "schema.graphql is missing: run the tests once with TRIALWAREHOUSE_UPDATE_SCHEMA=1");
        Assert.True(sdl == File.ReadAllText(file).ReplaceLineEndings("\n"),
            "the GraphQL schema changed: review the change, then run the tests with TRIALWAREHOUSE_UPDATE_SCHEMA=1 to update schema.graphql");
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task RootFields_AnswerWithTheCohortsNumbers(string engine)
    {
        var (warehouse, runner, demo) = await LoadedAsync(engine, patients: 30);

        using var json = await RunAsync(runner, """
            {
              patients(first: 10) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
              trialSummary { enrolled matchedTherapy { count denominator ci95Low ci95High } completeProfile { count } actionable { count } }
              alterationFrequencies { gene alterationClass patients { count denominator } }
              knowledgeBases { version ruleCount }
            }
            """);
        var data = json.RootElement.GetProperty("data");

        Assert.Equal(30, data.GetProperty("patients").GetProperty("totalCount").GetInt32());
        Assert.True(data.GetProperty("patients").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var summary = data.GetProperty("trialSummary");
        Assert.Equal(30, summary.GetProperty("enrolled").GetInt64());
        Assert.Equal(demo.MatchedLines > 0 ? CountMatchedPatients(demo) : 0, summary.GetProperty("matchedTherapy").GetProperty("count").GetInt64());
        var low = summary.GetProperty("matchedTherapy").GetProperty("ci95Low").GetDouble();
        var high = summary.GetProperty("matchedTherapy").GetProperty("ci95High").GetDouble();
        Assert.True(low >= 0 && low <= high && high <= 1);
        Assert.Equal(demo.ProfiledSamples, summary.GetProperty("completeProfile").GetProperty("count").GetInt64());
        Assert.Equal(KnowledgeBaseFileVersion(), data.GetProperty("knowledgeBases")[0].GetProperty("version").GetString());
        Assert.All(data.GetProperty("alterationFrequencies").EnumerateArray(), f =>
            Assert.InRange(f.GetProperty("patients").GetProperty("count").GetInt64(), 1, f.GetProperty("patients").GetProperty("denominator").GetInt64()));
        _ = warehouse;
    }

    [SkippableFact]
    public async Task DuckDbAndPostgres_GiveTheSameAnswers_RowForRow()
    {
        const string query = """
            {
              patients(first: 100) { totalCount edges { node { id sex birthYear tumorType diagnosisDate
                samples { id collectionDate tumorCellularity genomeBuild
                  mutations { gene chromosome position ref alt consequence hgvsc hgvsp exon vaf depth altCount filter }
                  copyNumberAlterations { gene state log2Ratio copyNumber }
                  actionableAlterations(bestOnly: false) { gene alteration escatTier oncokbLevel evidenceScope best drugs } }
                therapyLines { lineNumber regimen startDate endDate bestResponse matched pfsDays pfsEvent pfsRatio }
                followUp { date kind ecog } } } }
              trialSummary { enrolled completeProfile { count } actionable { count ci95Low ci95High } matchedTherapy { count }
                pfsRatioAtLeast1_3 { count denominator } }
              alterationFrequencies { gene alterationClass patients { count denominator } }
            }
            """;
        var (_, duck, _) = await LoadedAsync("duckdb", patients: 25);
        var (_, postgres, _) = await LoadedAsync("postgres", patients: 25);

        using var fromDuck = await RunAsync(duck, query);
        using var fromPostgres = await RunAsync(postgres, query);

        Assert.Equal(fromDuck.RootElement.GetRawText(), fromPostgres.RootElement.GetRawText());
        Assert.True(fromDuck.RootElement.GetProperty("data").GetProperty("patients").GetProperty("totalCount").GetInt32() == 25);
    }

    private static async Task<(Warehouse.Warehouse, GraphQLRunner, DemoSummary)> LoadedAsync(string engine, int patients)
    {
        var warehouse = Warehouse.Warehouse.Create(TestEngines.Fresh(engine));
        await Migrator.MigrateAsync(warehouse);
        var demo = DemoCohort.Write(TestEngines.TempDirectory(), patients, seed: 21);
        Assert.Equal(0, (await new Ingestor(new WarehouseLoader(warehouse, TimeProvider.System, TestPseudonyms.Instance)).IngestAsync([demo.OutputDirectory])).Rejected);
        var annotation = new ActionabilityAnnotation(new WarehouseReader(warehouse), new KnowledgeBaseStore(warehouse, TimeProvider.System));
        await annotation.AnnotateAsync(await annotation.ChooseAsync(null));
        var services = new ServiceCollection().AddSingleton(warehouse).AddTrialWarehouseGraphQL().BuildServiceProvider();
        return (warehouse, services.GetRequiredService<GraphQLRunner>(), demo);
    }

    private static async Task<JsonDocument> RunAsync(GraphQLRunner runner, string query, Dictionary<string, object?>? variables = null)
    {
        var response = await runner.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables is null ? null : new GraphQL.Inputs(variables) });
        Assert.False(response.HasErrors, response.Json);
        return JsonDocument.Parse(response.Json);
    }

    private static long CountMatchedPatients(DemoSummary demo) =>
        Clinical.ClinicalFiles.ReadTherapyLines(Path.Combine(demo.OutputDirectory, "therapy_lines.csv"))
            .Where(l => l.Matched)
            .Select(l => l.PatientId)
            .Distinct()
            .LongCount();

    private static string KnowledgeBaseFileVersion() => Actionability.KnowledgeBaseFile.Default.Version;

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TrialWarehouse.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("run the tests from within the repository");
    }
}
