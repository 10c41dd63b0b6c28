using TrialWarehouse.Warehouse;
using TrialWarehouse.Warehouse.Privacy;

namespace TrialWarehouse.Testing;

/// <summary>
/// The pseudonymisation secret every test loads under, pinned so that a test can compute the pseudonym of an id of
/// its input files (<c>TestPseudonyms.Patient("PT1")</c>) and compare it with what the warehouse answers.
/// </summary>
public static class TestPseudonyms
{
    /// <summary>Not a secret of any deployment: a fixed text for tests only.</summary>
    public const string Secret = "trialwarehouse-tests-only-pseudonymisation-secret";

    public static readonly Pseudonymiser Instance = new(Secret);

    public static string Patient(string id) => Instance.Patient(id);
    public static string Sample(string id) => Instance.Sample(id);
    public static string Model(string id) => Instance.Model(id);

    /// <summary>The warehouse key of the patient with this hospital id.</summary>
    public static long PatientKey(string id) => StableKey.Patient(Patient(id));

    public static long SampleKey(string id) => StableKey.Sample(Sample(id));
}
