namespace TrialWarehouse.Statistics.Tests;

public sealed class ChiSquareDistributionTests
{
    [Theory]
    [InlineData(3.841458820694124, 1)]
    [InlineData(5.991464547107979, 2)]
    [InlineData(7.814727903251178, 3)]
    [InlineData(18.307038053275146, 10)]
    public void UpperTail_IsFivePercent_AtTheTabulatedCriticalValue(double x, int df)
    {
        Assert.Equal(0.05, ChiSquareDistribution.UpperTail(x, df), 12);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(3)]
    [InlineData(40)]
    public void UpperTail_IsExpOfMinusHalfX_WithTwoDegreesOfFreedom(double x)
    {
        Assert.Equal(Math.Exp(-x / 2), ChiSquareDistribution.UpperTail(x, 2), 14);
    }

    [Fact]
    public void UpperTail_IsOne_AtZero()
    {
        Assert.Equal(1.0, ChiSquareDistribution.UpperTail(0, 1));
    }
}
