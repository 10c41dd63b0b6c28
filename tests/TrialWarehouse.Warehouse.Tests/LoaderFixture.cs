using TrialWarehouse.Domain;
using TrialWarehouse.Testing;
using TrialWarehouse.Warehouse.Loading;

namespace TrialWarehouse.Warehouse.Tests;

/// <summary>A fresh, migrated warehouse with a loader under the tests' secret, and the patient and sample the loader tests start from.</summary>
internal static class LoaderFixture
{
    /// <summary>The day sample PT1-T1 was collected.</summary>
    public static readonly DateOnly Day = new(2021, 5, 2);

    public static async Task<(Warehouse, WarehouseLoader)> FreshAsync(string engine)
    {
        var warehouse = Warehouse.Create(TestEngines.Fresh(engine));
        await Migrator.MigrateAsync(warehouse);
        return (warehouse, new WarehouseLoader(warehouse, TimeProvider.System, TestPseudonyms.Instance));
    }

    /// <summary>Patient PT1 (patients.csv) and its sample PT1-T1 on GRCh38 (samples.csv).</summary>
    public static async Task LoadPatientAndSampleAsync(WarehouseLoader loader)
    {
        await loader.LoadPatientsAsync(File("patients.csv", "p"), [new Patient("PT1", "F", 1961, "BRCA", new DateOnly(2019, 3, 14), "Marseille", null)]);
        await loader.LoadSamplesAsync(File("samples.csv", "s"), [new Sample("PT1-T1", "PT1", Day, "liver metastasis", 60, "NGS-802", "GRCh38")]);
    }

    /// <summary>A delivered file whose kind is its extension.</summary>
    public static SourceFile File(string name, string hash) => new(name, hash, Path.GetExtension(name), "test");
}
