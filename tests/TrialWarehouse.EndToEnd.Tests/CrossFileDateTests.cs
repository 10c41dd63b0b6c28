using TrialWarehouse.Ingestion;
using TrialWarehouse.Testing;
using TrialWarehouse.Warehouse;
using TrialWarehouse.Warehouse.Loading;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>Dates checked at load time against what the warehouse holds and the delivery's other files: the file loaded second is rejected.</summary>
public class CrossFileDateTests
{
    public static TheoryData<string> Engines => TestEngines.All;

    private const string Patients = "patient_id,sex,birth_year,tumor_type,diagnosis_date,site,arm\nPT1,F,1961,BRCA,2019-03-14,Marseille,profiling\n";
    private const string Samples = "sample_id,patient_id,collection_date,specimen_site,tumor_cellularity,assay,genome_build\nPT1-T1,PT1,2021-05-02,liver metastasis,60,NGS-802,GRCh38\n";
    private const string Lines = "patient_id,line_number,regimen,drugs,start_date,end_date,reason_stopped,best_response,progression_date,matched,matched_alteration\n"
        + "PT1,1,Paclitaxel,paclitaxel,2019-04-01,2019-11-20,progression,PR,2019-11-20,false,\n";
    private const string FollowUpHeader = "patient_id,event_date,kind,ecog\n";

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task DeathBeforeALineOfTheSameDelivery_RejectsTheFollowUp_NamingTheLineAndItsFile_TheOthersLoad(string engine)
    {
        var warehouse = await FreshAsync(engine);
        var folder = Delivery(("follow_up.csv", FollowUpHeader + "PT1,2019-02-01,visit,1\nPT1,2019-06-30,death,\n"));

        var report = await IngestAsync(warehouse, folder);

        Assert.Equal(
        [
            "follow_up.csv:2: event_date: 2019-02-01 (visit) is before the diagnosis of patient \"PT1\" on 2019-03-14 (patients.csv); expected follow-up from the diagnosis on: correct this date or the diagnosis date",
            "follow_up.csv:3: event_date: the death of patient \"PT1\" on 2019-06-30 is before the collection of sample \"PT1-T1\" on 2021-05-02 (samples.csv); expected the death on or after every collection",
        ], Errors(report, "follow_up.csv"));
        Assert.Equal(3, report.Loaded);
        Assert.Equal(0, await CountAsync(warehouse, "fact_follow_up"));
        Assert.Equal(1, await CountAsync(warehouse, "fact_therapy_line"));
    }

    [Fact]
    public async Task LineStartingAfterADeathAlreadyLoaded_IsRejectedAtItsLine()
    {
        var warehouse = await FreshAsync("duckdb");
        await IngestAsync(warehouse, Delivery(("follow_up.csv", FollowUpHeader + "PT1,2019-10-01,death,\n")), lines: false, samples: false);

        var report = await IngestAsync(warehouse, Delivery(("therapy_lines_2.csv", Lines.Replace("2019-04-01,2019-11-20,progression,PR,2019-11-20", "2019-10-15,,,,", StringComparison.Ordinal))), patients: false, lines: false, samples: false);

        Assert.Equal(
            ["therapy_lines_2.csv:2: start_date: 2019-10-15 (start of line 1) is after the death of patient \"PT1\" on 2019-10-01 (follow_up.csv); expected a line that starts on or before the day of death: correct this date or the date of death"],
            Errors(report, "therapy_lines_2.csv"));
        Assert.Equal(0, await CountAsync(warehouse, "fact_therapy_line"));
    }

    [Fact]
    public async Task SampleCollectedAfterDeath_OrBeforeBirth_IsRejectedAtItsLine()
    {
        var warehouse = await FreshAsync("duckdb");
        await IngestAsync(warehouse, Delivery(("follow_up.csv", FollowUpHeader + "PT1,2021-01-01,death,\n")), lines: false, samples: false);
        var samples = Samples + "PT1-T0,PT1,1950-06-01,breast,50,NGS-802,GRCh38\n";

        var report = await IngestAsync(warehouse, Delivery(("samples_2.csv", samples)), patients: false, lines: false, samples: false);

        Assert.Equal(
        [
            "samples_2.csv:2: collection_date: 2021-05-02 (sample \"PT1-T1\") is after the death of patient \"PT1\" on 2021-01-01 (follow_up.csv); expected a collection on or before the day of death",
            "samples_2.csv:3: collection_date: 1950-06-01 (sample \"PT1-T0\") is before the birth year 1961 of patient \"PT1\" (patients.csv); expected a collection after the patient's birth",
        ], Errors(report, "samples_2.csv"));
        Assert.Equal(0, await CountAsync(warehouse, "dim_sample"));
    }

    private static async Task<IngestReport> IngestAsync(Warehouse.Warehouse warehouse, string folder, bool patients = true, bool samples = true, bool lines = true)
    {
        if (patients)
            File.WriteAllText(Path.Combine(folder, "patients.csv"), Patients);
        if (samples)
            File.WriteAllText(Path.Combine(folder, "samples.csv"), Samples);
        if (lines)
            File.WriteAllText(Path.Combine(folder, "therapy_lines.csv"), Lines);
        return await new Ingestor(new WarehouseLoader(warehouse, TimeProvider.System, TestPseudonyms.Instance)).IngestAsync([folder]);
    }

    private static string Delivery(params (string Name, string Text)[] files)
    {
        var folder = TestEngines.TempDirectory();
        foreach (var (name, text) in files)
            File.WriteAllText(Path.Combine(folder, name), text);
        return folder;
    }

    private static List<string> Errors(IngestReport report, string file) =>
        report.Files.Single(f => Path.GetFileName(f.Path) == file).Errors.Select(e => e.ToString()).ToList();

    private static async Task<long> CountAsync(Warehouse.Warehouse warehouse, string table) =>
        (await warehouse.QueryAsync<long>($"SELECT COUNT(*) FROM {table}", null)).Single();

    private static async Task<Warehouse.Warehouse> FreshAsync(string engine)
    {
        var warehouse = Warehouse.Warehouse.Create(TestEngines.Fresh(engine));
        await Migrator.MigrateAsync(warehouse);
        return warehouse;
    }
}
