namespace TrialWarehouse.Domain.Tests;

/// <summary>Each rule of docs/endpoints.md, on a patient diagnosed 2020-01-01.</summary>
public sealed class OutcomesTests
{
    private static readonly DateOnly Diagnosis = new(2020, 1, 1);

    private static DateOnly Day(int n) => Diagnosis.AddDays(n);

    private static TherapyLine Line(int number, int start, int? end, int? progression, bool matched = false, string? response = null) =>
        new("PT1", number, "regimen", ["drug"], Day(start), end is { } e ? Day(e) : null, null, response, progression is { } p ? Day(p) : null,
            matched, matched ? "PIK3CA H1047R" : null);

    private static FollowUpEvent Event(int day, string kind) => new("PT1", Day(day), kind, null);

    [Fact]
    public void ProgressionFree_EndsAtProgression_WhenItComesBeforeDeath()
    {
        Assert.Equal(new TimeToEvent(90, true), Outcomes.ProgressionFree(Line(1, 10, 100, 100), [Event(300, "death")]));
    }

    [Fact]
    public void ProgressionFree_EndsAtDeath_WhenThePatientDiesWithoutProgression()
    {
        Assert.Equal(new TimeToEvent(190, true), Outcomes.ProgressionFree(Line(1, 10, 100, null), [Event(150, "visit"), Event(200, "death")]));
    }

    [Fact]
    public void ProgressionFree_IsCensoredAtTheLastFollowUp_WithoutProgressionOrDeath()
    {
        Assert.Equal(new TimeToEvent(240, false), Outcomes.ProgressionFree(Line(1, 10, null, null), [Event(100, "visit"), Event(250, "last_contact")]));
    }

    [Fact]
    public void ProgressionFree_IsCensoredAtTheLineStart_WithNoFollowUpAtAll()
    {
        Assert.Equal(new TimeToEvent(0, false), Outcomes.ProgressionFree(Line(1, 10, null, null), []));
    }

    [Fact]
    public void ProgressionFree_IgnoresDeathAndFollowUpAfterTheNextLineStarted()
    {
        // Stopped for toxicity at day 60; the next line starts at day 80; death at day 400 belongs to the later line.
        var pfs = Outcomes.ProgressionFree(Line(1, 10, 60, null), [Event(70, "visit"), Event(400, "death")], nextLineStart: Day(80));

        Assert.Equal(new TimeToEvent(60, false), pfs);
    }

    [Fact]
    public void ProgressionFree_IsNull_WhenProgressionPrecedesTheStart()
    {
        Assert.Null(Outcomes.ProgressionFree(Line(1, 10, 100, 5), []));
    }

    [Fact]
    public void ByLine_GivesMatchedLinesTheirRatioOverThePreviousLine()
    {
        var outcomes = Outcomes.ByLine(
            [Line(2, 130, 330, 330, matched: true), Line(1, 10, 110, 110)],
            [Event(330, "progression"), Event(500, "death")]);

        Assert.Equal([1, 2], outcomes.Select(o => o.Line.LineNumber));
        Assert.Equal(new TimeToEvent(100, true), outcomes[0].Pfs);
        Assert.Equal(new TimeToEvent(200, true), outcomes[1].Pfs);
        Assert.Null(outcomes[0].PfsRatio);
        Assert.Equal(2.0, outcomes[1].PfsRatio);
    }

    [Fact]
    public void ByLine_RatesACensoredMatchedLineAgainstThePreviousLine()
    {
        // PFS2 still running at the last contact: the ratio is a lower bound (docs/endpoints.md).
        var outcomes = Outcomes.ByLine([Line(1, 10, 110, 110), Line(2, 130, null, null, matched: true)], [Event(290, "last_contact")]);

        Assert.Equal(new TimeToEvent(160, false), outcomes[1].Pfs);
        Assert.Equal(1.6, outcomes[1].PfsRatio);
    }

    [Fact]
    public void ByLine_HasNoRatio_ForAMatchedFirstLineOrAZeroDayPreviousLine()
    {
        Assert.Null(Outcomes.ByLine([Line(1, 10, 110, 110, matched: true)], [])[0].PfsRatio);
        Assert.Null(Outcomes.ByLine([Line(1, 10, 10, 10), Line(2, 20, 120, 120, matched: true)], [])[1].PfsRatio);
    }

    [Fact]
    public void OverallSurvival_RunsFromDiagnosisToDeath()
    {
        Assert.Equal(new TimeToEvent(500, true), Outcomes.OverallSurvival(Diagnosis, [Event(100, "visit"), Event(500, "death")], [Line(1, 10, 100, 100)]));
    }

    [Fact]
    public void OverallSurvival_IsCensoredAtTheLastDateKnownAlive_IncludingTherapyDates()
    {
        Assert.Equal(new TimeToEvent(250, false), Outcomes.OverallSurvival(Diagnosis, [Event(100, "last_contact")], [Line(1, 10, 250, null)]));
        Assert.Equal(new TimeToEvent(300, false), Outcomes.OverallSurvival(Diagnosis, [Event(300, "last_contact")], [Line(1, 10, 250, null)]));
    }

    [Fact]
    public void OverallSurvival_IsNull_WithoutFollowUpOrWithDeathBeforeDiagnosis()
    {
        Assert.Null(Outcomes.OverallSurvival(Diagnosis, [], []));
        Assert.Null(Outcomes.OverallSurvival(Diagnosis, [Event(-3, "death")], []));
    }

    [Fact]
    public void BestOverallResponse_IsTheBestRecistResponseOverTheLines()
    {
        Assert.Equal("PR", Outcomes.BestOverallResponse([Line(1, 0, 1, null, response: "SD"), Line(2, 2, 3, null, response: "PR"), Line(3, 4, 5, null, response: "NE")]));
        Assert.Equal("PD", Outcomes.BestOverallResponse([Line(1, 0, 1, null, response: "NE"), Line(2, 2, 3, null, response: "PD")]));
        Assert.Null(Outcomes.BestOverallResponse([Line(1, 0, 1, null)]));
    }
}
