namespace TrialWarehouse.Demo;

/// <summary>
/// exp and log from IEEE-754 +, -, *, / and exact scaling only, so that every machine computes the same bits
/// (Math.Exp/Math.Log delegate to the platform C library, whose last bit may differ between systems).
/// Accurate to a few ulps over the ranges used here, which is all a synthetic cohort needs.
/// </summary>
internal static class DetMath
{
    private const double Ln2 = 0.6931471805599453;

    public static double Exp(double x)
    {
        if (x > 700 || x < -700)
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "outside the range used by the demo generator");
        }

        // x = k ln2 + r, |r| <= ln2 / 2; exp(r) by its Taylor series, then scale by 2^k (exact).
        int k = (int)Math.Round(x / Ln2, MidpointRounding.AwayFromZero);
        double r = x - (k * Ln2);
        double term = 1.0;
        double sum = 1.0;
        for (int n = 1; n < 25; n++)
        {
            term = term * r / n;
            sum += term;
        }

        return Math.ScaleB(sum, k);
    }

    public static double Log(double x)
    {
        if (!(x > 0) || double.IsInfinity(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "log needs a positive finite number");
        }

        // x = m 2^e with m in [1, 2) (exact), then ln m = 2 atanh((m - 1) / (m + 1)).
        int e = Math.ILogB(x);
        double m = Math.ScaleB(x, -e);
        if (m > 1.4142135623730951)
        {
            m /= 2;
            e++;
        }

        double t = (m - 1) / (m + 1);
        double t2 = t * t;
        double power = t;
        double sum = 0;
        for (int n = 1; n < 60; n += 2)
        {
            sum += power / n;
            power *= t2;
        }

        return (2 * sum) + (e * Ln2);
    }

    public static double Log2(double x) => Log(x) / Ln2;
}
