namespace TrialWarehouse.Statistics;

/// <summary>
/// The Kaplan-Meier curve at one distinct observed time (an event or a censoring time), as R's
/// <c>summary(survfit(...), censored = TRUE)</c> lists it. Survival holds from this time until the next point.
/// </summary>
/// <param name="StandardError">Greenwood standard error of <paramref name="Survival"/>; null once survival is 0.</param>
/// <param name="Lower">Lower bound of the pointwise 95% interval; null where the transform is undefined (S = 0, or S = 1 on the log-log scale).</param>
public sealed record CurvePoint(
    double Time,
    int AtRisk,
    int Events,
    int Censored,
    double Survival,
    double? StandardError,
    double? Lower,
    double? Upper);
