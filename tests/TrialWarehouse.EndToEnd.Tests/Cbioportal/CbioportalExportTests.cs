using TrialWarehouse.Demo;
using TrialWarehouse.Export;
using TrialWarehouse.Export.Cbioportal;
using TrialWarehouse.Genomics.Maf;
using TrialWarehouse.Ingestion;
using TrialWarehouse.Testing;
using TrialWarehouse.Warehouse;
using TrialWarehouse.Warehouse.Loading;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.EndToEnd.Tests.Cbioportal;

public class CbioportalExportTests
{
    public static TheoryData<string> Engines => TestEngines.All;

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task DemoCohortExport_IsAcceptedByTheValidator_AndItsMafHoldsTheWarehousesCalls(string engine)
    {
        var (warehouse, demo) = await DemoWarehouseAsync(engine);
        string folder = TestEngines.TempDirectory();

        var export = await CbioportalStudy.WriteAsync(new WarehouseReader(warehouse), folder, new CbioportalStudyOptions { StudyId = "permed_demo" });

        Assert.Empty(CbioportalValidator.Validate(folder));
        Assert.Equal(demo.Patients, export.Patients);
        Assert.Contains("case_lists/cases_sequenced.txt", export.Files);
        Assert.Contains("data_timeline_treatment.txt", export.Files);
        var cohort = await Cohort.ReadAsync(new WarehouseReader(warehouse), new PatientFilter());
        var fromMaf = MafReader.Read(Path.Combine(folder, "data_mutations_extended.txt")).SelectMany(s => s.Calls).ToList();
        Assert.Equal(cohort.VariantCalls().ToList(), fromMaf);
        Assert.Equal(export.Mutations, fromMaf.Count);
        Assert.NotEmpty(fromMaf);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task ToMafOfADemoVcf_PassesTheSameMutationRules(string engine)
    {
        var (warehouse, demo) = await DemoWarehouseAsync(engine);
        string folder = TestEngines.TempDirectory();
        await CbioportalStudy.WriteAsync(new WarehouseReader(warehouse), folder, new CbioportalStudyOptions());
        string vcf = demo.Files.First(f => f.EndsWith(".vcf", StringComparison.Ordinal));

        // The export's MAF replaced by what vcf to-maf writes for one of the demo's VCFs: the study's rules still hold.
        // The study names the VCF's sample by its pseudonym.
        VcfToMaf.Convert(Path.Combine(demo.OutputDirectory, vcf), Path.Combine(folder, "data_mutations_extended.txt"),
            VcfToMafOptions.Default with { TumorId = TestPseudonyms.Sample(Path.GetFileNameWithoutExtension(vcf)) });

        Assert.Empty(CbioportalValidator.Validate(folder));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Validator_RejectsWhatCbioportalRejects(string engine)
    {
        var (warehouse, _) = await DemoWarehouseAsync(engine);
        string folder = TestEngines.TempDirectory();
        await CbioportalStudy.WriteAsync(new WarehouseReader(warehouse), folder, new CbioportalStudyOptions());
        string sampleFile = Path.Combine(folder, "data_clinical_sample.txt");
        var lines = File.ReadAllLines(sampleFile).ToList();
        string dropped = lines[5].Split('\t')[1];
        lines.RemoveAt(5);
        File.WriteAllLines(sampleFile, lines);
        File.AppendAllText(Path.Combine(folder, "meta_study.txt"), "reference_genome: GRCh38\n");

        var errors = CbioportalValidator.Validate(folder);

        Assert.Contains(errors, e => e.Contains($"sample {dropped} is not in the sample file", StringComparison.Ordinal));
        Assert.Contains("meta_study.txt: reference_genome given twice", errors);
    }

    private static async Task<(Warehouse.Warehouse, DemoSummary)> DemoWarehouseAsync(string engine)
    {
        var warehouse = Warehouse.Warehouse.Create(TestEngines.Fresh(engine));
        await Migrator.MigrateAsync(warehouse);
        var demo = DemoCohort.Write(TestEngines.TempDirectory(), patients: 8, seed: 11);
        var report = await new Ingestor(new WarehouseLoader(warehouse, TimeProvider.System, TestPseudonyms.Instance)).IngestAsync([demo.OutputDirectory]);
        Assert.Equal(0, report.Rejected);
        return (warehouse, demo);
    }
}
