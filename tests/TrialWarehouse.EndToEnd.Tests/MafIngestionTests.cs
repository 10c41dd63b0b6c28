using TrialWarehouse.Demo;
using TrialWarehouse.Genomics.Maf;
using TrialWarehouse.Ingestion;
using TrialWarehouse.Testing;
using TrialWarehouse.Warehouse;
using TrialWarehouse.Warehouse.Loading;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>A MAF written by <c>vcf to-maf</c> is a delivery like its VCF: the warehouse holds the same calls from either.</summary>
public class MafIngestionTests
{
    public static TheoryData<string> Engines => TestEngines.All;

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task MafFromToMaf_LoadsTheSameCallsAsItsVcf(string engine)
    {
        var demo = DemoCohort.Write(TestEngines.TempDirectory(), patients: 6, seed: 7);
        string mafDelivery = TestEngines.TempDirectory();
        foreach (string file in demo.Files.Select(f => Path.Combine(demo.OutputDirectory, f)))
        {
            string name = Path.GetFileName(file);
            if (name.EndsWith(".vcf", StringComparison.Ordinal) || name.EndsWith(".vcf.gz", StringComparison.Ordinal))
                VcfToMaf.Convert(file, Path.Combine(mafDelivery, name[..name.IndexOf(".vcf", StringComparison.Ordinal)] + ".maf"), VcfToMafOptions.Default);
            else
                File.Copy(file, Path.Combine(mafDelivery, name));
        }

        var fromVcf = await LoadAsync(engine, demo.OutputDirectory);
        var fromMaf = await LoadAsync(engine, mafDelivery);

        Assert.NotEmpty(fromVcf);
        Assert.Equal(fromVcf, fromMaf);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task BadMaf_IsRejectedWithItsLineAndLoadsNothing(string engine)
    {
        var demo = DemoCohort.Write(TestEngines.TempDirectory(), patients: 2, seed: 7);
        var files = demo.Files.Select(f => Path.Combine(demo.OutputDirectory, f)).ToList();
        string vcf = files.First(f => f.EndsWith(".vcf", StringComparison.Ordinal));
        string maf = Path.Combine(TestEngines.TempDirectory(), "data_mutations_extended.txt");
        VcfToMaf.Convert(vcf, maf, VcfToMafOptions.Default);
        var lines = File.ReadAllLines(maf);
        var cells = lines[3].Split('\t');
        cells[Array.IndexOf(MafColumns.All, "Start_Position")] = "12x";
        lines[3] = string.Join('\t', cells);
        File.WriteAllLines(maf, lines);
        var warehouse = Warehouse.Warehouse.Create(TestEngines.Fresh(engine));
        await Migrator.MigrateAsync(warehouse);
        var ingestor = new Ingestor(new WarehouseLoader(warehouse, TimeProvider.System, TestPseudonyms.Instance));

        var report = await ingestor.IngestAsync([.. files.Where(f => !f.EndsWith(".vcf", StringComparison.Ordinal)), maf]);

        var rejected = Assert.Single(report.Files, f => f.Outcome == FileOutcome.Rejected);
        Assert.Equal(FileKind.Mutations, rejected.Kind);
        Assert.Equal("data_mutations_extended.txt:4: Start_Position: '12x' is not a position (a whole number from 1)", rejected.Errors[0].ToString());
        Assert.Empty(await MutationsAsync(warehouse));
    }

    private static async Task<List<MutationRow>> LoadAsync(string engine, string delivery)
    {
        var warehouse = Warehouse.Warehouse.Create(TestEngines.Fresh(engine));
        await Migrator.MigrateAsync(warehouse);
        var report = await new Ingestor(new WarehouseLoader(warehouse, TimeProvider.System, TestPseudonyms.Instance)).IngestAsync([delivery]);
        Assert.True(report.Rejected == 0, string.Join(Environment.NewLine, report.Files.Where(f => f.Outcome == FileOutcome.Rejected).Select(f => f.Describe())));
        return await MutationsAsync(warehouse);
    }

    private static async Task<List<MutationRow>> MutationsAsync(Warehouse.Warehouse warehouse)
    {
        var reader = new WarehouseReader(warehouse);
        var patients = (await reader.PatientsAsync(new PatientFilter(), null, 100)).Select(p => p.PatientKey).ToArray();
        var samples = (await reader.SamplesAsync(patients)).Select(s => s.SampleKey).ToArray();
        return [.. await reader.MutationsAsync(samples)];
    }
}
