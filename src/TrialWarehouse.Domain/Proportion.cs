namespace TrialWarehouse.Domain;

/// <summary>A count out of a denominator, with its Wilson score 95% confidence interval.</summary>
public readonly record struct Proportion(long Count, long Denominator)
{
    private const double Z = 1.959963984540054;

    public double? Estimate => Denominator == 0 ? null : (double)Count / Denominator;

    /// <summary>
    /// Wilson's interval rather than the normal approximation: it stays inside [0, 1] and behaves for small counts
    /// and proportions near 0 or 1, which subgroup cohorts of a trial often have.
    /// </summary>
    public (double Low, double High)? Wilson95()
    {
        if (Denominator == 0)
            return null;
        double n = Denominator, p = (double)Count / Denominator, z2 = Z * Z;
        var centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        var half = Z * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
