using TrialWarehouse.Domain;
using TrialWarehouse.Testing;
using TrialWarehouse.Warehouse.Loading;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Warehouse.Tests;

/// <summary>
/// Patient attributes as a type-2 history (dim_patient_history): each re-delivery that changes one closes a version
/// and opens the next, a withdrawal brings the previous attributes back, and as-of reads answer with the version
/// valid at the end of a day.
/// </summary>
public class PatientHistoryTests
{
    public static TheoryData<string> Engines => TestEngines.All;

    private static readonly DateOnly Diagnosed = new(2019, 3, 14);

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task ReDeliveries_CloseAndOpenVersions_AndAsOfReadsAnswerWithTheVersionOfThatDay(string engine)
    {
        var (warehouse, loader, clock) = await FreshAsync(engine);
        var reader = new WarehouseReader(warehouse);
        var key = TestPseudonyms.PatientKey("PT1");

        clock.Day = new DateOnly(2024, 1, 10);
        await loader.LoadPatientsAsync(File("patients.csv", "p1"), [Patient("Marseille")]);
        clock.Day = new DateOnly(2024, 2, 10);
        await loader.LoadFollowUpAsync(File("follow_up.csv", "f1"), [Event(2024, 2, 1, "last_contact")]);
        clock.Day = new DateOnly(2024, 3, 10);
        await loader.LoadFollowUpAsync(File("follow_up.csv", "f2"), [Event(2024, 2, 1, "last_contact"), Event(2024, 3, 2, "death")]);
        clock.Day = new DateOnly(2024, 4, 10);
        await loader.LoadPatientsAsync(File("patients.csv", "p2"), [Patient("Lyon")]);
        // A re-delivery that changes nothing of this patient opens no version.
        clock.Day = new DateOnly(2024, 5, 10);
        await loader.LoadFollowUpAsync(File("follow_up.csv", "f3"), [Event(2024, 2, 1, "last_contact"), Event(2024, 3, 2, "death")]);

        var versions = await warehouse.QueryAsync<(int Version, string Site, string Vital, DateOnly? LastContact, DateTime From, DateTime? To)>(
            "SELECT version, site, vital_status, last_contact_date, valid_from, valid_to FROM dim_patient_history ORDER BY version");
        Assert.Equal(
        [
            (1, "Marseille", "alive", null, At(2024, 1, 10), At(2024, 2, 10)),
            (2, "Marseille", "alive", new DateOnly(2024, 2, 1), At(2024, 2, 10), At(2024, 3, 10)),
            (3, "Marseille", "deceased", new DateOnly(2024, 3, 2), At(2024, 3, 10), At(2024, 4, 10)),
            (4, "Lyon", "deceased", new DateOnly(2024, 3, 2), At(2024, 4, 10), (DateTime?)null),
        ], versions);

        Assert.Null(await reader.PatientAsync(TestPseudonyms.Patient("PT1"), new DateOnly(2024, 1, 9)));
        Assert.Equal("Marseille", (await reader.PatientAsync(TestPseudonyms.Patient("PT1"), new DateOnly(2024, 1, 10)))!.Site);
        Assert.Equal("Marseille", (await reader.PatientAsync(TestPseudonyms.Patient("PT1"), new DateOnly(2024, 4, 9)))!.Site);
        Assert.Equal("Lyon", (await reader.PatientAsync(TestPseudonyms.Patient("PT1"), new DateOnly(2024, 4, 10)))!.Site);
        Assert.Equal("Lyon", (await reader.PatientAsync(TestPseudonyms.Patient("PT1"), null))!.Site);
        Assert.Equal(("alive", (DateOnly?)new DateOnly(2024, 2, 1)), Vital(await reader.PatientVersionsAsync([key], new DateOnly(2024, 3, 9))));
        Assert.Equal(("deceased", (DateOnly?)new DateOnly(2024, 3, 2)), Vital(await reader.PatientVersionsAsync([key], new DateOnly(2024, 3, 10))));
        Assert.Equal(("deceased", (DateOnly?)new DateOnly(2024, 3, 2)), Vital(await reader.PatientVersionsAsync([key], null)));
        Assert.Empty(await reader.PatientVersionsAsync([key], new DateOnly(2023, 12, 31)));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task WithdrawingAPatientsReDelivery_RestoresThePreviousAttributes_AndWithdrawingFollowUpThePreviousVitalStatus(string engine)
    {
        var (warehouse, loader, clock) = await FreshAsync(engine);
        var reader = new WarehouseReader(warehouse);
        clock.Day = new DateOnly(2024, 1, 10);
        await loader.LoadPatientsAsync(File("patients.csv", "p1"), [Patient("Marseille")]);
        clock.Day = new DateOnly(2024, 2, 10);
        await loader.LoadPatientsAsync(File("patients.csv", "p2"), [Patient("Lyon") with { Arm = "matched" }]);
        clock.Day = new DateOnly(2024, 3, 10);
        await loader.LoadFollowUpAsync(File("deaths.csv", "f1"), [Event(2024, 3, 1, "death")]);

        clock.Day = new DateOnly(2024, 4, 10);
        await loader.WithdrawAsync("p2");
        clock.Day = new DateOnly(2024, 5, 10);
        await loader.WithdrawAsync("f1");

        var now = await reader.PatientAsync(TestPseudonyms.Patient("PT1"));
        Assert.Equal(("Marseille", (string?)null), (now!.Site, now.Arm));
        Assert.Equal(("alive", (DateOnly?)null), Vital(await reader.PatientVersionsAsync([now.PatientKey], null)));
        Assert.Equal("Lyon", (await reader.PatientAsync(TestPseudonyms.Patient("PT1"), new DateOnly(2024, 4, 9)))!.Site);
        Assert.Equal("Marseille", (await reader.PatientAsync(TestPseudonyms.Patient("PT1"), new DateOnly(2024, 4, 10)))!.Site);
        Assert.Equal(("deceased", (DateOnly?)new DateOnly(2024, 3, 1)), Vital(await reader.PatientVersionsAsync([now.PatientKey], new DateOnly(2024, 5, 9))));
        var versions = await warehouse.QueryAsync<(int Version, string Site, string Vital, long PatientsFile)>(
            "SELECT version, site, vital_status, patients_file_key FROM dim_patient_history ORDER BY version");
        Assert.Equal(
        [
            (1, "Marseille", "alive", File("patients.csv", "p1").Key),
            (2, "Lyon", "alive", File("patients.csv", "p2").Key),
            (3, "Lyon", "deceased", File("patients.csv", "p2").Key),
            (4, "Marseille", "deceased", File("patients.csv", "p1").Key),
            (5, "Marseille", "alive", File("patients.csv", "p1").Key),
        ], versions);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task PatientsFilterAsOf_SelectsAndDescribesThePatientsOfThatDay(string engine)
    {
        var (warehouse, loader, clock) = await FreshAsync(engine);
        var reader = new WarehouseReader(warehouse);
        clock.Day = new DateOnly(2024, 1, 10);
        await loader.LoadPatientsAsync(File("patients.csv", "p1"), [Patient("Marseille")]);
        clock.Day = new DateOnly(2024, 2, 10);
        await loader.LoadPatientsAsync(File("patients.csv", "p2"), [Patient("Lyon") with { TumorType = "LUAD" }, Patient("Nice") with { PatientId = "PT2" }]);

        var before = await reader.PatientsAsync(new PatientFilter { AsOf = new DateOnly(2024, 1, 31) }, null, 10);
        var lungThen = await reader.CountPatientsAsync(new PatientFilter(TumorType: "LUAD") { AsOf = new DateOnly(2024, 1, 31) });
        var lungNow = await reader.CountPatientsAsync(new PatientFilter(TumorType: "LUAD"));

        Assert.Equal([(TestPseudonyms.Patient("PT1"), "Marseille", "BRCA")], before.Select(p => (p.PatientId, p.Site!, p.TumorType)));
        Assert.Equal(0, lungThen);
        Assert.Equal(1, lungNow);
        Assert.Equal(new[] { "PT1", "PT2" }.Select(TestPseudonyms.Patient).Order(StringComparer.Ordinal), (await reader.PatientsAsync(new PatientFilter { AsOf = new DateOnly(2024, 2, 10) }, null, 10)).Select(p => p.PatientId));
        Assert.Equal("LUAD", (await reader.PatientsAsync(new PatientFilter { AsOf = new DateOnly(2024, 2, 10) }, null, 10))[0].TumorType);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Migration011_GivesPatientsLoadedBeforeIt_OneVersion(string engine)
    {
        var warehouse = Warehouse.Create(TestEngines.Fresh(engine));
        await Migrator.MigrateAsync(warehouse);
        var loader = new WarehouseLoader(warehouse, TimeProvider.System, TestPseudonyms.Instance);
        await loader.LoadPatientsAsync(File("patients.csv", "p1"), [Patient("Marseille")]);
        await loader.LoadFollowUpAsync(File("follow_up.csv", "f1"), [Event(2024, 3, 1, "death")]);
        await warehouse.InTransactionAsync(tx => tx.ExecuteAsync("DELETE FROM dim_patient_history"));
        using var stream = typeof(Migrator).Assembly.GetManifestResourceStream($"db/{engine}/011_patient_history.sql")!;
        var script = await new StreamReader(stream).ReadToEndAsync();
        var backfill = script[script.IndexOf("INSERT INTO", StringComparison.Ordinal)..];

        await warehouse.InTransactionAsync(tx => tx.ExecuteAsync(backfill));

        var version = Assert.Single(await warehouse.QueryAsync<(int Version, string Vital, DateOnly? LastContact)>(
            "SELECT version, vital_status, last_contact_date FROM dim_patient_history"));
        Assert.Equal((1, "deceased", (DateOnly?)new DateOnly(2024, 3, 1)), version);
    }

    private static (string, DateOnly?) Vital(IReadOnlyList<PatientVersionRow> versions) =>
        (Assert.Single(versions).VitalStatus, versions[0].LastContactDate);

    private static DateTime At(int year, int month, int day) => new(year, month, day, 12, 0, 0);

    private static Patient Patient(string site) => new("PT1", "F", 1961, "BRCA", Diagnosed, site, null);

    private static FollowUpEvent Event(int year, int month, int day, string kind) => new("PT1", new DateOnly(year, month, day), kind, null);

    private static SourceFile File(string name, string hash) => new(name, hash, Path.GetExtension(name) == ".csv" && name.StartsWith("patients", StringComparison.Ordinal) ? "Patients" : "FollowUp", "test");

    private static async Task<(Warehouse, WarehouseLoader, DayClock)> FreshAsync(string engine)
    {
        var warehouse = Warehouse.Create(TestEngines.Fresh(engine));
        await Migrator.MigrateAsync(warehouse);
        var clock = new DayClock();
        return (warehouse, new WarehouseLoader(warehouse, clock, TestPseudonyms.Instance), clock);
    }

    /// <summary>Noon (UTC) of the day set: each load of a test happens on a day of its own.</summary>
    private sealed class DayClock : TimeProvider
    {
        public DateOnly Day { get; set; } = new(2024, 1, 1);

        public override DateTimeOffset GetUtcNow() => new(Day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }
}
