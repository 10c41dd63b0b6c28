namespace TrialWarehouse.Statistics;

/// <summary>
/// The scale on which the pointwise 95% interval of a Kaplan-Meier curve is symmetric. Both use the Greenwood
/// variance and give the same numbers as R's <c>survfit(conf.type = "log")</c> and <c>conf.type = "log-log"</c>.
/// </summary>
public enum ConfidenceTransform
{
    /// <summary>exp(log S ± 1.96 σ), upper bound capped at 1: R survfit's default.</summary>
    Log,

    /// <summary>S^exp(±1.96 σ / |log S|): SAS PROC LIFETEST's default; stays inside (0, 1); undefined where S is 1.</summary>
    LogLog,
}
