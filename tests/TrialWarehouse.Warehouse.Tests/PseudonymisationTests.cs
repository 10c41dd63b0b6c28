using TrialWarehouse.Domain;
using TrialWarehouse.Testing;
using TrialWarehouse.Warehouse.Loading;
using TrialWarehouse.Warehouse.Privacy;
using TrialWarehouse.Warehouse.Reading;

using static TrialWarehouse.Warehouse.Tests.LoaderFixture;

namespace TrialWarehouse.Warehouse.Tests;

/// <summary>What the loaders write instead of the hospital's ids, and what they refuse.</summary>
public class PseudonymisationTests
{
    public static TheoryData<string> Engines => TestEngines.All;

    [Fact]
    public void Pseudonyms_AreStable_Keyed_AndOfTheDocumentedForm()
    {
        var one = new Pseudonymiser(TestPseudonyms.Secret);
        var again = new Pseudonymiser(TestPseudonyms.Secret);
        var other = new Pseudonymiser(TestPseudonyms.Secret + "-other");

        Assert.Equal(one.Patient("PT0001"), again.Patient("PT0001"));
        Assert.NotEqual(one.Patient("PT0001"), other.Patient("PT0001"));
        Assert.NotEqual(one.Patient("PT0001"), one.Patient("PT0002"));
        // The same text as a patient and as a sample are two pseudonyms, never confused.
        Assert.NotEqual(one.Patient("X1")[2..], one.Sample("X1")[2..]);
        Assert.Matches("^P-[0-9A-HJKMNP-TV-Z]{16}$", one.Patient("PT0001"));
        Assert.Matches("^S-[0-9A-HJKMNP-TV-Z]{16}$", one.Sample("PT0001-T1"));
        Assert.Matches("^M-[0-9A-HJKMNP-TV-Z]{16}$", one.Model("PDX-0001"));
        Assert.Equal(one.Fingerprint, again.Fingerprint);
        Assert.NotEqual(one.Fingerprint, other.Fingerprint);
        Assert.DoesNotContain(TestPseudonyms.Secret, one.Fingerprint, StringComparison.Ordinal);
    }

