using System.Globalization;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical.Cbioportal;

/// <summary>
/// A TREATMENT timeline as <see cref="TherapyLine"/>s: one row per line of systemic therapy (TREATMENT_TYPE Medical
/// Therapy, or no TREATMENT_TYPE); dates are days from the patient's anchor. Without a LINE_NUMBER column the lines
/// of a patient are numbered in the order they started (done by the caller: rows come back with line number 0).
/// </summary>
internal sealed class CbioportalTreatmentMapper(IReadOnlyDictionary<string, DateOnly> anchors) : RecordMapper<TherapyLine>
{
    private const string MedicalTherapy = "Medical Therapy";

    private static readonly Column PatientId = Column.Identifier("PATIENT_ID");
    private static readonly Column StartDate = CbioportalFields.Days("START_DATE", required: true);
    private static readonly Column StopDate = CbioportalFields.Days("STOP_DATE", required: false);
    private static readonly Column EventType = new("EVENT_TYPE", Required: true, "an event type", "TREATMENT (one event type per timeline file)");
    private static readonly Column TreatmentType = Column.Text("TREATMENT_TYPE", required: false);
    private static readonly Column Agent = new("AGENT", Required: true, "a drug list", "the drugs given, joined by +, e.g. alpelisib+fulvestrant");
    private static readonly Column Regimen = Column.Text("REGIMEN", required: false);
    private static readonly Column LineNumber = new("LINE_NUMBER", Required: false, "a line number", "an integer of at least 1");
    private static readonly Column BestResponse = Column.OneOf("BEST_RESPONSE", ClinicalVocabulary.Responses, "a RECIST 1.1 response", required: false);
    private static readonly Column Matched = new("MATCHED", Required: false, "a boolean", "Yes or No");
    private static readonly Column MatchedAlteration = Column.Text("MATCHED_ALTERATION", required: false);
    private static readonly Column ReasonStopped = Column.OneOf("REASON_STOPPED", TherapyVocabulary.ReasonsStopped, "a reason", required: false);
    private static readonly Column ProgressionDate = CbioportalFields.Days("PROGRESSION_DATE", required: false);

    private readonly Dictionary<(string PatientId, int LineNumber), long> lineOfTherapyLine = [];
    private readonly List<(TherapyLine Line, long FileLine)> accepted = [];
    private bool numbered;

    public override IReadOnlyList<Column> Columns { get; } =
    [
        PatientId, StartDate, StopDate, EventType, TreatmentType, Agent, Regimen, LineNumber, BestResponse, Matched, MatchedAlteration,
        ReasonStopped, ProgressionDate,
    ];

    public override TherapyLine? Map(Record record)
    {
        var eventType = record.Cell(EventType);
        if (eventType is not null && eventType != "TREATMENT")
        {
            record.Reject(EventType, $"{ValueText.Quote(eventType)} in a TREATMENT timeline; expected {EventType.Expected}");
        }

        var treatmentType = record.Text(TreatmentType);
        if (treatmentType is not null && !string.Equals(treatmentType, MedicalTherapy, StringComparison.OrdinalIgnoreCase))
        {
            return null; // radiation, surgery...: not a line of systemic therapy
        }

        var patientId = record.Identifier(PatientId);
        DateOnly? anchor = patientId is not null && anchors.TryGetValue(patientId, out var a) ? a : null;
        var start = record.DaysFrom(StartDate, anchor);
        var stop = record.DaysFrom(StopDate, anchor);
        var progression = record.DaysFrom(ProgressionDate, anchor);
        var drugs = record.Cell(Agent)?.Split('+', StringSplitOptions.TrimEntries);
        if (drugs is not null && drugs.Any(d => d.Length == 0))
        {
            record.Reject(Agent, $"{ValueText.Quote(record.Cell(Agent)!)} has an empty drug; expected {Agent.Expected}");
        }

        numbered = record.Has(LineNumber);
        var lineNumber = numbered ? record.Integer(LineNumber, 1, int.MaxValue) : 0;
        if (numbered && lineNumber is null && record.Cell(LineNumber) is null)
        {
            record.Reject(LineNumber, $"is empty; expected {LineNumber.Expected} (or leave the column out to number lines in the order they started)");
        }

        var bestResponse = record.OneOf(BestResponse, ClinicalVocabulary.Responses);
        var matched = record.YesNo(Matched) ?? false;
        var matchedAlteration = record.Text(MatchedAlteration);
        var reasonStopped = record.OneOf(ReasonStopped, TherapyVocabulary.ReasonsStopped);

        if (patientId is not null && anchor is null)
        {
            record.Reject(PatientId, $"patient {ValueText.Quote(patientId)} has no DIAGNOSIS_DATE in data_clinical_patient.txt of this folder; timeline days count from it: add the patient there");
        }

        RejectBeforeStart(record, StopDate, stop, start);
        RejectBeforeStart(record, ProgressionDate, progression, start);
        if (matched && matchedAlteration is null)
        {
            record.Reject(MatchedAlteration, "is empty although MATCHED is Yes; expected the alteration the line was matched to, e.g. PIK3CA p.H1047R");
        }
        else if (!matched && matchedAlteration is not null)
        {
            record.Reject(MatchedAlteration, $"{ValueText.Quote(matchedAlteration)} is given although MATCHED is not Yes; expected it empty, or MATCHED set to Yes");
        }

        if (numbered && patientId is not null && lineNumber is { } n && !lineOfTherapyLine.TryAdd((patientId, n), record.Line))
        {
            record.Reject(LineNumber, string.Create(CultureInfo.InvariantCulture,
                $"line {n} of patient {ValueText.Quote(patientId)} is on line {lineOfTherapyLine[(patientId, n)]} and again on line {record.Line}; expected each (PATIENT_ID, LINE_NUMBER) once"));
        }

        if (record.IsRejected || patientId is null || start is null || drugs is null || lineNumber is null)
        {
            return null;
        }

        var line = new TherapyLine(patientId, lineNumber.Value, record.Text(Regimen) ?? string.Join(" + ", drugs), drugs, start.Value.Date,
            stop?.Date, reasonStopped, bestResponse, progression?.Date, matched, matchedAlteration);
        accepted.Add((line, record.Line));
        return line;
    }

    public override void Finish(ErrorLog errors)
    {
        if (numbered)
        {
            TherapyLineMapper.CheckStartOrder(accepted, StartDate.Name, errors);
        }
    }

    private static void RejectBeforeStart(Record record, Column column, (int Days, DateOnly Date)? value, (int Days, DateOnly Date)? start)
    {
        if (value is { } v && start is { } s && v.Days < s.Days)
        {
            record.Reject(column, $"{CbioportalFields.Show(v.Days, v.Date)} is before START_DATE {CbioportalFields.Show(s.Days, s.Date)}; expected a day on or after the start of the line");
        }
    }
}
