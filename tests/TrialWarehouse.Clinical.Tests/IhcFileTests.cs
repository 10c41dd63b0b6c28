using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical.Tests;

public sealed class IhcFileTests : IDisposable
{
    private readonly TempDirectory files = new();

    public void Dispose() => files.Dispose();

    private IReadOnlyList<IhcResult> Read(string text) => ClinicalFiles.ReadIhcResults(files.Write("ihc.csv", text));

    [Fact]
    public void ReadIhcResults_ReadsTheFormatsExample() =>
        Assert.Equal(
            [
                new IhcResult("PT0001-T1", "HER2", "intensity", 2, "4B5", "negative"),
                new IhcResult("PT0001-T1", "ER", "percent_positive", 85, "SP1", null),
                new IhcResult("PT0001-T1", "NECTIN4", "h_score", 210, "EPR15613-68", null),
            ],
            Read(Examples.Ihc));

    [Theory]
    [InlineData("0", 0.0, "0")]
    [InlineData("1+", 1.0, "1+")]
    [InlineData("3+", 3.0, "3+")]
    public void ReadIhcResults_ReadsIntensityScores(string cell, double value, string text)
    {
        var result = Assert.Single(Read(Examples.IhcHeader + $"\nS1,HER2,intensity,{cell},4B5,\n"));
        Assert.Equal((value, text), (result.Value, result.ValueText));
    }

    [Theory]
    [InlineData("S1,NECTIN4,h_score,301,EPR15613-68,", "ihc.csv:2: value: \"301\" is out of range; expected an integer between 0 and 300 for h_score")]
    [InlineData("S1,NECTIN4,h_score,150.5,EPR15613-68,", "ihc.csv:2: value: \"150.5\" is not an H-score; expected an integer between 0 and 300 for h_score")]
    [InlineData("S1,ER,percent_positive,101,SP1,", "ihc.csv:2: value: \"101\" is out of range; expected a percentage between 0 and 100 for percent_positive, e.g. 85")]
    [InlineData("S1,ER,intensity,4+,SP1,", "ihc.csv:2: value: \"4+\" is not an intensity score; expected 0, 1+, 2+ or 3+ for intensity")]
    [InlineData("S1,ER,intensity,,SP1,", "ihc.csv:2: value: is empty; expected a score on the scoring system's scale: h_score 0 to 300, percent_positive 0 to 100, intensity 0, 1+, 2+ or 3+")]
    [InlineData("S1,her2,intensity,2+,4B5,", "ihc.csv:2: marker: \"her2\" is not a marker; expected one of AR, ER, HER2, Ki-67, NECTIN4, PD-L1, PR, TROP2")]
    [InlineData("S1,ER,allred,5,SP1,", "ihc.csv:2: scoring: \"allred\" is not a scoring system; expected one of h_score, intensity, percent_positive")]
    [InlineData("S1,HER2,h_score,120,4B5,", "ihc.csv:2: scoring: \"h_score\" is not how HER2 is scored; expected intensity (0, 1+, 2+, 3+ as ASCO/CAP score it)")]
    [InlineData("S1,ER,percent_positive,80,SP1,negative", "ihc.csv:2: ish_result: \"negative\" is given for ER; expected ish_result only for HER2, empty otherwise")]
    [InlineData("S1,HER2,intensity,2+,4B5,amplified", "ihc.csv:2: ish_result: \"amplified\" is not an ISH result; expected one of equivocal, negative, positive")]
    [InlineData("S1,HER2,intensity,2+,,", "ihc.csv:2: clone: is empty; expected some text")]
    public void ReadIhcResults_RejectsABadCell_WithItsLineColumnAndWhatWouldBeRight(string row, string expected) =>
        Assert.Equal([expected], Rejection.ErrorsOf(() => Read(Examples.IhcHeader + "\n" + row + "\n")).Select(e => e.ToString()));

    [Fact]
    public void ReadIhcResults_RejectsTheSameScoreTwice_ButTakesOneMarkerOnTwoSystems()
    {
        Assert.Equal(2, Read(Examples.IhcHeader + "\nS1,ER,percent_positive,80,SP1,\nS1,ER,h_score,190,SP1,\n").Count);
        Assert.Equal(["ihc.csv:3: marker: ER by percent_positive of sample \"S1\" is on line 2 and again on line 3; expected each (sample_id, marker, scoring) once"],
            Rejection.ErrorsOf(() => Read(Examples.IhcHeader + "\nS1,ER,percent_positive,80,SP1,\nS1,ER,percent_positive,70,SP1,\n")).Select(e => e.ToString()));
    }

    [Fact]
    public void ReadIhcResults_RejectsAMissingColumn() =>
        Assert.Equal(["ihc.csv:1: clone: required column is missing from the header; required columns are sample_id, marker, scoring, value, clone"],
            Rejection.ErrorsOf(() => Read("sample_id,marker,scoring,value\nS1,ER,percent_positive,80\n")).Select(e => e.ToString()));
}
