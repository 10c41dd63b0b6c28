using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical.Tests;

public sealed class ModelResponsesFileTests : IDisposable
{
    private readonly TempDirectory files = new();

    public void Dispose() => files.Dispose();

    private IReadOnlyList<ModelResponse> Read(string text) => ClinicalFiles.ReadModelResponses(files.Write("model_responses.csv", text));

    [Fact]
    public void ReadModelResponses_ReadsTheFormatsExample() =>
        Assert.Equal(
            [
                new ModelResponse("PDX-0001", "PDX", "PT0001-T1", 3, "alpelisib", 50, "mg/kg/day", "TGI_percent", 78.5, null, null),
                new ModelResponse("PDX-0001", "PDX", "PT0001-T1", 3, "alpelisib", 50, "mg/kg/day", "mRECIST", null, null, "mSD"),
                new ModelResponse("TO-0001", "tumoroid", "PT0001-T1", 5, "olaparib", null, null, "IC50", 0.42, "uM", null),
                new ModelResponse("TO-0001", "tumoroid", "PT0001-T1", 5, "olaparib", null, null, "AUC", 0.31, null, null),
            ],
            Read(Examples.ModelResponses));

    [Theory]
    [InlineData("PDX-1,PDX,S1,3,alpelisib,50,mg/kg,TGI_percent,250,", "model_responses.csv:2: value: \"250\" is out of range; expected a tumor growth inhibition between -500 and 200 percent for TGI_percent (above 100: regression)")]
    [InlineData("PDX-1,PDX,S1,3,alpelisib,50,mg/kg,mRECIST,PR,", "model_responses.csv:2: value: \"PR\" is not an mRECIST class; expected one of mCR, mPR, mSD, mPD for mRECIST")]
    [InlineData("TO-1,tumoroid,S1,3,olaparib,,,IC50,0,uM", "model_responses.csv:2: value: \"0\" is out of range; expected a concentration above 0 for IC50, in value_unit, e.g. 0.42")]
    [InlineData("TO-1,tumoroid,S1,3,olaparib,,,IC50,0.4,", "model_responses.csv:2: value_unit: is empty for IC50; expected uM or nM")]
    [InlineData("TO-1,tumoroid,S1,3,olaparib,,,AUC,1.2,", "model_responses.csv:2: value: \"1.2\" is out of range; expected a normalised area under the dose-response curve between 0 and 1 for AUC")]
    [InlineData("TO-1,tumoroid,S1,3,olaparib,,,AUC,0.3,uM", "model_responses.csv:2: value_unit: \"uM\" is given for AUC; expected value_unit only for IC50")]
    [InlineData("TO-1,tumoroid,S1,3,olaparib,,,TGI_percent,40,", "model_responses.csv:2: measure: TGI_percent is not measured on a tumoroid; expected IC50 or AUC for a tumoroid")]
    [InlineData("PDX-1,PDX,S1,3,olaparib,50,mg/kg,AUC,0.3,", "model_responses.csv:2: measure: AUC is not measured on a PDX; expected TGI_percent or mRECIST for a PDX")]
    [InlineData("PDX-1,PDX,S1,3,alpelisib,50,,TGI_percent,40,", "model_responses.csv:2: dose_unit: is empty although dose is given; expected one of mg/kg, mg/kg/day, uM, nM")]
    [InlineData("PDX-1,PDX,S1,3,alpelisib,,mg/kg,TGI_percent,40,", "model_responses.csv:2: dose: is empty although dose_unit is given; expected the dose, or neither")]
    [InlineData("PDX-1,PDX,S1,3,alpelisib,-5,mg/kg,TGI_percent,40,", "model_responses.csv:2: dose: \"-5\" is out of range; expected a number above 0, e.g. 10 or 0.5, with dose_unit")]
    [InlineData("PDX-1,PDX,S1,-1,alpelisib,5,mg/kg,TGI_percent,40,", "model_responses.csv:2: passage: \"-1\" is out of range; expected an integer of at least 0 (the number of passages since the patient's tumor)")]
    [InlineData("PDX-1,xenograft,S1,1,alpelisib,5,mg/kg,TGI_percent,40,", "model_responses.csv:2: model_kind: \"xenograft\" is not a model kind; expected one of PDX, tumoroid")]
    [InlineData("PDX-1,PDX,S1,1,alpelisib,5,mg/kg,ORR,40,", "model_responses.csv:2: measure: \"ORR\" is not a response measure; expected one of TGI_percent, mRECIST, IC50, AUC")]
    [InlineData("PDX-1,PDX,S1,1,,5,mg/kg,TGI_percent,40,", "model_responses.csv:2: drug: is empty; expected some text")]
    public void ReadModelResponses_RejectsABadCell_WithItsLineColumnAndWhatWouldBeRight(string row, string expected) =>
        Assert.Equal([expected], Rejection.ErrorsOf(() => Read(Examples.ModelResponsesHeader + "\n" + row + "\n")).Select(e => e.ToString()));

    [Fact]
    public void ReadModelResponses_RejectsAModelThatChangesSampleOrKind_AndAResponseGivenTwice() =>
        Assert.Equal(
            [
                "model_responses.csv:3: sample_id: model \"PDX-1\" derives from \"S1\" on line 2; expected one sample_id per model",
                "model_responses.csv:4: model_kind: model \"PDX-1\" is a PDX on line 2; expected one model_kind per model",
                "model_responses.csv:6: measure: TGI_percent of \"alpelisib\" on model \"PDX-1\" at this dose is on line 5 and again on line 6; expected each (model_id, drug, dose, dose_unit, measure) once",
            ],
            Rejection.ErrorsOf(() => Read(Examples.ModelResponsesHeader + """

                PDX-1,PDX,S1,3,alpelisib,50,mg/kg,TGI_percent,40,
                PDX-1,PDX,S2,3,olaparib,50,mg/kg,TGI_percent,40,
                PDX-1,tumoroid,S1,3,olaparib,,,AUC,0.4,
                PDX-1,PDX,S1,3,alpelisib,25,mg/kg,TGI_percent,20,
                PDX-1,PDX,S1,3,alpelisib,25,mg/kg,TGI_percent,22,

                """)).Select(e => e.ToString()));
}
