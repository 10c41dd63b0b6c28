namespace TrialWarehouse.Statistics;

/// <summary>
/// The log-rank test that k groups share one survival function (Mantel-Haenszel, hypergeometric variance at tied
/// times), as R's <c>survdiff(rho = 0)</c> computes it.
/// </summary>
/// <param name="Observed">Events per group.</param>
/// <param name="Expected">Events expected per group under the null hypothesis.</param>
public sealed record LogRank(double ChiSquare, int DegreesOfFreedom, double PValue, IReadOnlyList<double> Observed, IReadOnlyList<double> Expected)
{
    /// <summary>
    /// Tests the groups; null when fewer than two of them have any expected events, or when the deviations have no
    /// variance (every event happened when all still at risk had it): nothing to compare. Groups with no expected events
    /// are left out of the statistic and the degrees of freedom, as survdiff does.
    /// </summary>
    public static LogRank? Test(IReadOnlyList<IReadOnlyCollection<Observation>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var k = groups.Count;
        var all = groups.SelectMany((g, index) => g.Select(o => (o.Time, o.Event, Group: index))).OrderBy(o => o.Time).ToList();
        var atRisk = groups.Select(g => g.Count).ToArray();
        var observed = new double[k];
        var expected = new double[k];
        var variance = new double[k, k];
        var deaths = new int[k];
        for (var i = 0; i < all.Count;)
        {
            var time = all[i].Time;
            Array.Clear(deaths);
            var leaving = new int[k];
            for (; i < all.Count && all[i].Time == time; i++)
            {
                leaving[all[i].Group]++;
                if (all[i].Event)
                    deaths[all[i].Group]++;
            }
            double n = atRisk.Sum(), d = deaths.Sum();
            if (d > 0)
            {
                for (var g = 0; g < k; g++)
                {
                    observed[g] += deaths[g];
                    expected[g] += d * atRisk[g] / n;
                    if (n <= 1)
                        continue;
                    for (var h = 0; h < k; h++)
                        variance[g, h] += d * (n - d) / (n - 1) * (atRisk[g] / n) * ((g == h ? 1 : 0) - atRisk[h] / n);
                }
            }
            for (var g = 0; g < k; g++)
                atRisk[g] -= leaving[g];
        }

        // The k deviations sum to 0: drop the last compared group and use the rest's covariance.
        var compared = Enumerable.Range(0, k).Where(g => expected[g] > 0).ToList();
        if (compared.Count < 2)
            return null;
        var kept = compared.Take(compared.Count - 1).ToList();
        var (chiSquare, rank) = QuadraticForm(
            kept.Select(g => observed[g] - expected[g]).ToArray(),
            kept.Select(g => kept.Select(h => variance[g, h]).ToArray()).ToArray());
        if (rank == 0)
            return null;
        return new LogRank(chiSquare, rank, ChiSquareDistribution.UpperTail(chiSquare, rank), observed, expected);
    }

    /// <summary>x' V⁻ x by symmetric elimination; a pivot that vanishes (a group whose deviation is determined by the others) lowers the rank.</summary>
    private static (double Value, int Rank) QuadraticForm(double[] x, double[][] v)
    {
        var n = x.Length;
        var scale = Enumerable.Range(0, n).Max(i => Math.Abs(v[i][i]));
        double value = 0;
        var rank = 0;
        for (var p = 0; p < n; p++)
        {
            var pivot = v[p][p];
            if (Math.Abs(pivot) <= 1e-10 * scale)
                continue;
            rank++;
            value += x[p] * x[p] / pivot;
            for (var r = p + 1; r < n; r++)
            {
                var factor = v[r][p] / pivot;
                x[r] -= factor * x[p];
                for (var c = p + 1; c < n; c++)
                    v[r][c] -= factor * v[p][c];
            }
        }
        return (value, rank);
    }
}
