namespace TrialWarehouse.Genomics.Tests;

/// <summary>Locates the files copied from TestData/ next to the test assembly.</summary>
internal static class TestData
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "TestData");

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);
}
