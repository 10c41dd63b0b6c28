using TrialWarehouse.Domain;

namespace TrialWarehouse.Domain.Tests;

public class CtcKineticsTests
{
    private static readonly DateOnly Start = new(2022, 3, 1);

    private static TherapyLine Line(int number, DateOnly start, DateOnly? end = null) =>
        new("PT1", number, "R" + number, ["d" + number], start, end, null, null, null, false, null);

    private static CtcCount Draw(DateOnly date, int count, int? line = null, string method = CtcVocabulary.CellSearch) =>
        new("PT1", date, method, count, null, null, line);

    [Fact]
    public void PerLine_TakesTheLastBaselineAndTheFirstDrawOnTreatment()
    {
        var lines = new[] { Line(1, Start) };
        var draws = new[] { Draw(Start.AddDays(-20), 3), Draw(Start.AddDays(-2), 11), Draw(Start.AddDays(14), 2), Draw(Start.AddDays(60), 9) };

        var kinetics = Assert.Single(CtcKinetics.PerLine(lines, draws));

        Assert.Equal((11, 2, true, true), (kinetics.Baseline!.Count, kinetics.FirstOnTreatment!.Count, kinetics.BaselineHigh, kinetics.Conversion));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(30, true)]
    [InlineData(31, false)]
    public void Baseline_IsADrawOnTheStartDayOrAtMost30DaysBefore(int daysBefore, bool isBaseline) =>
        Assert.Equal(isBaseline, CtcKinetics.PerLine([Line(1, Start)], [Draw(Start.AddDays(-daysBefore), 8)])[0].Baseline is not null);

    [Fact]
    public void ADrawTheSenderAssignedToALine_CountsForThatLineOnly_WhateverItsDistanceToTheStart()
    {
        var lines = new[] { Line(1, Start.AddDays(-300), Start.AddDays(-10)), Line(2, Start) };
        var draws = new[] { Draw(Start.AddDays(-90), 20, line: 2), Draw(Start.AddDays(-100), 1, line: 1), Draw(Start.AddDays(40), 3) };

        var kinetics = CtcKinetics.PerLine(lines, draws);

        Assert.Equal((null, 1), (kinetics[0].Baseline?.Count, kinetics[0].FirstOnTreatment?.Count));
        Assert.Equal((20, 3, true), (kinetics[1].Baseline?.Count, kinetics[1].FirstOnTreatment?.Count, kinetics[1].Conversion));
    }

    [Fact]
    public void OnTreatment_EndsAtTheLinesEnd_OrWhenTheNextLineStarts()
    {
        var ended = CtcKinetics.PerLine([Line(1, Start, Start.AddDays(20))], [Draw(Start.AddDays(21), 1)])[0];
        var superseded = CtcKinetics.PerLine([Line(1, Start), Line(2, Start.AddDays(15))], [Draw(Start.AddDays(15), 1)]);

        Assert.Null(ended.FirstOnTreatment);
        Assert.Null(superseded[0].FirstOnTreatment);
        // On line 2's start day the draw is line 2's baseline, not a draw on its treatment.
        Assert.Equal((1, null), (superseded[1].Baseline?.Count, superseded[1].FirstOnTreatment));
    }

    [Fact]
    public void Conversion_IsUnknownWithoutBothDraws_AndUsesCellSearchCountsOnly()
    {
        var onlyFlow = CtcKinetics.PerLine([Line(1, Start)], [Draw(Start.AddDays(-1), 40, method: "flow_cytometry"), Draw(Start.AddDays(10), 0)])[0];
        var stillHigh = CtcKinetics.PerLine([Line(1, Start)], [Draw(Start.AddDays(-1), 40), Draw(Start.AddDays(10), 5)])[0];

        Assert.Null(onlyFlow.Conversion);
        Assert.False(stillHigh.Conversion);
    }

    [Fact]
    public void LineOf_PrefersTheGivenLine_ThenTheLineOnTreatment_ThenTheLineItIsTheBaselineOf()
    {
        var lines = new[] { Line(1, Start, Start.AddDays(100)), Line(2, Start.AddDays(110)) };

        Assert.Equal(7, CtcKinetics.LineOf(Draw(Start, 1, line: 7), lines));
        Assert.Equal(1, CtcKinetics.LineOf(Draw(Start.AddDays(90), 1), lines));
        Assert.Equal(2, CtcKinetics.LineOf(Draw(Start.AddDays(105), 1), lines));
        Assert.Equal(1, CtcKinetics.LineOf(Draw(Start.AddDays(-5), 1), lines));
        Assert.Null(CtcKinetics.LineOf(Draw(Start.AddDays(-60), 1), lines));
    }
}
