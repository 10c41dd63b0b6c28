using System.Collections.Concurrent;
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

/// <summary>A warehouse per engine holding one 100-patient demo cohort, annotated, shared by the read-only tests of a class.</summary>
public sealed class LoadedDemoCohorts : IDisposable
{
    public const int Patients = 100;

    private readonly ConcurrentDictionary<string, Lazy<Task<LoadedDemo>>> loaded = new(StringComparer.Ordinal);

    public Task<LoadedDemo> GetAsync(string engine) =>
        loaded.GetOrAdd(engine, e => new Lazy<Task<LoadedDemo>>(() => LoadAsync(e))).Value;

    private static async Task<LoadedDemo> LoadAsync(string engine)
    {
        var warehouse = Warehouse.Warehouse.Create(TestEngines.Fresh(engine));
        await Migrator.MigrateAsync(warehouse);
        var demo = DemoCohort.Write(TestEngines.TempDirectory(), Patients, seed: 21);
        Assert.Equal(0, (await new Ingestor(new WarehouseLoader(warehouse, TimeProvider.System, TestPseudonyms.Instance)).IngestAsync([demo.OutputDirectory])).Rejected);
        var annotation = new ActionabilityAnnotation(new WarehouseReader(warehouse), new KnowledgeBaseStore(warehouse, TimeProvider.System));
        await annotation.AnnotateAsync(await annotation.ChooseAsync(null));
        var services = new ServiceCollection().AddSingleton(warehouse).AddTrialWarehouseGraphQL().BuildServiceProvider();
        return new LoadedDemo(warehouse, services, services.GetRequiredService<GraphQLRunner>(), demo);
    }

    public void Dispose()
    {
        foreach (var value in loaded.Values.Where(v => v.IsValueCreated && v.Value.IsCompletedSuccessfully))
            value.Value.Result.Services.Dispose();
    }
}

public sealed record LoadedDemo(Warehouse.Warehouse Warehouse, ServiceProvider Services, GraphQLRunner Runner, DemoSummary Demo)
{
    public string File(string name) => Path.Combine(Demo.OutputDirectory, name);

    public async Task<JsonDocument> RunAsync(string query, Dictionary<string, object?>? variables = null)
    {
        var response = await Runner.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables is null ? null : new GraphQL.Inputs(variables) });
        Assert.False(response.HasErrors, response.Json);
        return JsonDocument.Parse(response.Json);
    }

    public async Task<string> RunWithErrorsAsync(string query)
    {
        var response = await Runner.ExecuteAsync(new GraphQLRequest { Query = query });
        Assert.True(response.HasErrors, response.Json);
        return response.Json;
    }
}
