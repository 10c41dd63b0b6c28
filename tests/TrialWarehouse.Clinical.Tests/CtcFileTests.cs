using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical.Tests;

public sealed class CtcFileTests : IDisposable
{
    private readonly TempDirectory files = new();

    public void Dispose() => files.Dispose();

    private IReadOnlyList<CtcCount> Read(string text) => ClinicalFiles.ReadCtcCounts(files.Write("ctc.csv", text));

    [Fact]
    public void ReadCtcCounts_ReadsTheFormatsExample() =>
        Assert.Equal(
            [
                new CtcCount("PT0001", new DateOnly(2021, 6, 1), "CellSearch", 14, 3, 2, null),
                new CtcCount("PT0001", new DateOnly(2021, 7, 8), "CellSearch", 2, 0, 1, 2),
            ],
            Read(Examples.Ctc));

    [Fact]
    public void ReadCtcCounts_TakesTheRequiredColumnsAlone() =>
        Assert.Equal([new CtcCount("PT1", new DateOnly(2021, 6, 1), "flow_cytometry", 0, null, null, null)],
            Read("patient_id,draw_date,method,ctc_per_7_5ml\nPT1,2021-06-01,flow_cytometry,0\n"));

    [Theory]
    [InlineData("PT1,2021-06-01,CellSearch,-1,,,", "ctc.csv:2: ctc_per_7_5ml: \"-1\" is out of range; expected a whole number of cells per 7.5 mL of blood, 0 or more, e.g. 12")]
    [InlineData("PT1,2021-06-01,CellSearch,2.5,,,", "ctc.csv:2: ctc_per_7_5ml: \"2.5\" is not a cell count; expected a whole number of cells per 7.5 mL of blood, 0 or more, e.g. 12")]
    [InlineData("PT1,2021-06-01,CellSearch,,,,", "ctc.csv:2: ctc_per_7_5ml: is empty; expected a whole number of cells per 7.5 mL of blood, 0 or more, e.g. 12")]
    [InlineData("PT1,2021-06-01,CellSearch,3,-2,,", "ctc.csv:2: atypical_ctc_per_7_5ml: \"-2\" is out of range; expected a whole number of cells per 7.5 mL of blood, 0 or more, e.g. 12")]
    [InlineData("PT1,2021-06-01,CellSearch,3,,many,", "ctc.csv:2: emt_ctc_per_7_5ml: \"many\" is not a cell count; expected a whole number of cells per 7.5 mL of blood, 0 or more, e.g. 12")]
    [InlineData("PT1,2021-06-01,CellSearch,3,,,0", "ctc.csv:2: line_number: \"0\" is out of range; expected an integer of at least 1, or empty to derive the line from the dates")]
    [InlineData("PT1,2021-06-01,cellsearch,3,,,", "ctc.csv:2: method: \"cellsearch\" is not a CTC method; expected one of CellSearch, flow_cytometry, microfluidic, other")]
    [InlineData("PT1,01/06/2021,CellSearch,3,,,", "ctc.csv:2: draw_date: \"01/06/2021\" is not a date; expected a calendar date as YYYY-MM-DD, e.g. 2019-03-14")]
    [InlineData("PT 1,2021-06-01,CellSearch,3,,,", "ctc.csv:2: patient_id: \"PT 1\" is not an identifier; expected 1 to 64 characters of A-Z a-z 0-9 _ - .")]
    public void ReadCtcCounts_RejectsABadCell_WithItsLineColumnAndWhatWouldBeRight(string row, string expected) =>
        Assert.Equal([expected], Rejection.ErrorsOf(() => Read(Examples.CtcHeader + "\n" + row + "\n")).Select(e => e.ToString()));

    [Fact]
    public void ReadCtcCounts_RejectsTheSameDrawTwice_NamingBothLines() =>
        Assert.Equal(["ctc.csv:3: draw_date: the CellSearch draw of patient \"PT1\" on 2021-06-01 is on line 2 and again on line 3; expected each (patient_id, draw_date, method) once"],
            Rejection.ErrorsOf(() => Read(Examples.CtcHeader + "\nPT1,2021-06-01,CellSearch,3,,,\nPT1,2021-06-01,CellSearch,4,,,\nPT1,2021-06-01,flow_cytometry,4,,,\n"))
                .Select(e => e.ToString()));

    [Fact]
    public void ReadCtcCounts_RejectsUnknownAndMissingColumns() =>
        Assert.Equal(
            [
                "ctc.csv:1: ctc_count: unknown column \"ctc_count\"; accepted columns are patient_id, draw_date, method, ctc_per_7_5ml, atypical_ctc_per_7_5ml, emt_ctc_per_7_5ml, line_number",
                "ctc.csv:1: ctc_per_7_5ml: required column is missing from the header; required columns are patient_id, draw_date, method, ctc_per_7_5ml",
            ],
            Rejection.ErrorsOf(() => Read("patient_id,draw_date,method,ctc_count\nPT1,2021-06-01,CellSearch,3\n")).Select(e => e.ToString()));
}
