using TrialWarehouse.Clinical.Cbioportal;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical.Tests;

/// <summary>A clinical file with an enormous line is refused at that line, before the rest of it is read.</summary>
public sealed class InputLimitsTests : IDisposable
{
    private static readonly InputLimits Limits = new() { MaxLineBytes = 1024 };
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void ReadPatients_LineLongerThanTheLimit_IsRejectedAtItsLine()
    {
        var path = _directory.Write("patients.csv", Examples.Patients + "\"" + new string('x', 5000) + "\n" + Examples.Patients);

        var error = Rejection.Single(() => ClinicalFiles.ReadPatients(path, TimeProvider.System, Limits), 3, null, "MaxLineBytes = 1,024 bytes");

        Assert.Equal("patients.csv", error.File);
    }

    [Fact]
    public void ReadSamples_WithinTheDefaultLimit_IsReadAsBefore()
    {
        var path = _directory.Write("samples.csv", Examples.Samples);

        Assert.Equal(ClinicalFiles.ReadSamples(path), ClinicalFiles.ReadSamples(path, out _, InputLimits.Default));
    }

    [Fact]
    public void CbioportalReadTreatments_LineLongerThanTheLimit_IsRejectedAtItsLine()
    {
        var path = _directory.Write("data_timeline_treatment.txt",
            "PATIENT_ID\tSTART_DATE\tSTOP_DATE\tEVENT_TYPE\tAGENT\nP1\t0\t30\tTREATMENT\t" + new string('x', 3000) + "\n");

        var error = Rejection.Single(() => CbioportalClinical.ReadTreatments(path, new Dictionary<string, DateOnly>(), out _, Limits), 2, null,
            "the line is longer than the limit MaxLineBytes = 1,024 bytes");

        Assert.Equal("data_timeline_treatment.txt", error.File);
    }
}
