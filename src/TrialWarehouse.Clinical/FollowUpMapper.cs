using System.Globalization;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical;

internal sealed class FollowUpMapper : RecordMapper<FollowUpEvent>
{
    private static readonly Column PatientId = Column.Identifier("patient_id");
    private static readonly Column EventDate = Column.Date("event_date");
    private static readonly Column Kind = Column.OneOf("kind", ClinicalVocabulary.EventKinds, "an event kind");
    private static readonly Column Ecog = new("ecog", Required: false, "an ECOG performance status", "an integer between 0 and 5");

    // Every accepted row with its line, for the rules about death that only the whole file can decide.
    private readonly List<(FollowUpEvent Event, long Line)> accepted = [];

    public override IReadOnlyList<Column> Columns { get; } = [PatientId, EventDate, Kind, Ecog];

    public override FollowUpEvent? Map(Record record)
    {
        var patientId = record.Identifier(PatientId);
        var date = record.Date(EventDate);
        var kind = record.OneOf(Kind, ClinicalVocabulary.EventKinds);
        var ecog = record.Integer(Ecog, 0, 5);

        if (record.IsRejected || patientId is null || date is null || kind is null)
        {
            return null;
        }

        var followUp = new FollowUpEvent(patientId, date.Value, kind, ecog);
        accepted.Add((followUp, record.Line));
        return followUp;
    }

    /// <summary>A patient dies once, and nothing is observed after that day (same-day records are allowed).</summary>
    public override void Finish(ErrorLog errors) => CheckDeaths(accepted, Kind.Name, EventDate.Name, errors);

    /// <summary>Reports second deaths and events after a death (shared with the cBioPortal status timeline).</summary>
    internal static void CheckDeaths(IEnumerable<(FollowUpEvent Event, long Line)> accepted, string kindColumn, string dateColumn, ErrorLog errors)
    {
        foreach (var patient in accepted.GroupBy(a => a.Event.PatientId, StringComparer.Ordinal))
        {
            var deaths = patient.Where(a => a.Event.Kind == "death").OrderBy(a => a.Event.EventDate).ThenBy(a => a.Line).ToList();
            if (deaths.Count == 0)
            {
                continue;
            }

            var death = deaths[0];
            foreach (var again in deaths.Skip(1))
            {
                errors.Add(again.Line, kindColumn, string.Create(CultureInfo.InvariantCulture,
                    $"a second death of patient {ValueText.Quote(patient.Key)}, who died on {death.Event.EventDate:yyyy-MM-dd} (line {death.Line}); expected one death row per patient"));
            }

            foreach (var after in patient.Where(a => a.Event.Kind != "death" && a.Event.EventDate > death.Event.EventDate).OrderBy(a => a.Line))
            {
                errors.Add(after.Line, dateColumn, string.Create(CultureInfo.InvariantCulture,
                    $"{after.Event.EventDate:yyyy-MM-dd} ({after.Event.Kind}) is after the death of patient {ValueText.Quote(patient.Key)} on {death.Event.EventDate:yyyy-MM-dd} (line {death.Line}); expected no follow-up after death: correct this date or the date of death"));
            }
        }
    }
}
