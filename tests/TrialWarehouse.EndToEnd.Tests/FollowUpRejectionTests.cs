using TrialWarehouse.Demo;
using TrialWarehouse.Ingestion;
using TrialWarehouse.Testing;
using TrialWarehouse.Warehouse;
using TrialWarehouse.Warehouse.Loading;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>A follow-up delivery that breaks a rule about death is rejected whole, and the warehouse keeps what it had.</summary>
public class FollowUpRejectionTests
{
    public static TheoryData<string> Engines => TestEngines.All;

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task FollowUpWithAnEventAfterDeath_IsRejectedWithItsLine_AndLoadsNothing(string engine)
    {
        var warehouse = Warehouse.Warehouse.Create(TestEngines.Fresh(engine));
        await Migrator.MigrateAsync(warehouse);
        var demo = DemoCohort.Write(TestEngines.TempDirectory(), 5, seed: 21);
        var ingestor = new Ingestor(new WarehouseLoader(warehouse, TimeProvider.System, TestPseudonyms.Instance));
        Assert.Equal(0, (await ingestor.IngestAsync([demo.OutputDirectory])).Rejected);
        var reader = new WarehouseReader(warehouse);
        var patient = (await reader.PatientsAsync(new PatientFilter(), null, 1))[0];
        var before = await reader.FollowUpAsync([patient.PatientKey]);
        var files = (await reader.SourceFilesAsync()).Count;
        var bad = Path.Combine(TestEngines.TempDirectory(), "follow_up-correction.csv");
        File.WriteAllText(bad, $"""
            patient_id,event_date,kind,ecog
            {patient.PatientId},2030-01-01,visit,1
            {patient.PatientId},2029-06-30,death,

            """);

        var report = await ingestor.IngestAsync([bad]);

        var rejected = Assert.Single(report.Files);
        Assert.Equal(FileOutcome.Rejected, rejected.Outcome);
        var error = Assert.Single(rejected.Errors);
        Assert.Equal($"follow_up-correction.csv:2: event_date: 2030-01-01 (visit) is after the death of patient \"{patient.PatientId}\" on 2029-06-30 (line 3); "
            + "expected no follow-up after death: correct this date or the date of death", error.ToString());
        Assert.Equal(before, await reader.FollowUpAsync([patient.PatientKey]));
        Assert.Equal(files, (await reader.SourceFilesAsync()).Count);
    }
}
