using TrialWarehouse.Actionability;
using TrialWarehouse.Demo;
using TrialWarehouse.Ingestion;
using TrialWarehouse.Testing;
using TrialWarehouse.Warehouse;
using TrialWarehouse.Warehouse.Loading;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>A structural-variant VCF lands as gene-pair fusions in fact_fusion, is annotated, and can be withdrawn.</summary>
public class FusionTests
{
    public static TheoryData<string> Engines => TestEngines.All;

    // TPM3-NTRK1 as a breakend pair (VCF 4.3 section 5.4 notation), Manta-style read support.
    internal static string SvVcf(string sampleId) => string.Join('\n',
        "##fileformat=VCFv4.3",
        "##reference=GRCh38",
        "##INFO=<ID=SVTYPE,Number=1,Type=String,Description=\"Type of structural variant\">",
        "##INFO=<ID=MATEID,Number=.,Type=String,Description=\"ID of mate breakends\">",
        "##FORMAT=<ID=PR,Number=.,Type=Integer,Description=\"Spanning paired-read support for the ref and alt alleles\">",
        "##FORMAT=<ID=SR,Number=.,Type=Integer,Description=\"Split reads for the ref and alt alleles\">",
        $"#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t{sampleId}",
        "chr1\t154170000\tbnd1\tG\t[chr1:156844000[G\t.\tPASS\tSVTYPE=BND;MATEID=bnd2\tPR:SR\t10,6:12,9",
        "chr1\t156844000\tbnd2\tC\t[chr1:154170000[C\t.\tPASS\tSVTYPE=BND;MATEID=bnd1\tPR:SR\t10,6:12,9",
        "");

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Ntrk1Fusion_InAnyTumor_GetsTheTumorAgnosticTier_AndWithdrawRemovesIt(string engine)
    {
        var warehouse = Warehouse.Warehouse.Create(TestEngines.Fresh(engine));
        await Migrator.MigrateAsync(warehouse);
        var demo = DemoCohort.Write(TestEngines.TempDirectory(), patients: 3, seed: 11);
        var loader = new WarehouseLoader(warehouse, TimeProvider.System, TestPseudonyms.Instance);
        var ingestor = new Ingestor(loader);
        Assert.Equal(0, (await ingestor.IngestAsync([demo.OutputDirectory])).Rejected);
        string sampleId = File.ReadLines(Path.Combine(demo.OutputDirectory, "samples.csv")).Skip(1).First().Split(',')[0];
        string path = Path.Combine(TestEngines.TempDirectory(), $"{sampleId}.sv.vcf");
        await File.WriteAllTextAsync(path, SvVcf(sampleId));
        var reader = new WarehouseReader(warehouse);
        var sampleKey = TestPseudonyms.SampleKey(sampleId);

        var file = Assert.Single((await ingestor.IngestAsync([path])).Files);

        Assert.Equal((FileOutcome.Loaded, FileKind.Fusions, 1L), (file.Outcome, file.Kind, file.Rows));
        var fusion = Assert.Single(await reader.FusionsAsync([sampleKey]));
        Assert.Equal(("TPM3", "NTRK1", "chr1", 154170000L, "chr1", 156844000L, (int?)15),
            (fusion.Gene5, fusion.Gene3, fusion.Chrom5, fusion.Position5, fusion.Chrom3, fusion.Position3, fusion.SupportingReads));

        var annotation = new ActionabilityAnnotation(reader, new KnowledgeBaseStore(warehouse, TimeProvider.System));
        await annotation.AnnotateAsync(KnowledgeBaseFile.Default);
        var version = Assert.Single(await reader.KnowledgeBasesAsync());
        var matches = await reader.ActionableMatchesAsync([sampleKey], version.KbVersionKey);
        var ntrk = Assert.Single(matches, m => m.AlterationKind == "Fusion" && m.IsBest);
        Assert.Equal(("TPM3", "fusion with NTRK1", "I-C", "*"), (ntrk.Gene, ntrk.Alteration, ntrk.Escat, ntrk.RuleTumorType));

        await loader.WithdrawAsync(Path.GetFileName(path));

        Assert.Empty(await reader.FusionsAsync([sampleKey]));
    }
}
