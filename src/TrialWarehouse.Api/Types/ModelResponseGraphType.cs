using GraphQL.Types;
using TrialWarehouse.Domain;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Api.Types;

public sealed class ModelResponseGraphType : ObjectGraphType<ModelResponseRow>
{
    public ModelResponseGraphType()
    {
        Name = "ModelResponse";
        Description = "One drug response of a patient-derived model (PDX or tumoroid) grown from the sample (model_responses.csv).";
        Field<NonNullGraphType<StringGraphType>>("modelId").Description("The model.").Resolve(c => c.Source.ModelId);
        Field<NonNullGraphType<StringGraphType>>("modelKind").Description("PDX or tumoroid.").Resolve(c => c.Source.ModelKind);
        Field<IntGraphType>("passage").Description("Passages since the patient's tumor.").Resolve(c => c.Source.Passage);
        Field<NonNullGraphType<StringGraphType>>("drug").Description("The drug tested.").Resolve(c => c.Source.Drug);
        Field<FloatGraphType>("dose").Description("The dose given, in doseUnit; null when the measure comes from a dose range.").Resolve(c => c.Source.Dose);
        Field<StringGraphType>("doseUnit").Description("mg/kg, mg/kg/day, uM or nM.").Resolve(c => c.Source.DoseUnit);
        Field<NonNullGraphType<StringGraphType>>("measure").Description("TGI_percent or mRECIST (PDX); IC50 or AUC (tumoroid).").Resolve(c => c.Source.Measure);
        Field<FloatGraphType>("value").Description("The numeric response: TGI in percent, IC50 in valueUnit, AUC 0-1; null for mRECIST.").Resolve(c => c.Source.MeasureValue);
        Field<StringGraphType>("valueUnit").Description("The IC50's unit: uM or nM.").Resolve(c => c.Source.ValueUnit);
        Field<StringGraphType>("responseClass").Description("The mRECIST class: mCR, mPR, mSD or mPD.").Resolve(c => c.Source.ResponseClass);
        Field<NonNullGraphType<StringGraphType>>("resultText").Description("The response as one short text, e.g. TGI 87%, mPR, IC50 0.42 uM.")
            .Resolve(c => ModelVocabulary.Format(c.Source.Measure, c.Source.MeasureValue, c.Source.ValueUnit, c.Source.ResponseClass));
    }
}
