using System.Globalization;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical;

internal sealed class ModelResponseMapper : RecordMapper<ModelResponse>
{
    private static readonly Column ModelId = Column.Identifier("model_id");
    private static readonly Column ModelKind = Column.OneOf("model_kind", [ModelVocabulary.Pdx, ModelVocabulary.Tumoroid], "a model kind");
    private static readonly Column SampleId = Column.Identifier("sample_id");
    private static readonly Column Passage = new("passage", Required: false, "a passage", "an integer of at least 0 (the number of passages since the patient's tumor)");
    private static readonly Column Drug = Column.Text("drug");
    private static readonly Column Dose = new("dose", Required: false, "a dose", "a number above 0, e.g. 10 or 0.5, with dose_unit");
    private static readonly Column DoseUnit = Column.OneOf("dose_unit", ["mg/kg", "mg/kg/day", "uM", "nM"], "a dose unit", required: false);
    private static readonly Column Measure = Column.OneOf("measure", [ModelVocabulary.TgiPercent, ModelVocabulary.Mrecist, ModelVocabulary.Ic50, ModelVocabulary.Auc], "a response measure");
    private static readonly Column Value = new("value", Required: true, "a response", "the measure's value: TGI_percent -500 to 200, mRECIST mCR, mPR, mSD or mPD, IC50 above 0 (with value_unit), AUC 0 to 1");
    private static readonly Column ValueUnit = Column.OneOf("value_unit", ["uM", "nM"], "a concentration unit", required: false);

    private static readonly IReadOnlySet<string> MrecistClasses = new HashSet<string>(ModelVocabulary.MrecistClasses, StringComparer.Ordinal);

    private readonly Dictionary<(string Model, string Drug, double? Dose, string? Unit, string Measure), long> lineOfResponse = [];
    private readonly Dictionary<string, (string Kind, string SampleId, long Line)> firstOfModel = new(StringComparer.Ordinal);

    public override IReadOnlyList<Column> Columns { get; } = [ModelId, ModelKind, SampleId, Passage, Drug, Dose, DoseUnit, Measure, Value, ValueUnit];

    public override ModelResponse? Map(Record record)
    {
        var modelId = record.Identifier(ModelId);
        var kind = record.OneOf(ModelKind, ModelVocabulary.Kinds);
        var sampleId = record.Identifier(SampleId);
        var passage = record.Integer(Passage, 0, 1000);
        var drug = record.Text(Drug);
        var dose = record.Number(Dose, double.Epsilon, double.MaxValue);
        var doseUnit = record.OneOf(DoseUnit, ModelVocabulary.DoseUnits);
        var measure = record.OneOf(Measure, ModelVocabulary.Measures);
        var valueUnit = record.OneOf(ValueUnit, ModelVocabulary.ConcentrationUnits);
        double? value = null;
        string? responseClass = null;
        if (measure == ModelVocabulary.Mrecist)
            responseClass = record.OneOf(Value with { Noun = "an mRECIST class", Expected = "one of mCR, mPR, mSD, mPD for mRECIST" }, MrecistClasses);
        else if (measure is not null)
            value = NumberOn(record, measure);

        if ((dose is null) != (doseUnit is null) && !record.IsRejected)
            record.Reject(dose is null ? Dose : DoseUnit, dose is null
                ? "is empty although dose_unit is given; expected the dose, or neither"
                : "is empty although dose is given; expected one of mg/kg, mg/kg/day, uM, nM");
        if (measure is not null && kind is not null && ModelVocabulary.KindOf(measure) != kind)
            record.Reject(Measure, $"{measure} is not measured on a {kind}; expected {(kind == ModelVocabulary.Pdx ? "TGI_percent or mRECIST for a PDX" : "IC50 or AUC for a tumoroid")}");
        if (measure == ModelVocabulary.Ic50 && valueUnit is null && !record.IsRejected)
            record.Reject(ValueUnit, "is empty for IC50; expected uM or nM");
        else if (measure is not null && measure != ModelVocabulary.Ic50 && valueUnit is not null)
            record.Reject(ValueUnit, $"{ValueText.Quote(valueUnit)} is given for {measure}; expected value_unit only for IC50");

        CheckModelIsOne(record, modelId, kind, sampleId);
        if (modelId is not null && drug is not null && measure is not null
            && !lineOfResponse.TryAdd((modelId, drug, dose, doseUnit, measure), record.Line))
        {
            record.Reject(Measure, string.Create(CultureInfo.InvariantCulture,
                $"{measure} of {ValueText.Quote(drug)} on model {ValueText.Quote(modelId)} at this dose is on line {lineOfResponse[(modelId, drug, dose, doseUnit, measure)]} and again on line {record.Line}; expected each (model_id, drug, dose, dose_unit, measure) once"));
        }

        if (record.IsRejected || modelId is null || kind is null || sampleId is null || drug is null || measure is null
            || (value is null && responseClass is null))
            return null;
        return new ModelResponse(modelId, kind, sampleId, passage, drug, dose, doseUnit, measure, value, valueUnit, responseClass);
    }

    /// <summary>A model grows from one sample and is of one kind, on every row that names it.</summary>
    private void CheckModelIsOne(Record record, string? modelId, string? kind, string? sampleId)
    {
        if (modelId is null || kind is null || sampleId is null)
            return;
        if (!firstOfModel.TryGetValue(modelId, out var first))
        {
            firstOfModel[modelId] = (kind, sampleId, record.Line);
            return;
        }
        if (first.SampleId != sampleId)
            record.Reject(SampleId, string.Create(CultureInfo.InvariantCulture,
                $"model {ValueText.Quote(modelId)} derives from {ValueText.Quote(first.SampleId)} on line {first.Line}; expected one sample_id per model"));
        else if (first.Kind != kind)
            record.Reject(ModelKind, string.Create(CultureInfo.InvariantCulture,
                $"model {ValueText.Quote(modelId)} is a {first.Kind} on line {first.Line}; expected one model_kind per model"));
    }

    private static double? NumberOn(Record record, string measure) => measure switch
    {
        ModelVocabulary.TgiPercent => record.Number(Value with { Noun = "a percentage", Expected = "a tumor growth inhibition between -500 and 200 percent for TGI_percent (above 100: regression)" }, -500, 200),
        ModelVocabulary.Ic50 => record.Number(Value with { Noun = "a concentration", Expected = "a concentration above 0 for IC50, in value_unit, e.g. 0.42" }, double.Epsilon, double.MaxValue),
        _ => record.Number(Value with { Noun = "an AUC", Expected = "a normalised area under the dose-response curve between 0 and 1 for AUC" }, 0, 1),
    };
}
