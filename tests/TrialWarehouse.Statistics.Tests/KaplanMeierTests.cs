namespace TrialWarehouse.Statistics.Tests;

public sealed class KaplanMeierTests
{
    // R 4.x: summary(survfit(Surv(time, status) ~ x, data = aml)) (conf.type = "log", the default), Maintained:
    // time n.risk n.event survival std.err lower 95% CI upper 95% CI
    private static readonly (double Time, int AtRisk, int Events, double Survival, double StdErr, double Lower, double Upper)[] RAmlMaintained =
    [
        (9, 11, 1, 0.909, 0.0867, 0.7541, 1.000),
        (13, 10, 1, 0.818, 0.1163, 0.6192, 1.000),
        (18, 8, 1, 0.716, 0.1397, 0.4884, 1.000),
        (23, 7, 1, 0.614, 0.1526, 0.3769, 0.999),
        (31, 5, 1, 0.491, 0.1642, 0.2549, 0.946),
        (34, 4, 1, 0.368, 0.1627, 0.1549, 0.875),
        (48, 2, 1, 0.184, 0.1535, 0.0359, 0.944),
    ];

    [Fact]
    public void Estimate_MatchesRSurvfitLogInterval_OnAmlMaintained()
    {
        var curve = KaplanMeier.Estimate(Datasets.AmlMaintained);

        var events = curve.Points.Where(p => p.Events > 0).ToList();
        Assert.Equal(RAmlMaintained.Length, events.Count);
        foreach (var (expected, actual) in RAmlMaintained.Zip(events))
        {
            Assert.Equal(expected.Time, actual.Time);
            Assert.Equal(expected.AtRisk, actual.AtRisk);
            Assert.Equal(expected.Events, actual.Events);
            Assert.Equal(expected.Survival, actual.Survival, 3);
            Assert.Equal(expected.StdErr, actual.StandardError!.Value, 4);
            Assert.Equal(expected.Lower, actual.Lower!.Value, 4);
            Assert.Equal(expected.Upper, actual.Upper!.Value, 3);
        }
        Assert.Equal(11, curve.Subjects);
        Assert.Equal(7, curve.Events);
    }

    [Fact]
    public void Estimate_ListsCensoringTimesWithUnchangedSurvival_OnAmlMaintained()
    {
        var curve = KaplanMeier.Estimate(Datasets.AmlMaintained);

        Assert.Equal([9, 13, 18, 23, 28, 31, 34, 45, 48, 161], curve.Points.Select(p => p.Time));
        var at13 = curve.Points.Single(p => p.Time == 13);
        Assert.Equal((1, 1), (at13.Events, at13.Censored));
        var at28 = curve.Points.Single(p => p.Time == 28);
        Assert.Equal((6, 0, 1), (at28.AtRisk, at28.Events, at28.Censored));
        Assert.Equal(0.6136, at28.Survival, 4);
        Assert.Equal(0.1841, curve.SurvivalAt(1000), 4);
        Assert.Equal(1.0, curve.SurvivalAt(8.9));
    }

    [Fact]
    public void Estimate_HasNoIntervalOnceSurvivalIsZero_OnAmlNonmaintained()
    {
        // R: time 45, n.risk 1, n.event 1, survival 0.0000, std.err NaN, CI NA NA; at 43: 0.0972 0.0919 0.0153 0.620.
        var curve = KaplanMeier.Estimate(Datasets.AmlNonmaintained);

        var at43 = curve.Points.Single(p => p.Time == 43);
        Assert.Equal(0.0972, at43.Survival, 4);
        Assert.Equal(0.0919, at43.StandardError!.Value, 4);
        Assert.Equal(0.0153, at43.Lower!.Value, 4);
        Assert.Equal(0.620, at43.Upper!.Value, 3);
        var last = curve.Points[^1];
        Assert.Equal((45.0, 0.0), (last.Time, last.Survival));
        Assert.Null(last.StandardError);
        Assert.Null(last.Lower);
        Assert.Null(last.Upper);
    }

    [Fact]
    public void Estimate_MatchesKleinbaumAndKlein_OnFreireich6Mp()
    {
        // Kleinbaum and Klein, Survival Analysis (3rd ed.), chapter 2: the 6-MP group's KM table.
        (double Time, int AtRisk, int Events, int Censored, double Survival)[] expected =
        [
            (6, 21, 3, 1, 0.8571), (7, 17, 1, 0, 0.8067), (10, 15, 1, 1, 0.7529), (13, 12, 1, 0, 0.6902),
            (16, 11, 1, 0, 0.6275), (22, 7, 1, 0, 0.5378), (23, 6, 1, 0, 0.4482),
        ];

        var curve = KaplanMeier.Estimate(Datasets.Freireich6Mp);

        var events = curve.Points.Where(p => p.Events > 0).ToList();
        Assert.Equal(expected.Length, events.Count);
        foreach (var (e, a) in expected.Zip(events))
        {
            Assert.Equal((e.Time, e.AtRisk, e.Events, e.Censored), (a.Time, a.AtRisk, a.Events, a.Censored));
            Assert.Equal(e.Survival, a.Survival, 4);
        }
        Assert.Equal(0.4482, curve.SurvivalAt(35), 4);
    }

    [Fact]
    public void Estimate_GivesLogLogInterval_OnAmlMaintained()
    {
        // exp(-exp(log(-log S) ± 1.96 σ / |log S|)) with σ² = Σ d / (n (n - d)): R's conf.type = "log-log" formula,
        // evaluated independently (Python, by hand-written code) for the first, a middle and the last event.
        var curve = KaplanMeier.Estimate(Datasets.AmlMaintained, ConfidenceTransform.LogLog);

        (double Time, double Lower, double Upper)[] expected = [(9, 0.5081, 0.9867), (31, 0.1673, 0.7534), (48, 0.0117, 0.5250)];
        foreach (var e in expected)
        {
            var point = curve.Points.Single(p => p.Time == e.Time);
            Assert.Equal(e.Lower, point.Lower!.Value, 4);
            Assert.Equal(e.Upper, point.Upper!.Value, 4);
        }
    }

    [Fact]
    public void Estimate_HasNoLogLogIntervalWhereSurvivalIsOne()
    {
        var curve = KaplanMeier.Estimate(Datasets.Parse("1+ 2 3"), ConfidenceTransform.LogLog);

        Assert.Equal(1.0, curve.Points[0].Survival);
        Assert.Null(curve.Points[0].Lower);
        Assert.NotNull(curve.Points[1].Lower);
    }

    [Fact]
    public void Estimate_IsEmpty_WithoutObservations()
    {
        var curve = KaplanMeier.Estimate([]);

        Assert.Empty(curve.Points);
        Assert.Equal(new SurvivalQuantile(null, null, null), curve.Median);
    }

    [Fact]
    public void Estimate_Throws_OnNegativeTime()
    {
        var error = Assert.Throws<ArgumentException>(() => KaplanMeier.Estimate([new Observation(-1, true)]));

        Assert.Contains("non-negative", error.Message);
    }
}
