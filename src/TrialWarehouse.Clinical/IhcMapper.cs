using System.Globalization;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical;

internal sealed class IhcMapper : RecordMapper<IhcResult>
{
    private static readonly Column SampleId = Column.Identifier("sample_id");
    private static readonly Column Marker = Column.OneOf("marker", IhcVocabulary.Markers, "a marker");
    private static readonly Column Scoring = Column.OneOf("scoring", IhcVocabulary.ScoringSystems.Order(StringComparer.Ordinal), "a scoring system");
    private static readonly Column Value = new("value", Required: true, "a score", "a score on the scoring system's scale: h_score 0 to 300, percent_positive 0 to 100, intensity 0, 1+, 2+ or 3+");
    private static readonly Column Clone = Column.Text("clone");
    private static readonly Column IshResult = Column.OneOf("ish_result", IhcVocabulary.IshResults.Order(StringComparer.Ordinal), "an ISH result", required: false);

    private readonly Dictionary<(string SampleId, string Marker, string Scoring), long> lineOfScore = [];

    public override IReadOnlyList<Column> Columns { get; } = [SampleId, Marker, Scoring, Value, Clone, IshResult];

    public override IhcResult? Map(Record record)
    {
        var sampleId = record.Identifier(SampleId);
        var marker = record.OneOf(Marker, IhcVocabulary.Markers);
        var scoring = record.OneOf(Scoring, IhcVocabulary.ScoringSystems);
        var value = scoring is null ? null : ValueOn(record, scoring);
        var clone = record.Text(Clone);
        var ish = record.OneOf(IshResult, IhcVocabulary.IshResults);

        // ASCO/CAP score HER2 by membrane staining intensity; an H-score or percentage cannot say HER2-low or positive.
        if (marker == "HER2" && scoring is not null && scoring != IhcVocabulary.Intensity)
            record.Reject(Scoring, $"{ValueText.Quote(scoring)} is not how HER2 is scored; expected intensity (0, 1+, 2+, 3+ as ASCO/CAP score it)");
        if (ish is not null && marker is not null && marker != "HER2")
            record.Reject(IshResult, $"{ValueText.Quote(ish)} is given for {marker}; expected ish_result only for HER2, empty otherwise");

        if (sampleId is not null && marker is not null && scoring is not null && !lineOfScore.TryAdd((sampleId, marker, scoring), record.Line))
        {
            record.Reject(Marker, string.Create(CultureInfo.InvariantCulture,
                $"{marker} by {scoring} of sample {ValueText.Quote(sampleId)} is on line {lineOfScore[(sampleId, marker, scoring)]} and again on line {record.Line}; expected each (sample_id, marker, scoring) once"));
        }

        if (record.IsRejected || sampleId is null || marker is null || scoring is null || value is null || clone is null)
            return null;
        return new IhcResult(sampleId, marker, scoring, value.Value, clone, ish);
    }

    private static double? ValueOn(Record record, string scoring)
    {
        switch (scoring)
        {
            case IhcVocabulary.HScore:
                return record.Integer(Value with { Noun = "an H-score", Expected = "an integer between 0 and 300 for h_score" }, 0, 300);
            case IhcVocabulary.PercentPositive:
                return record.Number(Value with { Noun = "a percentage", Expected = "a percentage between 0 and 100 for percent_positive, e.g. 85" }, 0, 100);
            default:
                var cell = record.Cell(Value);
                if (cell is null)
                    return null;
                if (IhcVocabulary.IntensityScores.TryGetValue(cell, out var score))
                    return score;
                record.Reject(Value, $"{ValueText.Quote(cell)} is not an intensity score; expected 0, 1+, 2+ or 3+ for intensity");
                return null;
        }
    }
}
