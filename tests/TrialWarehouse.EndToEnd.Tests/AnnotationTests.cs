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

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task MsiHighAndTmbHighSample_GetsTheTumorAgnosticTier_WhateverItsMutations(string engine)
    {
        // The first sequenced sample of the demo, re-reported by its pipeline as hypermutated and microsatellite-unstable.
        var (warehouse, annotation) = await LoadedAsync(engine, samples => samples.Select((line, i) =>
            i == 1 ? string.Join(',', line.Split(',')[..^2]) + ",25.0,MSI-H" : line));
        var reader = new WarehouseReader(warehouse);

        await annotation.AnnotateAsync(KnowledgeBaseFile.Default);

        var sampleKeys = await AllSampleKeysAsync(reader);
        var kb = (await reader.KnowledgeBasesAsync())[0];
        var signatures = (await reader.ActionableMatchesAsync(sampleKeys, kb.KbVersionKey)).Where(m => m.AlterationKind == "Signature").ToList();
        var samples = await reader.SamplesAsync((await reader.PatientsAsync(new PatientFilter(), null, 100)).Select(p => p.PatientKey).ToArray());
        var unstable = Assert.Single(samples, s => s.MsiStatus == "MSI-H" && s.Tmb == 25.0);
        Assert.Equal(["MSI-H", "TMB-high"], signatures.Where(m => m.SampleKey == unstable.SampleKey).Select(m => m.Alteration).Order(StringComparer.Ordinal));
        Assert.All(signatures.Where(m => m.SampleKey == unstable.SampleKey), m => Assert.Equal(("I-C", true, "pembrolizumab"), (m.Escat, m.IsBest, m.Drugs)));
        // Every other signature match belongs to a sample whose pipeline reported the signature.
        Assert.All(signatures, m => Assert.True(samples.Single(s => s.SampleKey == m.SampleKey) is var s
            && (m.Alteration == "MSI-H" ? s.MsiStatus == "MSI-H" : s.Tmb >= GenomicSignatures.TmbHighThreshold), $"{m.Alteration} on a sample without it"));
    }

    private static async Task<(Warehouse.Warehouse, ActionabilityAnnotation)> LoadedAsync(string engine,
        Func<string[], IEnumerable<string>>? editSamples = null)
    {
        var warehouse = Warehouse.Warehouse.Create(TestEngines.Fresh(engine));
        await Migrator.MigrateAsync(warehouse);
        var demo = DemoCohort.Write(TestEngines.TempDirectory(), patients: 40, seed: 11);
        if (editSamples is not null)
        {
            var path = Path.Combine(demo.OutputDirectory, "samples.csv");
            await File.WriteAllLinesAsync(path, editSamples(File.ReadAllLines(path)));
        }

        var report = await new Ingestor(new WarehouseLoader(warehouse, TimeProvider.System, TestPseudonyms.Instance)).IngestAsync([demo.OutputDirectory]);
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
