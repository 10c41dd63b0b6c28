namespace TrialWarehouse.Ingestion;

/// <summary>Where deliveries arrive and go. Bound from the <c>Ingestion</c> section; relative paths are under the working directory.</summary>
public sealed class InboxOptions
{
    public string Inbox { get; set; } = "data/inbox";
    public string Archive { get; set; } = "data/archive";
    public string Quarantine { get; set; } = "data/quarantine";

    /// <summary>Cron expression of the nightly scan (Hangfire syntax).</summary>
    public string Cron { get; set; } = "0 2 * * *";

    /// <summary>IANA or Windows time zone id the cron is read in.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>How often the annotation job of a scan looks whether its deliveries have all been ingested.</summary>
    public TimeSpan SettleCheckInterval { get; set; } = TimeSpan.FromSeconds(5);
}
