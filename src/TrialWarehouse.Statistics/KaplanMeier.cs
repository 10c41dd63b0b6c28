namespace TrialWarehouse.Statistics;

/// <summary>
/// The Kaplan-Meier (product-limit) estimate of a survival function, with Greenwood standard errors, pointwise 95%
/// intervals and the median with its 95% interval, computed as R's <c>survfit</c> does.
/// </summary>
public sealed class KaplanMeier
{
    /// <summary>The standard normal quantile for a two-sided 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    // R's quantile.survfit: a curve "equals" p within this tolerance, and then the quantile is the midpoint of the flat.
    // (R's sqrt(.Machine$double.eps); .NET's double.Epsilon is the smallest subnormal, not the machine epsilon.)
    private static readonly double Tolerance = Math.Sqrt(2.220446049250313e-16);

    private KaplanMeier(IReadOnlyList<CurvePoint> points, int subjects, int events, ConfidenceTransform transform)
    {
        Points = points;
        Subjects = subjects;
        Events = events;
        Transform = transform;
        Median = Quantile(0.5);
    }

    /// <summary>One point per distinct observed time, in time order.</summary>
    public IReadOnlyList<CurvePoint> Points { get; }

    public int Subjects { get; }

    public int Events { get; }

    public ConfidenceTransform Transform { get; }

    /// <summary>
    /// The median survival time and its 95% interval. The interval is Brookmeyer and Crowley's, read off the pointwise
    /// interval as R's <c>print.survfit</c> does: the lower limit is where the lower curve first reaches 0.5, the upper
    /// limit where the upper curve does (null when it never does, printed NA by R).
    /// </summary>
    public SurvivalQuantile Median { get; }

    /// <summary>Estimates the curve; times must be finite and non-negative.</summary>
    public static KaplanMeier Estimate(IEnumerable<Observation> observations, ConfidenceTransform transform = ConfidenceTransform.Log)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var sorted = observations.OrderBy(o => o.Time).ToList();
        foreach (var o in sorted.Where(o => !double.IsFinite(o.Time) || o.Time < 0))
            throw new ArgumentException($"survival times must be finite and non-negative, not {o.Time}", nameof(observations));

        var points = new List<CurvePoint>();
        int atRisk = sorted.Count, totalEvents = 0;
        double survival = 1, greenwood = 0;
        for (var i = 0; i < sorted.Count;)
        {
            var time = sorted[i].Time;
            int events = 0, censored = 0;
            for (; i < sorted.Count && sorted[i].Time == time; i++)
            {
                if (sorted[i].Event)
                    events++;
                else
                    censored++;
            }
            if (events > 0)
            {
                survival *= (double)(atRisk - events) / atRisk;
                greenwood += atRisk > events ? (double)events / ((double)atRisk * (atRisk - events)) : double.PositiveInfinity;
            }
            var (lower, upper) = Interval(survival, Math.Sqrt(greenwood), transform);
            points.Add(new CurvePoint(time, atRisk, events, censored, survival, survival > 0 ? survival * Math.Sqrt(greenwood) : null, lower, upper));
            totalEvents += events;
            atRisk -= events + censored;
        }
        return new KaplanMeier(points, sorted.Count, totalEvents, transform);
    }

    /// <summary>The estimate at a time: 1 before the first event, the last point's value at or before it after.</summary>
    public double SurvivalAt(double time)
    {
        var value = 1.0;
        foreach (var point in Points)
        {
            if (point.Time > time)
                break;
            value = point.Survival;
        }
        return value;
    }

    /// <summary>The time by which a share <paramref name="p"/> (0 &lt; p &lt; 1) has had the event, with its 95% interval.</summary>
    public SurvivalQuantile Quantile(double p)
    {
        if (p is <= 0 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(p), p, "a quantile between 0 and 1 (exclusive), e.g. 0.5 for the median");
        return new SurvivalQuantile(
            CrossingTime(p, point => point.Survival),
            CrossingTime(p, point => point.Lower),
            CrossingTime(p, point => point.Upper));
    }

    /// <summary>
    /// Where the curve <paramref name="value"/> first falls to 1 - p: R's <c>findq</c>, including its rules that a flat
    /// exactly at 1 - p gives the midpoint of the flat, and that points where the curve is undefined are skipped.
    /// </summary>
    private double? CrossingTime(double p, Func<CurvePoint, double?> value)
    {
        if (Points.Count == 0)
            return null;
        // The distribution function 1 - S from time 0, keeping the first time of each distinct level (censorings add none).
        var xs = new List<double> { 0 };
        var ys = new List<double?> { 0 };
        var levels = new HashSet<double?> { 0 };
        foreach (var point in Points)
        {
            double? y = value(point) is { } v ? 1 - v : null;
            if (!levels.Add(y))
                continue;
            xs.Add(point.Time);
            ys.Add(y);
        }
        var lastTime = Points[^1].Time;
        var defined = Enumerable.Range(0, xs.Count).Where(i => ys[i] is not null).ToList();
        if (ys.Max() < p)
            return null;
        int? FirstReaching(double shift) => defined.Cast<int?>().FirstOrDefault(i => ys[i!.Value]!.Value + shift >= p);
        if (FirstReaching(Tolerance) is not { } first)
            return null;
        if (ys[^1] is { } end && Math.Abs(p - end) < Tolerance)
            return (xs[first] + lastTime) / 2;
        return FirstReaching(-Tolerance) is { } second ? (xs[first] + xs[second]) / 2 : null;
    }

    private static (double? Lower, double? Upper) Interval(double survival, double sigma, ConfidenceTransform transform)
    {
        if (survival <= 0)
            return (null, null);
        if (transform == ConfidenceTransform.Log)
            return (Math.Exp(Math.Log(survival) - Z95 * sigma), Math.Min(1, Math.Exp(Math.Log(survival) + Z95 * sigma)));
        if (survival >= 1)
            return (null, null);
        // log(-log S) ± z σ / |log S|, mapped back: S^exp(±z σ / |log S|).
        var spread = Z95 * sigma / Math.Abs(Math.Log(survival));
        return (Math.Pow(survival, Math.Exp(spread)), Math.Pow(survival, Math.Exp(-spread)));
    }
}
