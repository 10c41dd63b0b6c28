using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical.Tests;

public sealed class TherapyLinesFileTests : IDisposable
{
    private readonly TempDirectory files = new();

    public void Dispose() => files.Dispose();

    private IReadOnlyList<TherapyLine> Read(string text) => ClinicalFiles.ReadTherapyLines(files.Write("therapy_lines.csv", text));

    private IReadOnlyList<TherapyLine> ReadRow(string row) => Read(Examples.TherapyLinesHeader + "\n" + row + "\n");

    [Fact]
    public void ReadTherapyLines_ReadsTheFormatsExample()
    {
        var lines = Read(Examples.TherapyLines);

        Assert.Equal(2, lines.Count);
        var first = lines[0];
        Assert.Equal(("PT0001", 1, "Paclitaxel"), (first.PatientId, first.LineNumber, first.Regimen));
        Assert.Equal(["paclitaxel"], first.Drugs);
        Assert.Equal(new DateOnly(2019, 4, 1), first.StartDate);
        Assert.Equal(new DateOnly(2019, 11, 20), first.EndDate);
        Assert.Equal(("progression", "PR"), (first.ReasonStopped, first.BestResponse));
        Assert.Equal(new DateOnly(2019, 11, 20), first.ProgressionDate);
        Assert.False(first.Matched);
        Assert.Null(first.MatchedAlteration);

        var second = lines[1];
        Assert.Equal(("PT0001", 2, "Alpelisib + fulvestrant"), (second.PatientId, second.LineNumber, second.Regimen));
        Assert.Equal(["alpelisib", "fulvestrant"], second.Drugs);
        Assert.Equal(new DateOnly(2021, 6, 10), second.StartDate);
        Assert.Null(second.EndDate);
        Assert.Null(second.ReasonStopped);
        Assert.Equal("SD", second.BestResponse);
        Assert.Null(second.ProgressionDate);
        Assert.True(second.Matched);
        Assert.Equal("PIK3CA p.H1047R", second.MatchedAlteration);
    }

    [Fact]
    public void ReadTherapyLines_TrimsDrugNames() =>
        Assert.Equal(["alpelisib", "fulvestrant"], ReadRow("PT0001,1,A + F,alpelisib; fulvestrant,2021-06-10,,,,,false,")[0].Drugs);

    [Fact]
    public void ReadTherapyLines_RejectsEmptyDrugInList() =>
        Rejection.Single(() => ReadRow("PT0001,1,A + F,alpelisib;;fulvestrant,2021-06-10,,,,,false,"), 2, "drugs", "empty item");

    [Fact]
    public void ReadTherapyLines_RejectsEndBeforeStart_NamingLineAndColumn() =>
        Rejection.Single(() => ReadRow("PT0001,1,Paclitaxel,paclitaxel,2019-04-01,2019-03-31,progression,PR,,false,"),
            2, "end_date", "2019-03-31 is before start_date 2019-04-01");

    [Fact]
    public void ReadTherapyLines_AcceptsEndOnStartDay() =>
        Assert.Single(ReadRow("PT0001,1,Paclitaxel,paclitaxel,2019-04-01,2019-04-01,toxicity,NE,,false,"));

    [Fact]
    public void ReadTherapyLines_RejectsProgressionBeforeStart_NamingLineAndColumn() =>
        Rejection.Single(() => ReadRow("PT0001,1,Paclitaxel,paclitaxel,2019-04-01,,,,2019-01-01,false,"),
            2, "progression_date", "before start_date");

    [Fact]
    public void ReadTherapyLines_RejectsALaterLineStartingBeforeAnEarlierOne_NamingBoth() =>
        Rejection.Single(() => Read(Examples.TherapyLinesHeader + "\n"
                + "PT0001,2,Docetaxel,docetaxel,2019-01-05,2019-03-01,progression,SD,2019-03-01,false,\n"
                + "PT0001,1,Paclitaxel,paclitaxel,2019-04-01,2019-11-20,progression,PR,2019-11-20,false,\n"),
            2, "start_date", "2019-01-05 (line 2 of patient \"PT0001\") is before the start of line 1 on 2019-04-01 (line 3)",
            "expected line numbers in the order the lines started");

