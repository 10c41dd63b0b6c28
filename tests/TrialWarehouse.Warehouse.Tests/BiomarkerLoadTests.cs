using TrialWarehouse.Domain;
using TrialWarehouse.Testing;
using TrialWarehouse.Warehouse.Loading;
using TrialWarehouse.Warehouse.Reading;

using static TrialWarehouse.Warehouse.Tests.LoaderFixture;

namespace TrialWarehouse.Warehouse.Tests;

/// <summary>CTC counts, IHC scores and model responses on every engine: load, read back, supersede, withdraw, reject, filter.</summary>
public class BiomarkerLoadTests
{
    private static readonly DateOnly Day = new(2022, 3, 1);

    public static TheoryData<string> Engines => TestEngines.All;

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task LoadedBiomarkers_ReadBackOnTheirPatientAndSample_AndJoinTheConformedDimensions(string engine)
    {
        var (warehouse, loader) = await FreshAsync(engine);
        await LoadPatientsAsync(loader, "PT1");
        await loader.LoadCtcCountsAsync(File("ctc.csv", "c1"), [Draw("PT1", Day, 12, line: 1) with { AtypicalCount = 3, EmtCount = 1 }, Draw("PT1", Day.AddDays(30), 2)]);
        await loader.LoadIhcResultsAsync(File("ihc.csv", "i1"), [Her2("PT1-T1", 2, "negative"), Nectin4("PT1-T1", 210)]);
        await loader.LoadModelResponsesAsync(File("model_responses.csv", "m1"),
        [
            new ModelResponse("PDX-1", "PDX", "PT1-T1", 3, "enfortumab vedotin", 2, "mg/kg", "mRECIST", null, null, "mPR"),
            new ModelResponse("PDX-1", "PDX", "PT1-T1", 3, "enfortumab vedotin", 2, "mg/kg", "TGI_percent", 87.5, null, null),
        ]);
        var reader = new WarehouseReader(warehouse);

        var draws = await reader.CtcCountsAsync([TestPseudonyms.PatientKey("PT1")]);
        Assert.Equal([(Day, 12, (int?)3, (int?)1, (int?)1), (Day.AddDays(30), 2, null, null, null)],
            draws.Select(d => (d.DrawDate, d.Count, d.AtypicalCount, d.EmtCount, d.LineNumber)));
        var ihc = await reader.IhcScoresAsync([TestPseudonyms.SampleKey("PT1-T1")]);
        Assert.Equal([("HER2", "ERBB2", 2.0, "negative"), ("NECTIN4", "NECTIN4", 210.0, null)], ihc.Select(i => (i.Marker, i.GeneSymbol, i.Score, i.IshResult)));
        var models = await reader.ModelResponsesAsync([TestPseudonyms.SampleKey("PT1-T1")]);
        Assert.Equal(["TGI 87.5%", "mPR"], models.Select(m => m.ToDomain("PT1-T1").ResultText).Order(StringComparer.Ordinal));
        Assert.Equal(1, await warehouse.QuerySingleOrDefaultAsync<long>(
            "SELECT COUNT(DISTINCT d.name) FROM fact_model_response f JOIN dim_drug d ON d.drug_key = f.drug_key WHERE d.name = f.drug"));
        Assert.Equal(2022, await warehouse.QuerySingleOrDefaultAsync<int>(
            "SELECT MIN(d.year) FROM fact_ctc_count f JOIN dim_date d ON d.date_key = f.draw_date_key"));
        Assert.Equal([TestPseudonyms.Patient("PT1")], await reader.PatientsTouchedByFilesAsync([StableKey.File("i1")]));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task ChangedRedelivery_ReplacesThePatientsDrawsAndTheSamplesScores(string engine)
    {
        var (warehouse, loader) = await FreshAsync(engine);
        await LoadPatientsAsync(loader, "PT1", "PT2");
        await loader.LoadCtcCountsAsync(File("ctc.csv", "c1"), [Draw("PT1", Day, 12), Draw("PT1", Day.AddDays(30), 2), Draw("PT2", Day, 1)]);
        await loader.LoadIhcResultsAsync(File("ihc.csv", "i1"), [Her2("PT1-T1", 3, null), Nectin4("PT2-T1", 50)]);

        var ctc = await loader.LoadCtcCountsAsync(File("ctc.csv", "c2"), [Draw("PT1", Day, 14)]);
        await loader.LoadIhcResultsAsync(File("ihc.csv", "i2"), [Her2("PT1-T1", 1, null)]);
        var reader = new WarehouseReader(warehouse);

        Assert.Equal("ctc.csv", ctc.Superseded);
        // The second delivery of ctc.csv replaced the first one's rows, PT2's too: a file name's delivery replaces its predecessor whole.
        Assert.Equal([14], (await reader.CtcCountsAsync([TestPseudonyms.PatientKey("PT1"), TestPseudonyms.PatientKey("PT2")])).Select(d => d.Count));
        Assert.Equal([1.0], (await reader.IhcScoresAsync([TestPseudonyms.SampleKey("PT1-T1"), TestPseudonyms.SampleKey("PT2-T1")])).Select(i => i.Score));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task AnotherFilesRows_ForTheSamePatient_AreReplacedByTheNewFile(string engine)
    {
        var (warehouse, loader) = await FreshAsync(engine);
        await LoadPatientsAsync(loader, "PT1", "PT2");
        await loader.LoadCtcCountsAsync(File("ctc_2022.csv", "c1"), [Draw("PT1", Day, 12), Draw("PT2", Day, 1)]);

        await loader.LoadCtcCountsAsync(File("ctc_2023.csv", "c2"), [Draw("PT1", Day, 12), Draw("PT1", Day.AddDays(30), 3)]);

        var draws = await new WarehouseReader(warehouse).CtcCountsAsync([TestPseudonyms.PatientKey("PT1"), TestPseudonyms.PatientKey("PT2")]);
        Assert.Equal([(TestPseudonyms.PatientKey("PT1"), 12), (TestPseudonyms.PatientKey("PT1"), 3), (TestPseudonyms.PatientKey("PT2"), 1)],
            draws.Select(d => (d.PatientKey, d.Count)).OrderBy(d => d.PatientKey == TestPseudonyms.PatientKey("PT2")));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Withdraw_RemovesTheBiomarkerRows_AndSamplesNoLongerReferred(string engine)
    {
        var (warehouse, loader) = await FreshAsync(engine);
        await LoadPatientsAsync(loader, "PT1");
        await loader.LoadCtcCountsAsync(File("ctc.csv", "c1"), [Draw("PT1", Day, 12)]);
        await loader.LoadIhcResultsAsync(File("ihc.csv", "i1"), [Her2("PT1-T1", 3, null)]);
        await loader.LoadModelResponsesAsync(File("model_responses.csv", "m1"),
            [new ModelResponse("TO-1", "tumoroid", "PT1-T1", 2, "olaparib", null, null, "IC50", 0.4, "uM", null)]);
        var reader = new WarehouseReader(warehouse);

        await loader.WithdrawAsync("ctc.csv");
        await loader.WithdrawAsync("ihc.csv");
        Assert.Empty(await reader.CtcCountsAsync([TestPseudonyms.PatientKey("PT1")]));
        Assert.Empty(await reader.IhcScoresAsync([TestPseudonyms.SampleKey("PT1-T1")]));

        // The model responses still refer to the sample: withdrawing samples.csv keeps it.
        await loader.WithdrawAsync("samples.csv");
        Assert.Single(await reader.SamplesAsync([TestPseudonyms.PatientKey("PT1")]));
        await loader.WithdrawAsync("model_responses.csv");
        await loader.WithdrawAsync("samples.csv");
        Assert.Empty(await reader.ModelResponsesAsync([TestPseudonyms.SampleKey("PT1-T1")]));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task UnknownPatientOrSample_RejectsTheFile_AndLoadsNothing(string engine)
    {
        var (warehouse, loader) = await FreshAsync(engine);
        await LoadPatientsAsync(loader, "PT1");
        var reader = new WarehouseReader(warehouse);
        var files = (await reader.SourceFilesAsync()).Count;

        var ctc = await Assert.ThrowsAsync<InputRejectedException>(() =>
            loader.LoadCtcCountsAsync(File("ctc.csv", "c1"), [Draw("PT1", Day, 12), Draw("NOBODY", Day, 3)]));
        var ihc = await Assert.ThrowsAsync<InputRejectedException>(() =>
            loader.LoadIhcResultsAsync(File("ihc.csv", "i1"), [Her2("PT1-T1", 3, null), Her2("NO-SAMPLE", 1, null)]));
        var model = await Assert.ThrowsAsync<InputRejectedException>(() => loader.LoadModelResponsesAsync(File("model_responses.csv", "m1"),
            [new ModelResponse("PDX-9", "PDX", "NO-SAMPLE", 1, "alpelisib", 50, "mg/kg/day", "TGI_percent", 40, null, null)]));

        Assert.Equal("ctc.csv: patient_id: 1 unknown patient(s): NOBODY; deliver them in patients.csv first (or with this file)", ctc.Message);
        Assert.Equal("ihc.csv: sample_id: 1 unknown sample(s): NO-SAMPLE; deliver them in samples.csv first (or with this file)", ihc.Message);
        Assert.Equal("model_responses.csv: sample_id: 1 unknown sample(s): NO-SAMPLE; deliver them in samples.csv first (or with this file)", model.Message);
        Assert.Equal(files, (await reader.SourceFilesAsync()).Count);
        Assert.Empty(await reader.CtcCountsAsync([TestPseudonyms.PatientKey("PT1")]));
        Assert.Empty(await reader.IhcScoresAsync([TestPseudonyms.SampleKey("PT1-T1")]));
        Assert.Equal(0, await warehouse.QuerySingleOrDefaultAsync<long>("SELECT COUNT(*) FROM dim_drug"));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task CtcConversionFilter_SelectsWhatTheDomainRuleSays_OnEveryEdgeOfTheRule(string engine)
    {
        var (warehouse, loader) = await FreshAsync(engine);
        var d = Day;
        var cases = new (string Patient, TherapyLine[] Lines, CtcCount[] Draws)[]
        {
            ("C01", [Matched("C01", 1, d)], [Draw("C01", d.AddDays(-10), 12), Draw("C01", d.AddDays(30), 2)]),
            ("C02", [Matched("C02", 1, d)], [Draw("C02", d.AddDays(-31), 12), Draw("C02", d.AddDays(30), 2)]),
            ("C03", [Matched("C03", 1, d)], [Draw("C03", d.AddDays(-31), 12, line: 1), Draw("C03", d.AddDays(30), 2)]),
            ("C04", [Matched("C04", 1, d)], [Draw("C04", d, 8), Draw("C04", d.AddDays(20), 7)]),
            ("C05", [Matched("C05", 1, d)], [Draw("C05", d.AddDays(-5), 4), Draw("C05", d.AddDays(20), 1)]),
            ("C06", [Matched("C06", 1, d)], [Draw("C06", d.AddDays(-5), 20) with { Method = "flow_cytometry" }, Draw("C06", d.AddDays(20), 1)]),
            ("C07", [Unmatched("C07", 1, d.AddDays(-200), null), Matched("C07", 2, d)],
                [Draw("C07", d.AddDays(-100), 1), Draw("C07", d.AddDays(-3), 10), Draw("C07", d.AddDays(10), 4)]),
            ("C08", [Matched("C08", 1, d) with { EndDate = d.AddDays(20) }], [Draw("C08", d.AddDays(-1), 9), Draw("C08", d.AddDays(25), 1)]),
            ("C09", [Matched("C09", 1, d), Unmatched("C09", 2, d.AddDays(15), null)], [Draw("C09", d.AddDays(-2), 15), Draw("C09", d.AddDays(20), 1)]),
            ("C10", [Matched("C10", 1, d)], [Draw("C10", d.AddDays(-2), 15), Draw("C10", d.AddDays(10), 6), Draw("C10", d.AddDays(40), 1)]),
            ("C11", [Matched("C11", 1, d)], [Draw("C11", d.AddDays(-20), 2), Draw("C11", d.AddDays(-3), 11), Draw("C11", d.AddDays(30), 0)]),
            ("C12", [Unmatched("C12", 1, d, null)], [Draw("C12", d.AddDays(-2), 15), Draw("C12", d.AddDays(20), 1)]),
            ("C13", [Matched("C13", 1, d), Unmatched("C13", 2, d.AddDays(15), null)], [Draw("C13", d.AddDays(-2), 15), Draw("C13", d.AddDays(20), 1, line: 1)]),
        };
        await LoadPatientsAsync(loader, cases.Select(c => c.Patient).ToArray());
        await loader.LoadTherapyLinesAsync(File("therapy_lines.csv", "t"), cases.SelectMany(c => c.Lines).ToList());
        await loader.LoadCtcCountsAsync(File("ctc.csv", "c"), cases.SelectMany(c => c.Draws).ToList());
        var reader = new WarehouseReader(warehouse);

        var byDomain = cases.Where(c => CtcKinetics.PerLine(c.Lines, c.Draws)
                .Any(k => k.Conversion == true && c.Lines.Single(l => l.LineNumber == k.LineNumber).Matched))
            .Select(c => c.Patient).ToList();
        var converted = await reader.PatientsAsync(new PatientFilter { CtcConversionOnMatchedLine = true }, null, 100);
        var others = await reader.PatientsAsync(new PatientFilter { CtcConversionOnMatchedLine = false }, null, 100);

        Assert.Equal(["C01", "C03", "C07", "C11", "C13"], byDomain);
        Assert.Equal(byDomain.Select(TestPseudonyms.Patient).Order(StringComparer.Ordinal), converted.Select(p => p.PatientId));
        Assert.Equal(cases.Length - byDomain.Count, others.Count);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Nectin4Filter_SelectsPatientsWithAnHScoreAtLeastTheBound(string engine)
    {
        var (warehouse, loader) = await FreshAsync(engine);
        await LoadPatientsAsync(loader, "PT1", "PT2", "PT3");
        await loader.LoadIhcResultsAsync(File("ihc.csv", "i"), [Nectin4("PT1-T1", 250), Nectin4("PT2-T1", 199),
            new IhcResult("PT3-T1", "NECTIN4", "percent_positive", 250 / 3.0, "EPR15613-68", null)]);
        var reader = new WarehouseReader(warehouse);

        Assert.Equal(1, await reader.CountPatientsAsync(new PatientFilter { MinNectin4HScore = 200 }));
        Assert.Equal(2, await reader.CountPatientsAsync(new PatientFilter { MinNectin4HScore = 199 }));
        var error = await Assert.ThrowsAsync<FilterException>(() => reader.CountPatientsAsync(new PatientFilter { MinNectin4HScore = 301 }));
        Assert.Equal("minNectin4HScore", error.Criterion);
    }

    private static async Task LoadPatientsAsync(WarehouseLoader loader, params string[] patients)
    {
        await loader.LoadPatientsAsync(File("patients.csv", "p"),
            patients.Select(p => new Patient(p, "F", 1961, "BRCA", new DateOnly(2019, 3, 14), null, null)).ToList());
        await loader.LoadSamplesAsync(File("samples.csv", "s"),
            patients.Select(p => new Sample(p + "-T1", p, new DateOnly(2021, 5, 2), "liver metastasis", 60, "NGS-802", "GRCh38")).ToList());
    }

    private static SourceFile File(string name, string hash) => new(name, hash, "test", "test");

    private static CtcCount Draw(string patient, DateOnly date, int count, int? line = null) =>
        new(patient, date, CtcVocabulary.CellSearch, count, null, null, line);

    private static IhcResult Her2(string sample, int score, string? ish) => new(sample, "HER2", "intensity", score, "4B5", ish);

    private static IhcResult Nectin4(string sample, int hScore) => new(sample, "NECTIN4", "h_score", hScore, "EPR15613-68", null);

    private static TherapyLine Matched(string patient, int number, DateOnly start) =>
        new(patient, number, "Regimen " + number, ["drug" + number], start, null, null, null, null, true, "ERBB2 IHC 3+");

    private static TherapyLine Unmatched(string patient, int number, DateOnly start, DateOnly? end) =>
        new(patient, number, "Regimen " + number, ["drug" + number], start, end, null, null, null, false, null);
}
