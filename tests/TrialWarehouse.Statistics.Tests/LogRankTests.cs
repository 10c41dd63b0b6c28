namespace TrialWarehouse.Statistics.Tests;

public sealed class LogRankTests
{
    [Fact]
    public void Test_MatchesPublishedResult_OnFreireich()
    {
        // Gehan / Freireich 6-MP vs placebo: R survdiff gives Chisq = 16.8 on 1 df, p = 4.17e-05;
        // Kleinbaum and Klein: log-rank 16.79, expected 19.25 (6-MP) and 10.75 (placebo).
        var result = LogRank.Test([Datasets.Freireich6Mp, Datasets.FreireichPlacebo])!;

        Assert.Equal(16.793, result.ChiSquare, 3);
        Assert.Equal(1, result.DegreesOfFreedom);
        Assert.Equal(4.169e-5, result.PValue, 8);
        Assert.Equal([9.0, 21.0], result.Observed);
        Assert.Equal(19.25, result.Expected[0], 2);
        Assert.Equal(10.75, result.Expected[1], 2);
    }

    [Fact]
    public void Test_MatchesRSurvdiff_OnAml()
    {
        // R: survdiff(Surv(time, status) ~ x, data = aml): Observed 7 / 11, Expected 10.69 / 7.31, Chisq = 3.4 on 1 df, p = 0.07.
        var result = LogRank.Test([Datasets.AmlMaintained, Datasets.AmlNonmaintained])!;

        Assert.Equal(3.396, result.ChiSquare, 3);
        Assert.Equal(1, result.DegreesOfFreedom);
        Assert.Equal(0.065, result.PValue, 3);
        Assert.Equal(10.69, result.Expected[0], 2);
        Assert.Equal(7.31, result.Expected[1], 2);
    }

    [Fact]
    public void Test_ComparesThreeGroups_WithTwoDegreesOfFreedom()
    {
        // Chi-square from an independent Python implementation of the k-group statistic; p = exp(-chisq / 2) for 2 df.
        var result = LogRank.Test([Datasets.AmlMaintained, Datasets.AmlNonmaintained, Datasets.FreireichPlacebo])!;

        Assert.Equal(25.201, result.ChiSquare, 3);
        Assert.Equal(2, result.DegreesOfFreedom);
        Assert.Equal(Math.Exp(-result.ChiSquare / 2), result.PValue, 12);
        Assert.Equal(16.627, result.Expected[0], 3);
        Assert.Equal(12.861, result.Expected[1], 3);
        Assert.Equal(9.512, result.Expected[2], 3);
    }

    [Fact]
    public void Test_LeavesOutGroupsWithoutExpectedEvents()
    {
        var result = LogRank.Test([Datasets.AmlMaintained, [], Datasets.AmlNonmaintained])!;

        Assert.Equal(1, result.DegreesOfFreedom);
        Assert.Equal(3.396, result.ChiSquare, 3);
    }

    [Fact]
    public void Test_IsNull_WithFewerThanTwoComparableGroups()
    {
        Assert.Null(LogRank.Test([Datasets.AmlMaintained]));
        // Censored before the first event: never at risk when an event happens, so nothing is expected of it.
        Assert.Null(LogRank.Test([Datasets.AmlMaintained, Datasets.Parse("1+ 2+")]));
    }
}
