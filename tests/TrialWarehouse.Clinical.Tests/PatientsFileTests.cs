using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical.Tests;

public sealed class PatientsFileTests : IDisposable
{
    private readonly TempDirectory files = new();

    public void Dispose() => files.Dispose();

    private IReadOnlyList<Patient> Read(string text) =>
        ClinicalFiles.ReadPatients(files.Write("patients.csv", text), FixedClock.MidYear2026);

    private IReadOnlyList<Patient> ReadRow(string row) => Read(Examples.PatientsHeader + "\n" + row + "\n");

    [Fact]
    public void ReadPatients_ReadsTheFormatsExample()
    {
        var patients = Read(Examples.Patients);

        Assert.Equal([new Patient("PT0001", "F", 1961, "BRCA", new DateOnly(2019, 3, 14), "Marseille", "profiling")], patients);
    }

    [Fact]
    public void ReadPatients_ReadsEmptyOptionalCellsAndAbsentOptionalColumnsAsNull()
    {
        var patients = Read("patient_id,sex,birth_year,tumor_type,diagnosis_date,site\nPT0001,U,1961,LUAD,2019-03-14,\n");

        Assert.Equal([new Patient("PT0001", "U", 1961, "LUAD", new DateOnly(2019, 3, 14), null, null)], patients);
    }

    [Fact]
    public void ReadPatients_PlainOverloadUsesTheSystemClock()
    {
        var path = files.Write("patients.csv", Examples.Patients);

        Assert.Single(ClinicalFiles.ReadPatients(path));
    }

    [Fact]
    public void ReadPatients_RejectsBirthYearThatIsNotANumber_WithTheDocumentedMessage()
    {
        var error = Rejection.Single(() => ReadRow("PT0001,F,19x1,BRCA,2019-03-14,,"), 2, "birth_year");

        Assert.Equal("patients.csv:2: birth_year: \"19x1\" is not a year; expected an integer between 1900 and 2026", error.ToString());
    }

    [Theory]
    [InlineData("1899")]
    [InlineData("2027")]
    public void ReadPatients_RejectsBirthYearOutsideNineteenHundredToThisYear(string year) =>
        Rejection.Single(() => ReadRow($"PT0001,F,{year},BRCA,2019-03-14,,"), 2, "birth_year", "out of range", "between 1900 and 2026");

    [Fact]
    public void ReadPatients_TakesThisYearFromTheInjectedClock()
    {
        var path = files.Write("patients.csv", Examples.PatientsHeader + "\nPT0001,F,2030,BRCA,2031-01-01,,\n");

        Assert.Single(ClinicalFiles.ReadPatients(path, new FixedClock(new DateTimeOffset(2031, 1, 2, 0, 0, 0, TimeSpan.Zero))));
        Assert.Throws<InputRejectedException>(() => ClinicalFiles.ReadPatients(path, FixedClock.MidYear2026));
    }

    [Fact]
    public void ReadPatients_RejectsBirthYearAfterDiagnosisYear_NamingLineAndColumn() =>
        Rejection.Single(() => ReadRow("PT0001,F,2020,BRCA,2019-03-14,,"), 2, "birth_year", "after the year of diagnosis");

    [Theory]
    [InlineData("X")]
    [InlineData("f")]
    [InlineData("female")]
    public void ReadPatients_RejectsSexOutsideVocabulary(string sex) =>
        Rejection.Single(() => ReadRow($"PT0001,{sex},1961,BRCA,2019-03-14,,"), 2, "sex", "one of F, M, U");

    [Theory]
    [InlineData("brca")]
    [InlineData("B")]
    [InlineData("1BRCA")]
    [InlineData("BREAST-CANCER")]
    [InlineData("ABCDEFGHIJKLMNOPQ")]
    public void ReadPatients_RejectsTumorTypeThatIsNotAnOncoTreeCode(string tumorType) =>
        Rejection.Single(() => ReadRow($"PT0001,F,1961,{tumorType},2019-03-14,,"), 2, "tumor_type", "is not an OncoTree code");

    [Theory]
    [InlineData("PT 0001")]
    [InlineData("PT0001/2")]
    [InlineData("PTé")]
    public void ReadPatients_RejectsMalformedIdentifier(string id) =>
        Rejection.Single(() => ReadRow($"{id},F,1961,BRCA,2019-03-14,,"), 2, "patient_id", "is not an identifier");

    [Fact]
    public void ReadPatients_AcceptsIdentifierOf64CharactersAndRejects65()
    {
        Assert.Single(ReadRow(new string('a', 64) + ",F,1961,BRCA,2019-03-14,,"));
        Rejection.Single(() => ReadRow(new string('a', 65) + ",F,1961,BRCA,2019-03-14,,"), 2, "patient_id");
    }

    [Theory]
    [InlineData("2019-02-30", "not a calendar date")]
    [InlineData("2019-13-01", "not a calendar date")]
    [InlineData("14/03/2019", "is not a date")]
    [InlineData("2019-3-14", "is not a date")]
    [InlineData("2019-03-14T00:00", "is not a date")]
    [InlineData(" 2019-03-14", "is not a date")]
    public void ReadPatients_RejectsDateThatIsNotStrictIso(string date, string fragment) =>
        Rejection.Single(() => ReadRow($"PT0001,F,1961,BRCA,{date},,"), 2, "diagnosis_date", fragment, "YYYY-MM-DD");

    [Fact]
    public void ReadPatients_AcceptsLeapDay() =>
        Assert.Equal(new DateOnly(2020, 2, 29), ReadRow("PT0001,F,1961,BRCA,2020-02-29,,")[0].DiagnosisDate);

    [Fact]
    public void ReadPatients_RejectsEmptyRequiredCell_NamingLineAndColumn() =>
        Rejection.Single(() => ReadRow("PT0001,,1961,BRCA,2019-03-14,,"), 2, "sex", "is empty");

    [Fact]
    public void ReadPatients_RejectsDuplicatePatientId_NamingBothLines() =>
        Rejection.Single(
            () => Read(Examples.PatientsHeader + "\nPT0001,F,1961,BRCA,2019-03-14,,\nPT0002,M,1950,LUAD,2018-01-01,,\nPT0001,F,1961,BRCA,2019-03-14,,\n"),
            4, "patient_id", "line 2", "line 4");
}
