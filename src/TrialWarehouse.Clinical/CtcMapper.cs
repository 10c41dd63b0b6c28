using System.Globalization;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical;

internal sealed class CtcMapper : RecordMapper<CtcCount>
{
    private const string CountExpected = "a whole number of cells per 7.5 mL of blood, 0 or more, e.g. 12";

    private static readonly Column PatientId = Column.Identifier("patient_id");
    private static readonly Column DrawDate = Column.Date("draw_date");
    private static readonly Column Method = Column.OneOf("method", CtcVocabulary.Methods.Order(StringComparer.Ordinal), "a CTC method");
    private static readonly Column Count = new("ctc_per_7_5ml", Required: true, "a cell count", CountExpected);
    private static readonly Column Atypical = new("atypical_ctc_per_7_5ml", Required: false, "a cell count", CountExpected);
    private static readonly Column Emt = new("emt_ctc_per_7_5ml", Required: false, "a cell count", CountExpected);
    private static readonly Column LineNumber = new("line_number", Required: false, "a line number", "an integer of at least 1, or empty to derive the line from the dates");

    private readonly Dictionary<(string PatientId, DateOnly Date, string Method), long> lineOfDraw = [];

    public override IReadOnlyList<Column> Columns { get; } = [PatientId, DrawDate, Method, Count, Atypical, Emt, LineNumber];

    public override CtcCount? Map(Record record)
    {
        var patientId = record.Identifier(PatientId);
        var drawn = record.Date(DrawDate);
        var method = record.OneOf(Method, CtcVocabulary.Methods);
        var count = record.Integer(Count, 0, int.MaxValue);
        var atypical = record.Integer(Atypical, 0, int.MaxValue);
        var emt = record.Integer(Emt, 0, int.MaxValue);
        var line = record.Integer(LineNumber, 1, int.MaxValue);

        if (patientId is not null && drawn is not null && method is not null
            && !lineOfDraw.TryAdd((patientId, drawn.Value, method), record.Line))
        {
            record.Reject(DrawDate, string.Create(CultureInfo.InvariantCulture,
                $"the {method} draw of patient {ValueText.Quote(patientId)} on {drawn:yyyy-MM-dd} is on line {lineOfDraw[(patientId, drawn.Value, method)]} and again on line {record.Line}; expected each (patient_id, draw_date, method) once"));
        }

        if (record.IsRejected || patientId is null || drawn is null || method is null || count is null)
            return null;
        return new CtcCount(patientId, drawn.Value, method, count.Value, atypical, emt, line);
    }
}
