namespace TrialWarehouse.Statistics.Tests;

public sealed class MedianTests
{
    [Fact]
    public void Median_MatchesRPrintSurvfit_OnAml()
    {
        // R: survfit(Surv(time, status) ~ x, data = aml)
        //   x=Maintained    n 11 events 7  median 31 0.95LCL 18 0.95UCL NA
        //   x=Nonmaintained n 12 events 11 median 23 0.95LCL  8 0.95UCL NA
        Assert.Equal(new SurvivalQuantile(31, 18, null), KaplanMeier.Estimate(Datasets.AmlMaintained).Median);
        Assert.Equal(new SurvivalQuantile(23, 8, null), KaplanMeier.Estimate(Datasets.AmlNonmaintained).Median);
    }

    [Fact]
    public void Median_MatchesRPrintSurvfit_OnFreireich()
    {
        // R: survfit(Surv(time, cens) ~ treat, data = MASS::gehan): 6-MP median 23 (16, NA); control 8 (4, 12).
        Assert.Equal(new SurvivalQuantile(23, 16, null), KaplanMeier.Estimate(Datasets.Freireich6Mp).Median);
        Assert.Equal(new SurvivalQuantile(8, 4, 12), KaplanMeier.Estimate(Datasets.FreireichPlacebo).Median);
    }

    [Fact]
    public void Median_ReadsTheLogLogBands_WhenAskedFor()
    {
        // The log-log bands of the placebo group first reach 0.5 at weeks 4 (lower) and 11 (upper).
        Assert.Equal(new SurvivalQuantile(8, 4, 11), KaplanMeier.Estimate(Datasets.FreireichPlacebo, ConfidenceTransform.LogLog).Median);
    }

    [Fact]
    public void Median_IsTheMidpointOfTheFlat_WhenSurvivalIsExactlyOneHalf()
    {
        // S = 0.75, 0.5, 0.25, 0: the curve sits at 0.5 from 2 to 3; R's quantile.survfit gives 2.5.
        Assert.Equal(2.5, KaplanMeier.Estimate(Datasets.Parse("1 2 3 4")).Median.Estimate);
    }

    [Fact]
    public void Median_RunsToTheLastTime_WhenTheCurveEndsAtOneHalf()
    {
        // S stays 0.5 from 2 to the last censoring at 4: (2 + 4) / 2.
        Assert.Equal(3, KaplanMeier.Estimate(Datasets.Parse("1 2 3+ 4+")).Median.Estimate);
    }

    [Fact]
    public void Median_IsNullButItsLowerLimitIsNot_WhenOnlyTheLowerBandReachesOneHalf()
    {
        // S = 0.75 from week 5 on, its log-scale lower band 0.75 exp(-1.96 sqrt(1/12)) = 0.426: R prints NA, 5, NA.
        Assert.Equal(new SurvivalQuantile(null, 5, null), KaplanMeier.Estimate(Datasets.Parse("5 6+ 7+ 8+")).Median);
    }

    [Fact]
    public void Quantile_Throws_OutsideZeroToOne()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KaplanMeier.Estimate(Datasets.AmlMaintained).Quantile(1));
    }
}