    [Fact]
    public void ReadTherapyLines_AcceptsLinesListedInAnyOrder_WhenTheirStartsFollowTheirNumbers() =>
        Assert.Equal(2, Read(Examples.TherapyLinesHeader + "\n"
            + "PT0001,2,Docetaxel,docetaxel,2020-01-05,,,,,false,\n"
            + "PT0001,1,Paclitaxel,paclitaxel,2019-04-01,2019-11-20,progression,PR,2019-11-20,false,\n").Count);

    [Fact]
    public void ReadTherapyLines_RejectsMatchedWithoutAlteration_NamingLineAndColumn() =>
        Rejection.Single(() => ReadRow("PT0001,1,Alpelisib,alpelisib,2021-06-10,,,,,true,"),
            2, "matched_alteration", "matched is true");

    [Fact]
    public void ReadTherapyLines_RejectsMatchedWhenAlterationColumnIsAbsent() =>
        Rejection.Single(
            () => Read("patient_id,line_number,regimen,drugs,start_date,matched\nPT0001,1,Alpelisib,alpelisib,2021-06-10,true\n"),
            2, "matched_alteration", "matched is true");

    [Fact]
    public void ReadTherapyLines_RejectsUnmatchedWithAlteration_NamingLineAndColumn() =>
        Rejection.Single(() => ReadRow("PT0001,1,Alpelisib,alpelisib,2021-06-10,,,,,false,PIK3CA p.H1047R"),
            2, "matched_alteration", "matched is false");

    [Theory]
    [InlineData("True")]
    [InlineData("1")]
    [InlineData("yes")]
    public void ReadTherapyLines_RejectsMatchedOtherThanTrueOrFalse(string matched) =>
        Rejection.Single(() => ReadRow($"PT0001,1,Paclitaxel,paclitaxel,2019-04-01,,,,,{matched},"), 2, "matched", "one of true, false");

    [Theory]
    [InlineData("0", "out of range")]
    [InlineData("-1", "out of range")]
    [InlineData("first", "is not a line number")]
    [InlineData("1.0", "is not a line number")]
    public void ReadTherapyLines_RejectsLineNumberBelowOneOrNotAnInteger(string lineNumber, string fragment) =>
        Rejection.Single(() => ReadRow($"PT0001,{lineNumber},Paclitaxel,paclitaxel,2019-04-01,,,,,false,"), 2, "line_number", fragment);

    [Fact]
    public void ReadTherapyLines_RejectsReasonStoppedOutsideVocabulary() =>
        Rejection.Single(() => ReadRow("PT0001,1,Paclitaxel,paclitaxel,2019-04-01,2019-05-01,stopped,,,false,"),
            2, "reason_stopped", "one of progression, toxicity, completed, death, patient_choice, other");

    [Fact]
    public void ReadTherapyLines_AcceptsEveryReasonStopped()
    {
        string[] reasons = ["progression", "toxicity", "completed", "death", "patient_choice", "other"];
        var rows = reasons.Select((reason, i) => $"PT0001,{i + 1},R,d,2019-04-01,2019-05-01,{reason},,,false,");

        Assert.Equal(reasons, Read(Examples.TherapyLinesHeader + "\n" + string.Join("\n", rows)).Select(l => l.ReasonStopped));
    }

    [Fact]
    public void ReadTherapyLines_RejectsBestResponseOutsideRecist() =>
        Rejection.Single(() => ReadRow("PT0001,1,Paclitaxel,paclitaxel,2019-04-01,,,iCR,,false,"), 2, "best_response", "one of CR, PR, SD, PD, NE");

    [Fact]
    public void ReadTherapyLines_RejectsDuplicatePatientAndLineNumber_NamingBothLines() =>
        Rejection.Single(
            () => Read(Examples.TherapyLines + "PT0002,1,Paclitaxel,paclitaxel,2019-04-01,,,,,false,\nPT0001,2,Paclitaxel,paclitaxel,2019-04-01,,,,,false,\n"),
            5, "line_number", "line 3", "line 5");
}
