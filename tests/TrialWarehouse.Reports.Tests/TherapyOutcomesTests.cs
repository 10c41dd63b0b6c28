namespace TrialWarehouse.Reports.Tests;

public class TherapyOutcomesTests
{
    [Fact]
    public void The_ratio_compares_a_matched_line_with_the_line_before_it()
    {
        var ratios = TherapyOutcomes.Ratios(SampleReports.BreastCancer().TherapyLines);

        var ratio = Assert.Single(ratios);
        Assert.Equal(3, ratio.Key);
        Assert.Equal(225.0 / 221, ratio.Value.Value, 6);
        Assert.True(ratio.Value.CurrentCensored);
        Assert.False(ratio.Value.Benefit);
    }

    [Fact]
    public void A_matched_first_line_has_no_ratio_and_a_ratio_of_1_3_is_benefit()
    {
        var lines = new List<ReportTherapyLine>
        {
            new(1, "A", new(2020, 1, 1), new(2020, 6, 1), "PR", new(2020, 5, 1), true, "X", 100, false),
            new(2, "B", new(2020, 6, 2), new(2021, 6, 1), "PR", new(2021, 5, 1), true, "Y", 130, false),
        };

        var ratios = TherapyOutcomes.Ratios(lines);

        Assert.False(ratios.ContainsKey(1));
        Assert.True(ratios[2].Benefit);
    }
}
