using TrialWarehouse.Actionability;
using TrialWarehouse.Demo;
using TrialWarehouse.Domain;
using TrialWarehouse.Ingestion;
using TrialWarehouse.Testing;
using TrialWarehouse.Warehouse;
using TrialWarehouse.Warehouse.Loading;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>Annotation against the warehouse: results per knowledge-base version, and re-annotation after an update.</summary>
public class AnnotationTests
{
    public static TheoryData<string> Engines => TestEngines.All;

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task NewKnowledgeBaseVersion_ReannotatesEverything_AndKeepsTheOldResultsQueryable(string engine)
    {
        var (warehouse, annotation) = await LoadedAsync(engine);
        var reader = new WarehouseReader(warehouse);

        var first = await annotation.AnnotateAsync(KnowledgeBaseFile.Default);
        // The update drops every PIK3CA rule: PIK3CA matches must vanish under the new version only.
        var update = Without(KnowledgeBaseFile.Default, "PIK3CA", "test-2");
        var second = await annotation.AnnotateAsync(update);

        var versions = await reader.KnowledgeBasesAsync();
        Assert.Equal(["test-2", KnowledgeBaseFile.Default.Version], versions.Select(v => v.Version));
        var samples = await AllSampleKeysAsync(reader);
        var old = await reader.ActionableMatchesAsync(samples, versions[1].KbVersionKey);
        var current = await reader.ActionableMatchesAsync(samples, versions[0].KbVersionKey);
        Assert.Equal(first.Matches, old.Count);
        Assert.Equal(second.Matches, current.Count);
        Assert.Contains(old, m => m.Gene == "PIK3CA");
        Assert.DoesNotContain(current, m => m.Gene == "PIK3CA");
        Assert.All(old, m => Assert.Equal(KnowledgeBaseFile.Default.Version, m.KbVersion));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Annotating_Twice_GivesTheSameMatches(string engine)
    {
        var (warehouse, annotation) = await LoadedAsync(engine);

        var first = await annotation.AnnotateAsync(KnowledgeBaseFile.Default);
        var second = await annotation.AnnotateAsync(await annotation.ChooseAsync(null));

        Assert.Equal(first, second);
        Assert.Single(await new WarehouseReader(warehouse).KnowledgeBasesAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task VersionLabelReusedForOtherRules_IsRefused(string engine)
    {
        var (_, annotation) = await LoadedAsync(engine);
        await annotation.AnnotateAsync(KnowledgeBaseFile.Default);

        var error = await Assert.ThrowsAsync<InputRejectedException>(() =>
            annotation.AnnotateAsync(Without(KnowledgeBaseFile.Default, "KRAS", KnowledgeBaseFile.Default.Version)));

        Assert.Contains("new '# version:'", error.Message);
    }

    private static async Task<(Warehouse.Warehouse, ActionabilityAnnotation)> LoadedAsync(string engine)
    {
        var warehouse = Warehouse.Warehouse.Create(TestEngines.Fresh(engine));
        await Migrator.MigrateAsync(warehouse);
        var demo = DemoCohort.Write(TestEngines.TempDirectory(), patients: 40, seed: 11);
        var report = await new Ingestor(new WarehouseLoader(warehouse, TimeProvider.System)).IngestAsync([demo.OutputDirectory]);
        Assert.Equal(0, report.Rejected);
        return (warehouse, new ActionabilityAnnotation(new WarehouseReader(warehouse), new KnowledgeBaseStore(warehouse, TimeProvider.System)));
    }

    private static KnowledgeBase Without(KnowledgeBase kb, string gene, string version) =>
        kb with { Version = version, Rules = kb.Rules.Where(r => r.Gene != gene).ToList() };

    private static async Task<long[]> AllSampleKeysAsync(WarehouseReader reader)
    {
        var patients = await reader.PatientsAsync(new PatientFilter(), null, 100);
        return (await reader.SamplesAsync(patients.Select(p => p.PatientKey).ToArray())).Select(s => s.SampleKey).ToArray();
    }
}
