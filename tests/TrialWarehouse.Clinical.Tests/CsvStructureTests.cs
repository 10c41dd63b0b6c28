using System.Text;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical.Tests;

/// <summary>Rules shared by every clinical file (encoding, header, quoting, row shape), exercised on patients.csv.</summary>
public sealed class CsvStructureTests : IDisposable
{
    private const string ValidRow = "PT0001,F,1961,BRCA,2019-03-14,Marseille,profiling";

    private readonly TempDirectory files = new();

    public void Dispose() => files.Dispose();

    private IReadOnlyList<Patient> Read(string text) => ReadBytes(Encoding.UTF8.GetBytes(text));

    private IReadOnlyList<Patient> ReadBytes(byte[] bytes) =>
        ClinicalFiles.ReadPatients(files.WriteBytes("patients.csv", bytes), FixedClock.MidYear2026);

    [Fact]
    public void ReadPatients_RejectsEmptyFile() =>
        Rejection.Single(() => Read(""), 1, null, "the file is empty", Examples.PatientsHeader);

    [Fact]
    public void ReadPatients_RejectsFileHoldingOnlyAByteOrderMark() =>
        Rejection.Single(() => ReadBytes([0xEF, 0xBB, 0xBF]), 1, null, "the file is empty");

    [Fact]
    public void ReadPatients_RejectsFileStartingWithAnEmptyLine() =>
        Rejection.Single(() => Read("\n" + Examples.Patients), 1, null, "the header cannot be read");

