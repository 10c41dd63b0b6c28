using TrialWarehouse.Domain;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Export.Cbioportal;

/// <summary>
/// OS for cBioPortal's OS_STATUS/OS_MONTHS: diagnosis to the first recorded death; without one, censored at the last
/// date the patient was seen (a follow-up event, or a therapy line's start, end or progression). Null when nothing
/// after the diagnosis is known.
/// </summary>
internal static class OverallSurvival
{
    public static TimeToEvent? Of(PatientRow patient, IEnumerable<FollowUpRow> followUp, IEnumerable<TherapyLineRow> lines)
    {
        var events = followUp.ToList();
        int origin = patient.DiagnosisDate.DayNumber;
        if (events.Where(e => e.Kind == "death").Select(e => (DateOnly?)e.EventDate).Min() is { } death)
            return new TimeToEvent(death.DayNumber - origin, true);
        var seen = events.Select(e => e.EventDate)
            .Concat(lines.SelectMany(l => new[] { l.StartDate, l.EndDate, l.ProgressionDate }.OfType<DateOnly>()))
            .DefaultIfEmpty(patient.DiagnosisDate)
            .Max();
        return seen.DayNumber <= origin ? null : new TimeToEvent(seen.DayNumber - origin, false);
    }
}
