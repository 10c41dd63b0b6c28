using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical.Cbioportal;

/// <summary>
/// A STATUS timeline as <see cref="FollowUpEvent"/>s. A row with a LINE_NUMBER restates the progression of that
/// therapy line (our export writes it so that cBioPortal draws it); the line's own PROGRESSION_DATE in the TREATMENT
/// timeline is what counts, so such a row is skipped.
/// </summary>
internal sealed class CbioportalStatusMapper(IReadOnlyDictionary<string, DateOnly> anchors) : RecordMapper<FollowUpEvent>
{
    private static readonly Column PatientId = Column.Identifier("PATIENT_ID");
    private static readonly Column StartDate = CbioportalFields.Days("START_DATE", required: true);
    private static readonly Column EventType = new("EVENT_TYPE", Required: true, "an event type", "STATUS (one event type per timeline file)");
    private static readonly Column Status = Column.OneOf("STATUS", ClinicalVocabulary.EventKinds, "a status");
    private static readonly Column Ecog = new("ECOG", Required: false, "an ECOG performance status", "an integer between 0 and 5");
    private static readonly Column LineNumber = Column.Text("LINE_NUMBER", required: false);

    private readonly List<(FollowUpEvent Event, long Line)> accepted = [];

    public override IReadOnlyList<Column> Columns { get; } = [PatientId, StartDate, EventType, Status, Ecog, LineNumber];

    public override FollowUpEvent? Map(Record record)
    {
        var eventType = record.Cell(EventType);
        if (eventType is not null && eventType != "STATUS")
        {
            record.Reject(EventType, $"{ValueText.Quote(eventType)} in a STATUS timeline; expected {EventType.Expected}");
        }

        if (record.Text(LineNumber) is not null)
        {
            return null;
        }

        var patientId = record.Identifier(PatientId);
        DateOnly? anchor = patientId is not null && anchors.TryGetValue(patientId, out var a) ? a : null;
        var date = record.DaysFrom(StartDate, anchor);
        var kind = record.OneOfIgnoringCase(Status, ClinicalVocabulary.EventKinds);
        var ecog = record.Integer(Ecog, 0, 5);
        if (patientId is not null && anchor is null)
        {
            record.Reject(PatientId, $"patient {ValueText.Quote(patientId)} has no DIAGNOSIS_DATE in data_clinical_patient.txt of this folder; timeline days count from it: add the patient there");
        }

        if (record.IsRejected || patientId is null || date is null || kind is null)
        {
            return null;
        }

        var followUp = new FollowUpEvent(patientId, date.Value.Date, kind, ecog);
        accepted.Add((followUp, record.Line));
        return followUp;
    }

    public override void Finish(ErrorLog errors) => FollowUpMapper.CheckDeaths(accepted, Status.Name, StartDate.Name, errors);
}