    [Fact]
    public void ReadPatients_AcceptsByteOrderMark() =>
        Assert.Single(ReadBytes([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Examples.Patients)]));

    [Fact]
    public void ReadPatients_RejectsInvalidUtf8_NamingEveryLineHoldingIt()
    {
        byte[] latin1Row = [.. "PT0002,F,1961,BRCA,2019-03-14,B"u8, 0xE9, .. "ziers,\n"u8];
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Examples.Patients), .. latin1Row, .. Encoding.UTF8.GetBytes(ValidRow.Replace("PT0001", "PT0003") + "\n"), .. latin1Row];

        var errors = Rejection.ErrorsOf(() => ReadBytes(bytes));

        Assert.Equal([3L, 5L], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Contains("byte 0xE9", e.Message, StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Contains("not valid UTF-8", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void ReadPatients_RejectsTruncatedUtf8SequenceAtEndOfFile() =>
        Rejection.Single(() => ReadBytes([.. Encoding.UTF8.GetBytes(Examples.Patients + "PT0002,F,1961,BRCA,2019-03-14,"), 0xC3]), 3, null, "not valid UTF-8");

    [Fact]
    public void ReadPatients_ReadsNonAsciiText() =>
        Assert.Equal("Béziers 🏥", Read(Examples.PatientsHeader + "\nPT0001,F,1961,BRCA,2019-03-14,Béziers 🏥,\n")[0].Site);

    [Fact]
    public void ReadPatients_RejectsDataWithoutHeader_ListingAcceptedColumns()
    {
        var errors = Rejection.ErrorsOf(() => Read(ValidRow + "\n"));

        Assert.All(errors, e => Assert.Equal(1, e.Line));
        var unknown = errors.First(e => e.Field == "PT0001");
        Assert.Equal($"unknown column \"PT0001\"; accepted columns are {Examples.PatientsHeader.Replace(",", ", ")}", unknown.Message);
        Assert.Contains(errors, e => e.Field == "patient_id" && e.Message.StartsWith("required column is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadPatients_RejectsUnknownColumn_NamingItAndListingAcceptedColumns() =>
        Rejection.Single(() => Read(Examples.PatientsHeader + ",colour\n" + ValidRow + ",blue\n"),
            1, "colour", "unknown column \"colour\"", "accepted columns are patient_id, sex, birth_year, tumor_type, diagnosis_date, site, arm");

    [Fact]
    public void ReadPatients_RejectsMissingRequiredColumn_NamingIt() =>
        Rejection.Single(() => Read("patient_id,sex,birth_year,diagnosis_date\nPT0001,F,1961,2019-03-14\n"),
            1, "tumor_type", "required column is missing");

    [Fact]
    public void ReadPatients_RejectsRepeatedColumn() =>
        Rejection.Single(() => Read(Examples.PatientsHeader + ",sex\n" + ValidRow + ",F\n"), 1, "sex", "appears twice", "columns 2 and 8");

    [Fact]
    public void ReadPatients_ColumnNamesAreCaseSensitive() =>
        Assert.Contains(Rejection.ErrorsOf(() => Read(Examples.PatientsHeader.Replace("sex", "Sex") + "\n" + ValidRow + "\n")),
            e => e.Field == "Sex" && e.Message.StartsWith("unknown column", StringComparison.Ordinal));

    [Theory]
    [InlineData(ValidRow + ",extra", 8)]
    [InlineData("PT0001,F,1961,BRCA,2019-03-14,Marseille", 6)]
    public void ReadPatients_RejectsRowWithWrongNumberOfFields_NamingLine(string row, int count) =>
        Rejection.Single(() => Read(Examples.Patients + row + "\n"), 3, null, $"has {count} fields; expected 7");

    [Fact]
    public void ReadPatients_RejectsEmptyLineBetweenRows() =>
        Rejection.Single(() => Read(Examples.Patients + "\n" + ValidRow.Replace("PT0001", "PT0002") + "\n"), 3, null, "the line is empty");

    [Fact]
    public void ReadPatients_ReadsColumnsInAnyOrder()
    {
        var reordered = Read("arm,diagnosis_date,site,tumor_type,birth_year,sex,patient_id\nprofiling,2019-03-14,Marseille,BRCA,1961,F,PT0001\n");

        Assert.Equal(Read(Examples.Patients), reordered);
    }

    [Fact]
    public void ReadPatients_ReadsQuotedFieldsWithCommasQuotesAndLineBreaks()
    {
        var patients = Read(Examples.PatientsHeader + "\n\"PT0001\",F,1961,BRCA,2019-03-14,\"Hôpital \"\"Nord\"\", Marseille\",\"arm A,\nthen B\"\n");

        Assert.Equal("Hôpital \"Nord\", Marseille", patients[0].Site);
        Assert.Equal("arm A,\nthen B", patients[0].Arm);
    }

    [Fact]
    public void ReadPatients_ReadsQuotedHeaderNames() =>
        Assert.Single(Read("\"patient_id\",sex,birth_year,tumor_type,diagnosis_date\nPT0001,F,1961,BRCA,2019-03-14\n"));

    [Fact]
    public void ReadPatients_CountsPhysicalLinesAfterAFieldSpanningLines() =>
        Rejection.Single(
            () => Read(Examples.PatientsHeader + "\nPT0001,F,1961,BRCA,2019-03-14,\"two\nlines\",\nPT0002,F,19x1,BRCA,2019-03-14,,\n"),
            4, "birth_year");

    [Theory]
    [InlineData("Mar\"seille", "a quote appears inside an unquoted field")]
    [InlineData("\"Mar\"seille", "text follows the closing quote")]
    public void ReadPatients_RejectsMalformedQuoting_NamingLineAndColumn(string site, string fragment) =>
        Rejection.Single(() => Read(Examples.Patients + $"PT0002,F,1961,BRCA,2019-03-14,{site},\n"), 3, "site", fragment);

    [Fact]
    public void ReadPatients_RejectsQuotedFieldThatIsNeverClosed() =>
        Assert.Contains(Rejection.ErrorsOf(() => Read(Examples.Patients + "PT0002,F,1961,BRCA,2019-03-14,,\"profiling\n" + ValidRow + "\n")),
            e => e.Line == 3 && e.Message.Contains("never closed", StringComparison.Ordinal));

    [Fact]
    public void ReadPatients_ReadsCrLfLineEndings()
    {
        var crlf = Examples.Patients.Replace("\n", "\r\n");

        Assert.Equal(Read(Examples.Patients), Read(crlf));
        Rejection.Single(() => Read(crlf + "PT0002,F,1961,BRCA,2019-02-30,,\r\n"), 3, "diagnosis_date", "not a calendar date");
    }

    [Fact]
    public void ReadPatients_ReadsLastRowWithoutFinalLineBreak() =>
        Assert.Single(Read(Examples.PatientsHeader + "\n" + ValidRow));

    [Fact]
    public void ReadPatients_ReportsEveryErrorOfTheFile_InFileOrder()
    {
        var text = Examples.PatientsHeader + ",colour\n"
                   + "PT0001,X,1961,BRCA,2019-03-14,,,\n"
                   + "PT0002,F,19x1,brca,2019-02-30,,,\n"
                   + "PT0003,F,1961,BRCA\n"
                   + "PT0001,F,1961,BRCA,2019-03-14,,,\n";

        var errors = Rejection.ErrorsOf(() => Read(text));

        Assert.Equal(
            [(1L, "colour"), (2, "sex"), (3, "birth_year"), (3, "tumor_type"), (3, "diagnosis_date"), (4, null), (5, "patient_id")],
            errors.Select(e => (e.Line, e.Field)));
        Assert.All(errors, e => Assert.Equal("patients.csv", e.File));
    }

    [Fact]
    public void ReadPatients_StopsAtOneHundredErrors()
    {
        var rows = Enumerable.Range(1, 150).Select(i => $"PT{i},X,1961,BRCA,2019-03-14,,");

        var errors = Rejection.ErrorsOf(() => Read(Examples.PatientsHeader + "\n" + string.Join("\n", rows)));

        Assert.Equal(100, errors.Count);
        Assert.Equal(101, errors[^1].Line);
    }

    [Fact]
    public void ReadPatients_NamesTheFileWithoutItsDirectory()
    {
        var path = files.Write("patients_batch2.csv", Examples.PatientsHeader + "\nPT0001,X,1961,BRCA,2019-03-14,,\n");

        var error = Assert.Single(Assert.Throws<InputRejectedException>(() => ClinicalFiles.ReadPatients(path)).Errors);

        Assert.Equal("patients_batch2.csv", error.File);
    }
}
