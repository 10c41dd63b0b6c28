namespace TrialWarehouse.Domain;

/// <summary>A time-to-event endpoint: days from the origin to the event, or to the last time the patient was known event-free.</summary>
public readonly record struct TimeToEvent(int Days, bool Event)
{
    /// <summary>Days / 30.4375 (the mean month of the Julian year), as cBioPortal and most trial reports convert.</summary>
    public const double DaysPerMonth = 30.4375;

    public double Months => Days / DaysPerMonth;
}

/// <summary>A therapy line with its derived PFS and, for a matched line after another line, its PFS2/PFS1 ratio.</summary>
public sealed record LineOutcome(TherapyLine Line, TimeToEvent? Pfs, double? PfsRatio);

/// <summary>
/// The trial's derived endpoints, exactly as docs/endpoints.md defines them. PFS of a line runs from its start to
/// progression on that line or death, whichever comes first; without either it is censored at the last date the
/// patient was seen before the next line started. OS runs from diagnosis to death, censored at the last date the
/// patient was known alive. PFS2/PFS1 compares a matched line with the line before it (Von Hoff; benefit when at
/// least 1.3).
/// </summary>
public static class Outcomes
{
    public const double PfsRatioThreshold = 1.3;

    /// <summary>RECIST 1.1 responses from best to worst; NE (not evaluable) ranks below PD, as it says nothing of benefit.</summary>
    public static readonly IReadOnlyList<string> ResponseOrder = ["CR", "PR", "SD", "PD", "NE"];

    /// <summary>
    /// PFS of one line. Without <paramref name="nextLineStart"/> every later death counts and the patient is seen up to
    /// the last follow-up; with it, a death after the next line started is not this line's event and censoring happens
    /// at the last date seen before that start (a new anticancer therapy ends the observation of this one). The line's
    /// own progression date always counts. Null when that progression date precedes the line's start.
    /// </summary>
    public static TimeToEvent? ProgressionFree(TherapyLine line, IEnumerable<FollowUpEvent> followUp, DateOnly? nextLineStart = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        var events = followUp.ToList();
        if (line.ProgressionDate < line.StartDate)
            return null;
        var death = events.Where(e => e.Kind == "death" && e.EventDate >= line.StartDate && (nextLineStart is not { } n || e.EventDate < n))
            .Select(e => (DateOnly?)e.EventDate).Min();
        DateOnly? firstEvent = (line.ProgressionDate, death) switch
        {
            ({ } p, { } d) => p < d ? p : d,
            ({ } p, null) => p,
            (null, { } d) => d,
            _ => null,
        };
        if (firstEvent is { } end)
            return new TimeToEvent(end.DayNumber - line.StartDate.DayNumber, true);

        var lastSeen = events.Select(e => e.EventDate).Where(d => nextLineStart is not { } n || d < n)
            .Append(line.EndDate ?? line.StartDate).Max();
        return new TimeToEvent(Math.Max(0, lastSeen.DayNumber - line.StartDate.DayNumber), false);
    }

    /// <summary>
    /// Every line of one patient in line-number order with its PFS (observed until the next line starts) and, for a
    /// matched line that has a line before it, PFS2/PFS1 against that line.
    /// </summary>
    public static IReadOnlyList<LineOutcome> ByLine(IEnumerable<TherapyLine> lines, IEnumerable<FollowUpEvent> followUp)
    {
        var ordered = lines.OrderBy(l => l.LineNumber).ToList();
        var events = followUp.ToList();
        var outcomes = new List<LineOutcome>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var pfs = ProgressionFree(ordered[i], events, i + 1 < ordered.Count ? ordered[i + 1].StartDate : null);
            var ratio = ordered[i].Matched && i > 0 ? PfsRatio(pfs, outcomes[i - 1].Pfs) : null;
            outcomes.Add(new LineOutcome(ordered[i], pfs, ratio));
        }
        return outcomes;
    }

    /// <summary>PFS of a matched line over PFS of the line before it, when both are known and the earlier one is positive.</summary>
    public static double? PfsRatio(TimeToEvent? current, TimeToEvent? previous) =>
        current is { } c && previous is { Days: > 0 } p ? (double)c.Days / p.Days : null;

    /// <summary>
    /// Overall survival from the diagnosis date to death; without a death, censored at the last date the patient was
    /// known alive (any follow-up event, or a therapy line's start, end or progression). Null when nothing is recorded
    /// on or after the diagnosis date (no follow-up) or the death precedes the diagnosis.
    /// </summary>
    public static TimeToEvent? OverallSurvival(DateOnly diagnosisDate, IEnumerable<FollowUpEvent> followUp, IEnumerable<TherapyLine> lines)
    {
        var events = followUp.ToList();
        var death = events.Where(e => e.Kind == "death").Select(e => (DateOnly?)e.EventDate).Min();
        if (death is { } d)
            return d < diagnosisDate ? null : new TimeToEvent(d.DayNumber - diagnosisDate.DayNumber, true);
        var known = events.Select(e => e.EventDate)
            .Concat(lines.SelectMany(l => new[] { l.StartDate, l.EndDate ?? l.StartDate, l.ProgressionDate ?? l.StartDate }))
            .Where(date => date >= diagnosisDate)
            .ToList();
        return known.Count == 0 ? null : new TimeToEvent(known.Max().DayNumber - diagnosisDate.DayNumber, false);
    }

    /// <summary>The best RECIST 1.1 response over the lines given (CR &gt; PR &gt; SD &gt; PD &gt; NE); null when none was recorded.</summary>
    public static string? BestOverallResponse(IEnumerable<TherapyLine> lines) =>
        lines.Select(l => l.BestResponse).OfType<string>()
            .Where(r => ResponseOrder.Contains(r))
            .OrderBy(r => ResponseOrder.ToList().IndexOf(r))
            .FirstOrDefault();
}
