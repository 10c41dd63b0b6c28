using TrialWarehouse.Domain;
using TrialWarehouse.Testing;
using TrialWarehouse.Warehouse.Loading;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Warehouse.Tests;

/// <summary>One suite, every engine: the same files must give the same warehouse on DuckDB, PostgreSQL and SQL Server.</summary>
public class LoaderTests
{
    private static readonly DateOnly Day = new(2021, 5, 2);

    public static TheoryData<string> Engines => TestEngines.All;

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Migrate_IsIdempotent_AndLeavesNothingPending(string engine)
    {
        var warehouse = Warehouse.Create(TestEngines.Fresh(engine));

        var first = await Migrator.MigrateAsync(warehouse);
        var second = await Migrator.MigrateAsync(warehouse);

        Assert.NotEmpty(first);
        Assert.Empty(second);
        Assert.Empty(await Migrator.PendingAsync(warehouse));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task LoadedFiles_ReadBackThroughTheStarSchema(string engine)
    {
        var (warehouse, loader) = await FreshAsync(engine);
        await LoadPatientAndSampleAsync(loader);

        var result = await loader.LoadVariantCallsAsync(File("PT1-T1.vcf", "v1"), Calls(("PIK3CA", 179234297, "A", "G", "p.H1047R")));
        await loader.LoadCopyNumbersAsync(File("PT1-T1.cna.tsv", "c1"), [new CopyNumberCall("PT1-T1", "ERBB2", 2, 2.3, 18)]);
        await loader.LoadTherapyLinesAsync(File("therapy_lines.csv", "t1"), [Line(1, matched: false), Line(2, matched: true)]);

        var reader = new WarehouseReader(warehouse);
        var patient = await reader.PatientAsync("PT1");
        Assert.NotNull(patient);
        Assert.Equal(new DateOnly(2019, 3, 14), patient.DiagnosisDate);
        var samples = await reader.SamplesAsync([patient.PatientKey]);
        var mutation = Assert.Single(await reader.MutationsAsync([samples[0].SampleKey]));
        Assert.Equal(("PIK3CA", "p.H1047R", 0.25, 200), (mutation.Gene, mutation.HgvsP, mutation.Vaf, mutation.Depth));
        Assert.Equal(2, Assert.Single(await reader.CopyNumbersAsync([samples[0].SampleKey])).State);
        var lines = await reader.TherapyLinesAsync([patient.PatientKey]);
        Assert.Equal([false, true], lines.Select(l => l.Matched));
        Assert.Null(lines[1].EndDate);
        Assert.Equal(LoadOutcome.Loaded, result.Outcome);
        Assert.Equal(1, await reader.CountPatientsAsync(new PatientFilter(Gene: "ERBB2")));
        Assert.Equal(0, await reader.CountPatientsAsync(new PatientFilter(Gene: "KRAS")));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task LoadingTheSameContentTwice_LoadsItOnce(string engine)
    {
        var (warehouse, loader) = await FreshAsync(engine);
        await LoadPatientAndSampleAsync(loader);
        var file = File("PT1-T1.vcf", "same");

        await loader.LoadVariantCallsAsync(file, Calls(("KRAS", 25245350, "C", "T", "p.G12D")));
        var again = await loader.LoadVariantCallsAsync(file, Calls(("KRAS", 25245350, "C", "T", "p.G12D")));

        Assert.Equal(LoadOutcome.AlreadyLoaded, again.Outcome);
        Assert.Single(await new WarehouseReader(warehouse).MutationsAsync([StableKey.Sample("PT1-T1")]));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task ChangedRedelivery_ReplacesTheCallsOfItsSample(string engine)
    {
        var (warehouse, loader) = await FreshAsync(engine);
        await LoadPatientAndSampleAsync(loader);

        await loader.LoadVariantCallsAsync(File("PT1-T1.vcf", "first"), Calls(("KRAS", 25245350, "C", "T", "p.G12D")));
        var second = await loader.LoadVariantCallsAsync(File("PT1-T1.vcf", "second"), Calls(("BRAF", 140753336, "A", "T", "p.V600E")));

        var mutation = Assert.Single(await new WarehouseReader(warehouse).MutationsAsync([StableKey.Sample("PT1-T1")]));
        Assert.Equal("BRAF", mutation.Gene);
        Assert.Equal("PT1-T1.vcf", second.Superseded);
        var ledger = await new WarehouseReader(warehouse).SourceFilesAsync();
        Assert.Contains(ledger, f => f.ContentHash == "first" && f.Status == FileStatus.Superseded);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task RejectedFile_LoadsNothing_AndKeepsWhatWasThere(string engine)
    {
        var (warehouse, loader) = await FreshAsync(engine);
        await LoadPatientAndSampleAsync(loader);
        var reader = new WarehouseReader(warehouse);
        var before = await reader.SourceFilesAsync();

        var error = await Assert.ThrowsAsync<InputRejectedException>(() => loader.LoadTherapyLinesAsync(
            File("therapy_lines.csv", "bad"), [Line(1, matched: false), Line(1, matched: false) with { PatientId = "NOBODY" }]));

        Assert.Contains("NOBODY", error.Message);
        Assert.Contains("therapy_lines.csv", error.Message);
        Assert.Equal(before.Count, (await reader.SourceFilesAsync()).Count);
        Assert.Empty(await reader.TherapyLinesAsync([StableKey.Patient("PT1")]));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task VcfOfAnotherBuild_IsRejected(string engine)
    {
        var (_, loader) = await FreshAsync(engine);
        await LoadPatientAndSampleAsync(loader);

        var calls = Calls(("KRAS", 25398284, "C", "T", "p.G12D")) with { GenomeBuild = "GRCh37" };
        var error = await Assert.ThrowsAsync<InputRejectedException>(() => loader.LoadVariantCallsAsync(File("PT1-T1.vcf", "b37"), calls));

        Assert.Contains("GRCh38", error.Message);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Withdraw_RemovesWhatTheFileContributed_AndKeepsItsLedgerRow(string engine)
    {
        var (warehouse, loader) = await FreshAsync(engine);
        await LoadPatientAndSampleAsync(loader);
        await loader.LoadVariantCallsAsync(File("PT1-T1.vcf", "v"), Calls(("KRAS", 25245350, "C", "T", "p.G12D")));
        await loader.LoadTherapyLinesAsync(File("therapy_lines.csv", "t"), [Line(1, matched: false)]);
        var reader = new WarehouseReader(warehouse);

        var withdrawn = await loader.WithdrawAsync("PT1-T1.vcf");
        var nothing = await loader.WithdrawAsync("no-such-file.vcf");

        Assert.Single(withdrawn);
        Assert.Empty(nothing);
        Assert.Empty(await reader.MutationsAsync([StableKey.Sample("PT1-T1")]));
        Assert.Single(await reader.TherapyLinesAsync([StableKey.Patient("PT1")]));
        Assert.Contains(await reader.SourceFilesAsync(), f => f.ContentHash == "v" && f.Status == FileStatus.Withdrawn);
        // The sample is still referred to by nothing but its own file: withdrawing samples.csv removes it, not the patient (therapy lines refer to it).
        await loader.WithdrawAsync("s");
        Assert.Empty(await reader.SamplesAsync([StableKey.Patient("PT1")]));
        Assert.NotNull(await reader.PatientAsync("PT1"));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task WithdrawnFile_CanBeDeliveredAgain(string engine)
    {
        var (warehouse, loader) = await FreshAsync(engine);
        await LoadPatientAndSampleAsync(loader);
        var file = File("PT1-T1.vcf", "again");
        await loader.LoadVariantCallsAsync(file, Calls(("KRAS", 25245350, "C", "T", "p.G12D")));
        await loader.WithdrawAsync("again");

        var reloaded = await loader.LoadVariantCallsAsync(file, Calls(("KRAS", 25245350, "C", "T", "p.G12D")));

        Assert.Equal(LoadOutcome.Loaded, reloaded.Outcome);
        Assert.Single(await new WarehouseReader(warehouse).MutationsAsync([StableKey.Sample("PT1-T1")]));
    }

    private static async Task<(Warehouse, WarehouseLoader)> FreshAsync(string engine)
    {
        var warehouse = Warehouse.Create(TestEngines.Fresh(engine));
        await Migrator.MigrateAsync(warehouse);
        return (warehouse, new WarehouseLoader(warehouse, TimeProvider.System));
    }

    private static async Task LoadPatientAndSampleAsync(WarehouseLoader loader)
    {
        await loader.LoadPatientsAsync(File("patients.csv", "p"), [new Patient("PT1", "F", 1961, "BRCA", new DateOnly(2019, 3, 14), "Marseille", null)]);
        await loader.LoadSamplesAsync(File("samples.csv", "s"), [new Sample("PT1-T1", "PT1", Day, "liver metastasis", 60, "NGS-802", "GRCh38")]);
    }

    private static SourceFile File(string name, string hash) => new(name, hash, Path.GetExtension(name), "test");

    private static SomaticCalls Calls(params (string Gene, long Pos, string Ref, string Alt, string HgvsP)[] variants) =>
        new("PT1-T1", "PT1-N", "GRCh38", variants.Select(v => new VariantCall("PT1-T1", "GRCh38", "chr1", v.Pos, v.Ref, v.Alt, v.Gene,
            "missense_variant", "ENST0001", "c.1A>G", v.HgvsP, 0.25, 200, 50, "PASS")).ToList());

    private static TherapyLine Line(int number, bool matched) =>
        new("PT1", number, "Regimen " + number, ["drug" + number], Day.AddDays(number * 100), matched ? null : Day.AddDays(number * 100 + 90),
            matched ? null : "progression", "SD", matched ? null : Day.AddDays(number * 100 + 90), matched, matched ? "PIK3CA p.H1047R" : null);
}
