namespace TrialWarehouse.Statistics;

/// <summary>One subject's follow-up: the time to the event, or to the last time it was known event-free (censored).</summary>
public readonly record struct Observation(double Time, bool Event);