    [Fact]
    public void Pseudonyms_OfManyIds_AreAllDistinct()
    {
        var ids = Enumerable.Range(0, 200_000).Select(i => $"PT{i:D6}").ToList();

        Assert.Equal(ids.Count, ids.Select(TestPseudonyms.Patient).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("short-secret")]
    public void ASecretShorterThan32Characters_IsRefused_NamingTheSetting(string secret)
    {
        var error = Assert.Throws<WarehouseConfigurationException>(() => new Pseudonymiser(secret));

        Assert.StartsWith("Pseudonymisation:Secret must hold at least 32 characters", error.Message, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task LoadedRows_HoldPseudonymsOnly_AndTheMapLinksThemToTheFilesIds(string engine)
    {
        var (warehouse, loader) = await FreshAsync(engine);
        await LoadPatientAndSampleAsync(loader);
        await loader.LoadVariantCallsAsync(File("PT1-T1.vcf", "v"), new SomaticCalls("PT1-T1", "PT1-N", "GRCh38",
            [new VariantCall("PT1-T1", "GRCh38", "chr3", 179234297, "A", "G", "PIK3CA", "missense_variant", "ENST0001", "c.3140A>G", "p.H1047R", 0.3, 200, 60, "PASS")]));
        await loader.LoadModelResponsesAsync(File("model_responses.csv", "m"),
            [new ModelResponse("PDX-PT1", "PDX", "PT1-T1", 3, "alpelisib", 50, "mg/kg/day", "TGI_percent", 80, "%", null)]);

        var text = string.Join("\n", (await warehouse.QueryAsync<string>("SELECT patient_id FROM dim_patient"))
            .Concat(await warehouse.QueryAsync<string>("SELECT sample_id FROM dim_sample"))
            .Concat(await warehouse.QueryAsync<string>("SELECT patient_id FROM dim_patient_history"))
            .Concat(await warehouse.QueryAsync<string>("SELECT model_id FROM fact_model_response")));
        Assert.DoesNotContain("PT1", text, StringComparison.Ordinal);
        Assert.Equal(TestPseudonyms.Patient("PT1"), Assert.Single(await warehouse.QueryAsync<string>("SELECT patient_id FROM dim_patient")));
        Assert.Equal(TestPseudonyms.Model("PDX-PT1"), Assert.Single(await warehouse.QueryAsync<string>("SELECT model_id FROM fact_model_response")));

        var reader = new WarehouseReader(warehouse);
        var ids = await reader.SourceIdsAsync([TestPseudonyms.Patient("PT1"), TestPseudonyms.Sample("PT1-T1"), TestPseudonyms.Model("PDX-PT1"), "P-UNKNOWN"]);
        Assert.Equal(["PT1", "PT1-T1", "PDX-PT1"], new[] { TestPseudonyms.Patient("PT1"), TestPseudonyms.Sample("PT1-T1"), TestPseudonyms.Model("PDX-PT1") }.Select(p => ids[p]));
        Assert.Equal(3, ids.Count);
        Assert.Equal(TestPseudonyms.Patient("PT1"), await reader.PseudonymAsync("patient", "PT1"));
        Assert.Null(await reader.PseudonymAsync("sample", "PT1"));
        // The tumor sample's normal (PT1-N) names no row: nothing of it is kept.
        Assert.Equal(3, await warehouse.QuerySingleOrDefaultAsync<long>("SELECT COUNT(*) FROM identifier_map"));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Rejections_NameTheIdsAsTheFileHasThem_AlsoThoseOfEarlierFiles(string engine)
    {
        var (_, loader) = await FreshAsync(engine);
        await LoadPatientAndSampleAsync(loader);

        var unknown = await Assert.ThrowsAsync<InputRejectedException>(() => loader.LoadSamplesAsync(File("samples_2.csv", "s2"),
            [new Sample("PT9-T1", "PT9", Day, "liver", 50, "NGS", "GRCh38")]));
        // The death is before the sample of the earlier samples file: the error names that sample, read from the warehouse.
        var death = await Assert.ThrowsAsync<InputRejectedException>(() => loader.LoadFollowUpAsync(File("follow_up.csv", "f"),
            [new FollowUpEvent("PT1", Day.AddDays(-10), "death", null)]));

        Assert.Contains("unknown patient(s): PT9;", unknown.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("the death of patient \"PT1\"", death.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("sample \"PT1-T1\"", death.Errors[0].Message, StringComparison.Ordinal);
        Assert.DoesNotMatch("[PS]-[0-9A-Z]{16}", string.Join("\n", unknown.Errors.Concat(death.Errors).Select(e => e.Message)));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task ALoadUnderAnotherSecret_IsRefused_AndLoadsNothing(string engine)
    {
        var (warehouse, loader) = await FreshAsync(engine);
        await LoadPatientAndSampleAsync(loader);
        var other = new WarehouseLoader(warehouse, TimeProvider.System, new Pseudonymiser(TestPseudonyms.Secret + "-rotated-without-rebuild"));

        var error = await Assert.ThrowsAsync<WarehouseConfigurationException>(() => other.LoadPatientsAsync(File("patients_2.csv", "p2"),
            [new Patient("PT2", "M", 1950, "LUAD", Day, null, null)]));
        await Assert.ThrowsAsync<WarehouseConfigurationException>(() => other.CheckPseudonymisationAsync());

        Assert.StartsWith("Pseudonymisation:Secret is not the secret this warehouse was built under", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await warehouse.QuerySingleOrDefaultAsync<long>("SELECT COUNT(*) FROM dim_patient"));
        await loader.CheckPseudonymisationAsync();
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task AWarehouseLoadedBeforePseudonymisation_IsRefused_RatherThanMixed(string engine)
    {
        var (warehouse, loader) = await FreshAsync(engine);
        await LoadPatientAndSampleAsync(loader);
        // As a warehouse of before migration 012 looks to a process that opens it: hospital ids and no recorded secret.
        await warehouse.InTransactionAsync(async tx =>
        {
            await tx.ExecuteAsync("DELETE FROM pseudonymisation_key");
            return 0;
        });

        var restarted = new WarehouseLoader(warehouse, TimeProvider.System, TestPseudonyms.Instance);

        var error = await Assert.ThrowsAsync<WarehouseConfigurationException>(() => restarted.CheckPseudonymisationAsync());

        Assert.StartsWith("this warehouse holds patients loaded before pseudonymisation", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ALoadRetriedAfterAConflict_PseudonymisesTheFilesIdsOnce()
    {
        var warehouse = Warehouse.Create(TestEngines.Fresh("postgres"));
        await Migrator.MigrateAsync(warehouse);
        var clock = new ConflictingClock();
        var loader = new WarehouseLoader(warehouse, clock, TestPseudonyms.Instance);
        await loader.CheckPseudonymisationAsync();
        // The load's second reading of the clock comes after its records were pseudonymised: there it meets a conflict.
        clock.FailAt = clock.Calls + 2;

        await loader.LoadPatientsAsync(File("patients.csv", "p"), [new Patient("PT1", "F", 1961, "BRCA", new DateOnly(2019, 3, 14), "Marseille", null)]);

        Assert.True(clock.Failed);
        Assert.Equal(TestPseudonyms.Patient("PT1"), Assert.Single(await warehouse.QueryAsync<string>("SELECT patient_id FROM dim_patient")));
        Assert.Equal("PT1", Assert.Single(await warehouse.QueryAsync<string>("SELECT source_id FROM identifier_map")));
    }

    /// <summary>A clock whose reading number <see cref="FailAt"/> throws what PostgreSQL raises when two loads insert the same row.</summary>
    private sealed class ConflictingClock : TimeProvider
    {
        public int Calls { get; private set; }
        public int FailAt { get; set; } = -1;
        public bool Failed { get; private set; }

        public override DateTimeOffset GetUtcNow()
        {
            if (++Calls == FailAt)
            {
                Failed = true;
                throw new Npgsql.PostgresException("duplicate key value (simulated)", "ERROR", "ERROR", Npgsql.PostgresErrorCodes.UniqueViolation);
            }
            return base.GetUtcNow();
        }
    }
}
