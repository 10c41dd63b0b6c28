using System.Text.Json;
using GraphQL.Transport;
using Microsoft.Extensions.DependencyInjection;
using TrialWarehouse.Api;
using TrialWarehouse.Demo;
using TrialWarehouse.Ingestion;
using TrialWarehouse.Reports;
using TrialWarehouse.Testing;
using TrialWarehouse.Warehouse;
using TrialWarehouse.Warehouse.Loading;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>The walking skeleton on each engine: demo files → ingestion → GraphQL → PDF.</summary>
public class PipelineTests
{
    public static TheoryData<string> Engines => TestEngines.All;

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task DemoCohort_LoadsCompletely_AndAnswersGraphQLAndReports(string engine)
    {
        var warehouse = Warehouse.Warehouse.Create(TestEngines.Fresh(engine));
        await Migrator.MigrateAsync(warehouse);
        var demo = DemoCohort.Write(TestEngines.TempDirectory(), patients: 12, seed: 3);
        var ingestor = new Ingestor(new WarehouseLoader(warehouse, TimeProvider.System, TestPseudonyms.Instance));

        var report = await ingestor.IngestAsync([demo.OutputDirectory]);

        Assert.True(report.Rejected == 0, string.Join(Environment.NewLine, report.Files.Where(f => f.Outcome == FileOutcome.Rejected).Select(f => f.Describe())));
        Assert.Equal(demo.Files.Count, report.Loaded);

        await using var services = new ServiceCollection().AddSingleton(warehouse).AddTrialWarehouseGraphQL().BuildServiceProvider();
        var response = await services.GetRequiredService<GraphQLRunner>().ExecuteAsync(new GraphQLRequest
        {
            Query = "{ patients(first: 100) { totalCount edges { node { id samples { mutations { gene hgvsp vaf } } therapyLines { matched } } } } }",
        });
        Assert.False(response.HasErrors, response.Json);
        using var json = JsonDocument.Parse(response.Json);
        var patients = json.RootElement.GetProperty("data").GetProperty("patients");
        Assert.Equal(12, patients.GetProperty("totalCount").GetInt32());
        var mutations = patients.GetProperty("edges").EnumerateArray()
            .SelectMany(e => e.GetProperty("node").GetProperty("samples").EnumerateArray())
            .SelectMany(s => s.GetProperty("mutations").EnumerateArray())
            .Count();
        Assert.Equal(AltAlleles(demo), mutations);

        var firstId = patients.GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString()!;
        var tumorBoard = await ReportData.LoadAsync(new WarehouseReader(warehouse), firstId, ReportSettings.Default, new DateOnly(2025, 7, 1));
        var pdf = ReportRenderer.Render(tumorBoard!);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task IngestingTheSameDeliveryTwice_ChangesNothing(string engine)
    {
        var warehouse = Warehouse.Warehouse.Create(TestEngines.Fresh(engine));
        await Migrator.MigrateAsync(warehouse);
        var demo = DemoCohort.Write(TestEngines.TempDirectory(), patients: 4, seed: 5);
        var ingestor = new Ingestor(new WarehouseLoader(warehouse, TimeProvider.System, TestPseudonyms.Instance));
        await ingestor.IngestAsync([demo.OutputDirectory]);
        var reader = new WarehouseReader(warehouse);
        var keys = (await reader.PatientsAsync(new PatientFilter(), null, 100)).Select(p => p.PatientKey).ToArray();
        var samples = (await reader.SamplesAsync(keys)).Select(s => s.SampleKey).ToArray();
        var before = (await reader.MutationsAsync(samples)).Count;

        var again = await ingestor.IngestAsync([demo.OutputDirectory]);

        Assert.Equal(demo.Files.Count, again.Unchanged);
        Assert.Equal(before, (await reader.MutationsAsync(samples)).Count);
    }

    /// <summary>Every ALT allele of every VCF record becomes one mutation (multi-allelic records are split).</summary>
    private static int AltAlleles(DemoSummary demo) =>
        demo.Files.Where(f => f.EndsWith(".vcf", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(Path.Combine(demo.OutputDirectory, f)))
            .Where(l => !l.StartsWith('#'))
            .Sum(l => l.Split('\t')[4].Split(',').Length);
}
