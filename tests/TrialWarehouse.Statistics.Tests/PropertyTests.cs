using CsCheck;

namespace TrialWarehouse.Statistics.Tests;

public sealed class PropertyTests
{
    // Small integer times make ties (events and censorings at one time) common, which is where estimators go wrong.
    private static readonly Gen<Observation[]> Sample =
        Gen.Select(Gen.Int[0, 40], Gen.Bool, (t, e) => new Observation(t, e)).Array[0, 60];

    [Fact]
    public void Estimate_IsNonIncreasingWithinZeroAndOneAndInsideItsInterval_ForAnySample()
    {
        FixedSeeds.Check(Gen.Select(Sample, Gen.OneOf(Gen.Const(ConfidenceTransform.Log), Gen.Const(ConfidenceTransform.LogLog))), t =>
        {
            var (sample, transform) = t;
            var curve = KaplanMeier.Estimate(sample, transform);
            var previous = 1.0;
            foreach (var p in curve.Points)
            {
                Assert.InRange(p.Survival, 0, previous);
                if (p.Lower is { } low && p.Upper is { } high)
                    Assert.True(low >= 0 && low <= p.Survival + 1e-12 && p.Survival <= high + 1e-12 && high <= 1, $"{p}");
                previous = p.Survival;
            }
            Assert.Equal(sample.Length, curve.Points.Sum(p => p.Events + p.Censored));
            if (curve.Median is { Estimate: { } m, Lower: { } l })
                Assert.True(l <= m, $"{curve.Median}");
            if (curve.Median is { Estimate: { } m2, Upper: { } u })
                Assert.True(m2 <= u, $"{curve.Median}");
        });
    }

    [Fact]
    public void Test_IsZero_ForIdenticalGroups()
    {
        FixedSeeds.Check(Sample.Where(s => s.Any(o => o.Event)), sample =>
        {
            var result = LogRank.Test([sample, sample.ToArray()]);
            // Without variance (all at risk fail together at every event time) there is no test.
            var informative = sample.Where(o => o.Event).Select(o => o.Time).Distinct()
                .Any(t => sample.Count(o => o.Time >= t) > sample.Count(o => o.Time == t && o.Event));
            Assert.Equal(informative, result is not null);
            if (result is null)
                return;
            Assert.Equal(0, result.ChiSquare, 9);
            Assert.Equal(1, result.PValue, 6);
        });
    }

    [Fact]
    public void Test_DoesNotDependOnGroupOrder_ForAnyThreeGroups()
    {
        FixedSeeds.Check(Gen.Select(Sample, Sample, Sample).Where(t => t.Item1.Any(o => o.Event) && t.Item2.Any(o => o.Event) && t.Item3.Any(o => o.Event)), t =>
        {
            var (a, b, c) = t;
            var forward = LogRank.Test([a, b, c])!;
            var backward = LogRank.Test([c, a, b])!;
            Assert.Equal(forward.DegreesOfFreedom, backward.DegreesOfFreedom);
            Assert.Equal(forward.ChiSquare, backward.ChiSquare, 8);
            Assert.True(forward.ChiSquare >= -1e-9);
        });
    }
}
