namespace TrialWarehouse.Statistics;

/// <summary>The chi-square distribution's upper tail, through the regularized incomplete gamma function.</summary>
public static class ChiSquareDistribution
{
    /// <summary>P(X ≥ x) for X chi-square with <paramref name="degreesOfFreedom"/>; 1 for x ≤ 0.</summary>
    public static double UpperTail(double x, int degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degreesOfFreedom);
        return x <= 0 ? 1 : UpperRegularizedGamma(degreesOfFreedom / 2.0, x / 2);
    }

    /// <summary>Q(a, x) = Γ(a, x) / Γ(a): the power series below a + 1, Lentz's continued fraction above (both converge fast there).</summary>
    private static double UpperRegularizedGamma(double a, double x)
    {
        var logPrefix = -x + a * Math.Log(x) - LogGamma(a);
        if (x < a + 1)
        {
            double term = 1 / a, sum = term;
            for (var n = 1; n < 10_000 && Math.Abs(term) > Math.Abs(sum) * 1e-17; n++)
            {
                term *= x / (a + n);
                sum += term;
            }
            return Math.Max(0, 1 - sum * Math.Exp(logPrefix));
        }
        const double tiny = 1e-300;
        double b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d;
        for (var i = 1; i < 10_000; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.Abs(d) < tiny ? tiny : d;
            c = b + an / c;
            c = Math.Abs(c) < tiny ? tiny : c;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-16)
                break;
        }
        return Math.Exp(logPrefix) * h;
    }

    /// <summary>log Γ(a) for a &gt; 0 by the Lanczos approximation (g = 7, 9 terms; relative error about 1e-15).</summary>
    internal static double LogGamma(double a)
    {
        if (a < 0.5)
            return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * a))) - LogGamma(1 - a);
        ReadOnlySpan<double> c =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
        ];
        a -= 1;
        var sum = c[0];
        for (var i = 1; i < c.Length; i++)
            sum += c[i] / (a + i);
        var t = a + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (a + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }
}
