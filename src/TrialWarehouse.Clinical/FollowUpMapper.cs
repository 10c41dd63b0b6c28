using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical;

internal sealed class FollowUpMapper : RecordMapper<FollowUpEvent>
{
    private static readonly Column PatientId = Column.Identifier("patient_id");
    private static readonly Column EventDate = Column.Date("event_date");
    private static readonly Column Kind = Column.OneOf("kind", ClinicalVocabulary.EventKinds, "an event kind");
    private static readonly Column Ecog = new("ecog", Required: false, "an ECOG performance status", "an integer between 0 and 5");

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

        return new FollowUpEvent(patientId, date.Value, kind, ecog);
    }
}
