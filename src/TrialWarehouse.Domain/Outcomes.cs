namespace TrialWarehouse.Domain;

/// <summary>A time-to-event endpoint: days from the origin to the event, or to the last time the patient was known event-free.</summary>
public readonly record struct TimeToEvent(int Days, bool Event)
{
    public double Months => Days / 30.4375;
}

/// <summary>
/// The trial's derived endpoints. PFS of a line runs from its start to progression on that line or death, whichever
/// comes first; without either it is censored at the last date the patient was seen (a follow-up event or the line's
/// end). PFS2/PFS1 compares a matched line with the line before it (Von Hoff; benefit when at least 1.3).
/// </summary>
public static class Outcomes
{
    public const double PfsRatioThreshold = 1.3;

    public static TimeToEvent? ProgressionFree(TherapyLine line, IEnumerable<FollowUpEvent> followUp)
    {
        var events = followUp.ToList();
        var death = events.Where(e => e.Kind == "death").Select(e => (DateOnly?)e.EventDate).Min();
        var progression = line.ProgressionDate;
        DateOnly? firstEvent = (progression, death) switch
        {
            ({ } p, { } d) => p < d ? p : d,
            ({ } p, null) => p,
            (null, { } d) when d >= line.StartDate => d,
            _ => null,
        };
        if (firstEvent is { } end)
            return new TimeToEvent(end.DayNumber - line.StartDate.DayNumber, true);

        var lastSeen = events.Select(e => e.EventDate).Append(line.EndDate ?? line.StartDate).Max();
        return lastSeen < line.StartDate ? null : new TimeToEvent(lastSeen.DayNumber - line.StartDate.DayNumber, false);
    }

    /// <summary>PFS of a matched line over PFS of the line before it, when both are known and the earlier one is positive.</summary>
    public static double? PfsRatio(TimeToEvent? current, TimeToEvent? previous) =>
        current is { } c && previous is { Days: > 0 } p ? (double)c.Days / p.Days : null;
}
