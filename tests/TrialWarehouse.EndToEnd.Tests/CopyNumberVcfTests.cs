using TrialWarehouse.Demo;
using TrialWarehouse.Ingestion;
using TrialWarehouse.Testing;
using TrialWarehouse.Warehouse;
using TrialWarehouse.Warehouse.Loading;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>A CNV VCF delivered with the clinical files lands as gene-level calls in fact_copy_number, and leaves again.</summary>
public class CopyNumberVcfTests
{
    public static TheoryData<string> Engines => TestEngines.All;

    private static string CnvVcf(string sampleId, string build) => string.Join('\n',
        "##fileformat=VCFv4.3",
        $"##reference={build}",
        "##ALT=<ID=DEL,Description=\"Deletion\">",
        "##ALT=<ID=DUP,Description=\"Duplication\">",
        "##INFO=<ID=SVTYPE,Number=1,Type=String,Description=\"Type of structural variant\">",
        "##INFO=<ID=END,Number=1,Type=Integer,Description=\"End position of the variant described in this record\">",
        "##FORMAT=<ID=CN,Number=1,Type=Integer,Description=\"Copy number genotype for imprecise events\">",
        $"#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t{sampleId}",
        "chr17\t39600000\t.\tN\t<DUP>\t.\tPASS\tSVTYPE=DUP;END=39800000\tCN\t14",
        "chr10\t87800000\t.\tN\t<DEL>\t.\tPASS\tSVTYPE=DEL;END=88000000\tCN\t0",
        "") ;

    private static async Task<(Warehouse.Warehouse Warehouse, Ingestor Ingestor, DemoSummary Demo, string SampleId)> DemoAsync(string engine)
    {
        var warehouse = Warehouse.Warehouse.Create(TestEngines.Fresh(engine));
        await Migrator.MigrateAsync(warehouse);
        var demo = DemoCohort.Write(TestEngines.TempDirectory(), patients: 3, seed: 11);
        var ingestor = new Ingestor(new WarehouseLoader(warehouse, TimeProvider.System, TestPseudonyms.Instance));
        Assert.Equal(0, (await ingestor.IngestAsync([demo.OutputDirectory])).Rejected);
        string sampleId = File.ReadLines(Path.Combine(demo.OutputDirectory, "samples.csv")).Skip(1).First().Split(',')[0];
        return (warehouse, ingestor, demo, sampleId);
    }

    private static async Task<IReadOnlyList<CopyNumberRow>> CopyNumbersAsync(Warehouse.Warehouse warehouse)
    {
        var reader = new WarehouseReader(warehouse);
        var patients = (await reader.PatientsAsync(new PatientFilter(), null, 100)).Select(p => p.PatientKey).ToArray();
        var samples = (await reader.SamplesAsync(patients)).Select(s => s.SampleKey).ToArray();
        return await reader.CopyNumbersAsync(samples);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Ingest_CnvVcf_ReplacesTheSamplesCopyNumber_AndWithdrawRemovesIt(string engine)
    {
        var (warehouse, ingestor, _, sampleId) = await DemoAsync(engine);
        string path = Path.Combine(TestEngines.TempDirectory(), $"{sampleId}.cnv.vcf");
        await File.WriteAllTextAsync(path, CnvVcf(sampleId, "GRCh38"));
        var sampleKey = TestPseudonyms.SampleKey(sampleId);

        var report = await ingestor.IngestAsync([path]);

        var file = Assert.Single(report.Files);
        Assert.Equal((FileOutcome.Loaded, FileKind.CopyNumberVcf, 2L), (file.Outcome, file.Kind, file.Rows));
        var calls = (await CopyNumbersAsync(warehouse)).Where(c => c.SampleKey == sampleKey).OrderBy(c => c.Gene, StringComparer.Ordinal);
        Assert.Equal([("ERBB2", 2, (double?)14), ("PTEN", -2, (double?)0)], calls.Select(c => (c.Gene, c.State, c.CopyNumber)));

        await new WarehouseLoader(warehouse, TimeProvider.System, TestPseudonyms.Instance).WithdrawAsync(Path.GetFileName(path));

        Assert.DoesNotContain(await CopyNumbersAsync(warehouse), c => c.SampleKey == sampleKey);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Ingest_CnvVcfOnAnotherBuildThanTheSample_IsRejected_AndLoadsNothing(string engine)
    {
        var (warehouse, ingestor, _, sampleId) = await DemoAsync(engine);
        var before = await CopyNumbersAsync(warehouse);
        string path = Path.Combine(TestEngines.TempDirectory(), $"{sampleId}.cnv.vcf");
        // Shipped table has GRCh38 rows only, so a GRCh37 file is refused by the reader before the warehouse is touched.
        await File.WriteAllTextAsync(path, CnvVcf(sampleId, "GRCh37"));

        var report = await ingestor.IngestAsync([path]);

        var file = Assert.Single(report.Files);
        Assert.Equal(FileOutcome.Rejected, file.Outcome);
        Assert.Contains(file.Errors, e => e.Field == "reference" && e.Line == 8);
        Assert.Equal(before.Count, (await CopyNumbersAsync(warehouse)).Count);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Ingest_CnvVcfOfAnUnknownSample_IsRejected(string engine)
    {
        var (_, ingestor, _, _) = await DemoAsync(engine);
        string path = Path.Combine(TestEngines.TempDirectory(), "NOBODY-T1.cnv.vcf");
        await File.WriteAllTextAsync(path, CnvVcf("NOBODY-T1", "GRCh38"));

        var file = Assert.Single((await ingestor.IngestAsync([path])).Files);

        Assert.Equal(FileOutcome.Rejected, file.Outcome);
        Assert.Contains(file.Errors, e => e.Field == "tumor_sample" && e.Message.Contains("NOBODY-T1", StringComparison.Ordinal));
    }
}
