using System.Globalization;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical;

internal sealed class TherapyLineMapper : RecordMapper<TherapyLine>
{
    private static readonly Column PatientId = Column.Identifier("patient_id");
    private static readonly Column LineNumber = new("line_number", Required: true, "a line number", "an integer of at least 1");
    private static readonly Column Regimen = Column.Text("regimen");
    private static readonly Column Drugs = new("drugs", Required: true, "a drug list", "drug names separated by ;, e.g. alpelisib;fulvestrant");
    private static readonly Column StartDate = Column.Date("start_date");
    private static readonly Column EndDate = Column.Date("end_date", required: false);
    private static readonly Column ReasonStopped = Column.OneOf("reason_stopped", TherapyVocabulary.ReasonsStopped, "a reason", required: false);
    private static readonly Column BestResponse = Column.OneOf("best_response", ClinicalVocabulary.Responses, "a RECIST 1.1 response", required: false);
    private static readonly Column ProgressionDate = Column.Date("progression_date", required: false);
    private static readonly Column Matched = Column.OneOf("matched", TherapyVocabulary.Booleans, "a boolean");
    private static readonly Column MatchedAlteration = Column.Text("matched_alteration", required: false);

    private readonly Dictionary<(string PatientId, int LineNumber), long> lineOfTherapyLine = [];

    // Every accepted row with its line, to check that line numbers follow the order in which lines started.
    private readonly List<(TherapyLine Line, long FileLine)> accepted = [];

    public override IReadOnlyList<Column> Columns { get; } =
    [
        PatientId, LineNumber, Regimen, Drugs, StartDate, EndDate, ReasonStopped, BestResponse, ProgressionDate, Matched,
        MatchedAlteration,
    ];

    public override TherapyLine? Map(Record record)
    {
        var patientId = record.Identifier(PatientId);
        var lineNumber = record.Integer(LineNumber, 1, int.MaxValue);
        var regimen = record.Text(Regimen);
        var drugs = record.List(Drugs);
        var started = record.Date(StartDate);
        var ended = record.Date(EndDate);
        var reasonStopped = record.OneOf(ReasonStopped, TherapyVocabulary.ReasonsStopped);
        var bestResponse = record.OneOf(BestResponse, ClinicalVocabulary.Responses);
        var progressed = record.Date(ProgressionDate);
        var matched = record.Boolean(Matched);
        var matchedAlteration = record.Text(MatchedAlteration);

        RejectBeforeStart(record, EndDate, ended, started);
        RejectBeforeStart(record, ProgressionDate, progressed, started);
        if (matched == true && matchedAlteration is null)
        {
            record.Reject(MatchedAlteration, "is empty although matched is true; expected the alteration the line was matched to, e.g. PIK3CA p.H1047R");
        }
        else if (matched == false && matchedAlteration is not null)
        {
            record.Reject(MatchedAlteration, $"{ValueText.Quote(matchedAlteration)} is given although matched is false; expected it empty, or matched set to true");
        }

        if (patientId is not null && lineNumber is not null && !lineOfTherapyLine.TryAdd((patientId, lineNumber.Value), record.Line))
        {
            record.Reject(LineNumber, string.Create(CultureInfo.InvariantCulture,
                $"line {lineNumber} of patient {ValueText.Quote(patientId)} is on line {lineOfTherapyLine[(patientId, lineNumber.Value)]} and again on line {record.Line}; expected each (patient_id, line_number) once"));
        }

        if (record.IsRejected || patientId is null || lineNumber is null || regimen is null || drugs is null
            || started is null || matched is null)
        {
            return null;
        }

        var line = new TherapyLine(patientId, lineNumber.Value, regimen, drugs, started.Value, ended, reasonStopped,
            bestResponse, progressed, matched.Value, matchedAlteration);
        accepted.Add((line, record.Line));
        return line;
    }

    /// <summary>A later line cannot start before an earlier one: PFS of a line is observed until the next line starts.</summary>
    public override void Finish(ErrorLog errors) => CheckStartOrder(accepted, StartDate.Name, errors);

    /// <summary>Reports each line that starts before the line numbered before it (shared with the cBioPortal treatment timeline).</summary>
    internal static void CheckStartOrder(IEnumerable<(TherapyLine Line, long FileLine)> accepted, string startColumn, ErrorLog errors)
    {
        foreach (var patient in accepted.GroupBy(a => a.Line.PatientId, StringComparer.Ordinal))
        {
            var ordered = patient.OrderBy(a => a.Line.LineNumber).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                var (earlier, later) = (ordered[i - 1], ordered[i]);
                if (later.Line.StartDate < earlier.Line.StartDate)
                {
                    errors.Add(later.FileLine, startColumn, string.Create(CultureInfo.InvariantCulture,
                        $"{later.Line.StartDate:yyyy-MM-dd} (line {later.Line.LineNumber} of patient {ValueText.Quote(patient.Key)}) is before the start of line {earlier.Line.LineNumber} on {earlier.Line.StartDate:yyyy-MM-dd} (line {earlier.FileLine}); expected line numbers in the order the lines started"));
                }
            }
        }
    }

    private static void RejectBeforeStart(Record record, Column column, DateOnly? date, DateOnly? started)
    {
        if (date < started)
        {
            record.Reject(column, string.Create(CultureInfo.InvariantCulture,
                $"{date:yyyy-MM-dd} is before start_date {started:yyyy-MM-dd}; expected a date on or after the start of the line"));
        }
    }
}
