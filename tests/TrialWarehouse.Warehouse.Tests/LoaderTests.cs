using TrialWarehouse.Actionability;
using TrialWarehouse.Domain;
using TrialWarehouse.Testing;
using TrialWarehouse.Warehouse.Loading;
using TrialWarehouse.Warehouse.Reading;

using static TrialWarehouse.Warehouse.Tests.LoaderFixture;

namespace TrialWarehouse.Warehouse.Tests;

/// <summary>One suite, every engine: the same files must give the same warehouse on DuckDB, PostgreSQL and SQL Server.</summary>
public class LoaderTests
{
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
        var patient = await reader.PatientAsync(TestPseudonyms.Patient("PT1"));
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
    public async Task ConformedDimensions_JoinEveryFactToItsDatesRegimenDrugsResponseAndTumorType(string engine)
    {
        var (warehouse, loader) = await FreshAsync(engine);
        await LoadPatientAndSampleAsync(loader);
        var combination = new TherapyLine("PT1", 3, "Alpelisib + fulvestrant", ["alpelisib", "fulvestrant"], Day.AddDays(400), null, null, "PR", null, true, "PIK3CA p.H1047R");
        await loader.LoadTherapyLinesAsync(File("therapy_lines.csv", "t1"), [Line(1, matched: false), Line(2, matched: false), combination]);
        await loader.LoadFollowUpAsync(File("follow_up.csv", "f1"), [new FollowUpEvent("PT1", Day.AddDays(500), "last_contact", 1)]);

        Assert.Equal(73049, await warehouse.QuerySingleOrDefaultAsync<long>("SELECT COUNT(*) FROM dim_date"));
        Assert.Equal(OncoTree.Codes.Count, await warehouse.QuerySingleOrDefaultAsync<long>("SELECT COUNT(*) FROM dim_tumor_type"));
        Assert.Equal("BREAST", await warehouse.QuerySingleOrDefaultAsync<string>(
            "SELECT t.tissue FROM dim_patient p JOIN dim_tumor_type t ON t.tumor_type = p.tumor_type"));
        Assert.Equal(2019, await warehouse.QuerySingleOrDefaultAsync<int>("SELECT d.year FROM dim_patient p JOIN dim_date d ON d.date_key = p.diagnosis_date_key"));
        Assert.Equal(Day, await warehouse.QuerySingleOrDefaultAsync<DateOnly>("SELECT d.calendar_date FROM dim_sample s JOIN dim_date d ON d.date_key = s.collection_date_key"));
        // 2021-05-02 was a Sunday: ISO weekday 7 on every engine.
        Assert.Equal(7, await warehouse.QuerySingleOrDefaultAsync<int>("SELECT d.iso_weekday FROM dim_sample s JOIN dim_date d ON d.date_key = s.collection_date_key"));

        var lines = await warehouse.QueryAsync<(int Line, string Regimen, string Response, DateOnly Start, long Drugs)>("""
            SELECT f.line_number, r.name, o.code, d.calendar_date,
                   (SELECT COUNT(*) FROM bridge_regimen_drug b JOIN dim_drug g ON g.drug_key = b.drug_key WHERE b.regimen_key = r.regimen_key)
            FROM fact_therapy_line f
            JOIN dim_regimen r ON r.regimen_key = f.regimen_key
            JOIN dim_response o ON o.response_key = f.response_key
            JOIN dim_date d ON d.date_key = f.start_date_key
            ORDER BY f.line_number
            """);
        Assert.Equal([(1, "Regimen 1", "SD", Day.AddDays(100), 1L), (2, "Regimen 2", "SD", Day.AddDays(200), 1L),
            (3, "Alpelisib + fulvestrant", "PR", Day.AddDays(400), 2L)], lines);
        Assert.Equal(1, await warehouse.QuerySingleOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM fact_follow_up f JOIN dim_date d ON d.date_key = f.event_date_key WHERE d.calendar_date = f.event_date"));

        // The same regimen delivered again adds no dimension rows.
        await loader.LoadTherapyLinesAsync(File("therapy_lines.csv", "t2"), [combination]);
        Assert.Equal(3, await warehouse.QuerySingleOrDefaultAsync<long>("SELECT COUNT(*) FROM dim_regimen"));
        Assert.Equal(4, await warehouse.QuerySingleOrDefaultAsync<long>("SELECT COUNT(*) FROM dim_drug"));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task PatientsTouchedByFiles_TakesMoreFilesThanOneListParameterHolds(string engine)
    {
        var (warehouse, loader) = await FreshAsync(engine);
        await LoadPatientAndSampleAsync(loader);
        var lines = await loader.LoadTherapyLinesAsync(File("therapy_lines.csv", "t1"), [Line(1, matched: false)]);

        // A night of deliveries: the loaded file among 2,500 others that brought nothing.
        var keys = Enumerable.Range(1, 2500).Select(i => (long)i).Append(lines.File.Key).ToArray();

        Assert.Equal([TestPseudonyms.Patient("PT1")], await new WarehouseReader(warehouse).PatientsTouchedByFilesAsync(keys));
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
        Assert.Single(await new WarehouseReader(warehouse).MutationsAsync([TestPseudonyms.SampleKey("PT1-T1")]));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task ChangedRedelivery_ReplacesTheCallsOfItsSample(string engine)
    {
        var (warehouse, loader) = await FreshAsync(engine);
        await LoadPatientAndSampleAsync(loader);

        await loader.LoadVariantCallsAsync(File("PT1-T1.vcf", "first"), Calls(("KRAS", 25245350, "C", "T", "p.G12D")));
        var second = await loader.LoadVariantCallsAsync(File("PT1-T1.vcf", "second"), Calls(("BRAF", 140753336, "A", "T", "p.V600E")));

        var mutation = Assert.Single(await new WarehouseReader(warehouse).MutationsAsync([TestPseudonyms.SampleKey("PT1-T1")]));
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
        Assert.Empty(await reader.TherapyLinesAsync([TestPseudonyms.PatientKey("PT1")]));
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
        Assert.Empty(await reader.MutationsAsync([TestPseudonyms.SampleKey("PT1-T1")]));
        Assert.Single(await reader.TherapyLinesAsync([TestPseudonyms.PatientKey("PT1")]));
        Assert.Contains(await reader.SourceFilesAsync(), f => f.ContentHash == "v" && f.Status == FileStatus.Withdrawn);
        // The sample is still referred to by nothing but its own file: withdrawing samples.csv removes it, not the patient (therapy lines refer to it).
        await loader.WithdrawAsync("s");
        Assert.Empty(await reader.SamplesAsync([TestPseudonyms.PatientKey("PT1")]));
        Assert.NotNull(await reader.PatientAsync(TestPseudonyms.Patient("PT1")));
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
        Assert.Single(await new WarehouseReader(warehouse).MutationsAsync([TestPseudonyms.SampleKey("PT1-T1")]));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task VariantFileRejectedAfterThousandsOfCalls_LoadsNone_AndKeepsTheSamplesEarlierCalls(string engine)
    {
        var (warehouse, loader) = await FreshAsync(engine);
        await LoadPatientAndSampleAsync(loader);
        await loader.LoadVariantCallsAsync(File("PT1-T1.vcf", "good"), Calls(("KRAS", 25245350, "C", "T", "p.G12D")));
        var reader = new WarehouseReader(warehouse);
        var ledger = await reader.SourceFilesAsync();

        // The calls are written while they are read: the error comes after 20,000 of them have reached the engine.
        static IEnumerable<VariantCall> ThenFail()
        {
            foreach (var call in ManyCalls(20_000))
                yield return call;
            throw new InputRejectedException("PT1-T1.vcf", 20_101, "ALT", "\"Z\" is not an allele");
        }
        var stream = new SomaticCallStream("PT1-T1", null, "GRCh38", ThenFail());
        var error = await Assert.ThrowsAsync<InputRejectedException>(() => loader.LoadVariantCallsAsync(File("PT1-T1.vcf", "bad"), stream));

        Assert.Contains("PT1-T1.vcf:20101: ALT", error.Message);
        Assert.Equal("KRAS", Assert.Single(await reader.MutationsAsync([TestPseudonyms.SampleKey("PT1-T1")])).Gene);
        Assert.Equal(ledger, await reader.SourceFilesAsync());
        Assert.Equal(1, (await warehouse.QueryAsync<long>("SELECT COUNT(*) FROM dim_variant")).Single());
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task StreamedVariantFile_KeepsTheFirstCallOfASite_AndRecordsTheRowsItLoaded(string engine)
    {
        var (warehouse, loader) = await FreshAsync(engine);
        await LoadPatientAndSampleAsync(loader);
        var calls = ManyCalls(10_000).ToList();
        var repeated = calls[7] with { Vaf = 0.99, Consequence = "stop_gained" };

        var result = await loader.LoadVariantCallsAsync(File("PT1-T1.vcf", "many"),
            new SomaticCallStream("PT1-T1", null, "GRCh38", calls.Append(repeated)));

        Assert.Equal(10_000, result.Rows);
        var reader = new WarehouseReader(warehouse);
        Assert.Equal(10_000, Assert.Single(await reader.SourceFilesAsync(), f => f.ContentHash == "many").RowsLoaded);
        var mutations = await reader.MutationsAsync([TestPseudonyms.SampleKey("PT1-T1")]);
        Assert.Equal(10_000, mutations.Count);
        var site = Assert.Single(mutations, m => m.Pos == calls[7].Position);
        Assert.Equal((calls[7].Vaf, calls[7].Consequence), (site.Vaf, site.Consequence));
        Assert.Equal(50, (await warehouse.QueryAsync<long>("SELECT COUNT(*) FROM dim_gene")).Single());
    }

    private static IEnumerable<VariantCall> ManyCalls(int count) =>
        Enumerable.Range(0, count).Select(i => new VariantCall("PT1-T1", "GRCh38", "chr2", 1_000_000 + 10L * i, "A", "G", $"GENE{i % 50}",
            "missense_variant", "ENST0002", "c.1A>G", "p.K1E", 0.1 + (i % 80) / 100.0, 300, 30, "PASS"));

    private static SomaticCalls Calls(params (string Gene, long Pos, string Ref, string Alt, string HgvsP)[] variants) =>
        new("PT1-T1", "PT1-N", "GRCh38", variants.Select(v => new VariantCall("PT1-T1", "GRCh38", "chr1", v.Pos, v.Ref, v.Alt, v.Gene,
            "missense_variant", "ENST0001", "c.1A>G", v.HgvsP, 0.25, 200, 50, "PASS")).ToList());

    private static TherapyLine Line(int number, bool matched) =>
        new("PT1", number, "Regimen " + number, ["drug" + number], Day.AddDays(number * 100), matched ? null : Day.AddDays(number * 100 + 90),
            matched ? null : "progression", "SD", matched ? null : Day.AddDays(number * 100 + 90), matched, matched ? "PIK3CA p.H1047R" : null);
}
