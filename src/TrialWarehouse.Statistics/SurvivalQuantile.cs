namespace TrialWarehouse.Statistics;

/// <summary>A survival time quantile (e.g. the median) with its 95% interval; null where the curve never reaches it.</summary>
public readonly record struct SurvivalQuantile(double? Estimate, double? Lower, double? Upper);
