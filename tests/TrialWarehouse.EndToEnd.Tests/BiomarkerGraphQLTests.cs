using System.Text.Json;
using GraphQL.Transport;
using Microsoft.Extensions.DependencyInjection;
using TrialWarehouse.Api;
using TrialWarehouse.Ingestion;
using TrialWarehouse.Testing;
using TrialWarehouse.Warehouse;
using TrialWarehouse.Warehouse.Loading;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>
/// A delivery with CTC counts, IHC scores and model responses, ingested from files and annotated: the API shows them on
/// patients and samples, the IHC results become actionable matches, and the new filters cut the trial summary.
/// </summary>
public class BiomarkerGraphQLTests
{
    public static TheoryData<string> Engines => TestEngines.All;

    private const string Patients = """
        patient_id,sex,birth_year,tumor_type,diagnosis_date,site,arm
        PT1,F,1961,BRCA,2019-03-14,Marseille,profiling
        PT2,F,1970,IDC,2019-05-01,Marseille,profiling
        PT3,M,1955,BLCA,2020-01-10,Marseille,profiling

        """;

    private const string Samples = """
        sample_id,patient_id,collection_date,specimen_site,tumor_cellularity,assay,genome_build
        PT1-T1,PT1,2021-05-02,liver metastasis,60,NGS-802,GRCh38
        PT2-T1,PT2,2021-06-02,bone metastasis,40,NGS-802,GRCh38
        PT3-T1,PT3,2021-02-02,lymph node metastasis,70,NGS-802,GRCh38

        """;

    private const string TherapyLines = """
        patient_id,line_number,regimen,drugs,start_date,end_date,reason_stopped,best_response,progression_date,matched,matched_alteration
        PT1,1,Paclitaxel,paclitaxel,2021-01-10,2021-06-01,progression,SD,2021-06-01,false,
        PT1,2,Trastuzumab deruxtecan,trastuzumab deruxtecan,2021-07-01,,,PR,,true,HER2-low
        PT2,1,Trastuzumab deruxtecan,trastuzumab deruxtecan,2021-07-15,,,SD,,true,HER2-low
        PT3,1,Enfortumab vedotin,enfortumab vedotin,2021-03-01,,,PR,,true,NECTIN4 H-score 240

        """;

    // PT1 converts on matched line 2 (12 at baseline, 3 on treatment); PT2 stays high (9, then 7); PT3 has a flow count only.
    private const string Ctc = """
        patient_id,draw_date,method,ctc_per_7_5ml,atypical_ctc_per_7_5ml,emt_ctc_per_7_5ml,line_number
        PT1,2021-01-05,CellSearch,4,1,0,
        PT1,2021-06-20,CellSearch,12,4,2,
        PT1,2021-08-01,CellSearch,3,1,0,
        PT2,2021-07-10,CellSearch,9,,,
        PT2,2021-08-20,CellSearch,7,,,
        PT3,2021-02-20,flow_cytometry,25,,,1

        """;

    private const string Ihc = """
        sample_id,marker,scoring,value,clone,ish_result
        PT1-T1,HER2,intensity,2+,4B5,negative
        PT1-T1,ER,percent_positive,85,SP1,
        PT2-T1,HER2,intensity,0,4B5,
        PT3-T1,NECTIN4,h_score,240,EPR15613-68,

        """;

    private const string Models = """
        model_id,model_kind,sample_id,passage,drug,dose,dose_unit,measure,value,value_unit
        PDX-1,PDX,PT1-T1,3,trastuzumab deruxtecan,10,mg/kg,TGI_percent,92,
        PDX-1,PDX,PT1-T1,3,trastuzumab deruxtecan,10,mg/kg,mRECIST,mPR,
        TO-3,tumoroid,PT3-T1,4,enfortumab vedotin,,,IC50,3.5,nM

        """;

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Biomarkers_ShowOnPatientsAndSamples_BecomeActionable_AndCutTheTrialSummary(string engine)
    {
        var (warehouse, runner) = await LoadAsync(engine);

        using var patient = await RunAsync(runner, """
            query($id: ID!) { patient(id: $id) {
                ctcDraws { drawDate method count atypicalCount lineNumber lineNumberDerived }
                ctcKinetics { lineNumber matched baselineDate baselineCount onTreatmentDate onTreatmentCount baselineHigh conversion }
                samples { ihcResults { marker gene valueText ishResult her2Low her2Positive antibodyClone }
                          modelResponses { modelId modelKind passage drug dose doseUnit measure value responseClass resultText }
                          actionableAlterations { gene alteration kind escatTier drugs } } } }
            """, new() { ["id"] = TestPseudonyms.Patient("PT1") });
        var p = patient.RootElement.GetProperty("data").GetProperty("patient");
        Assert.Equal(["2021-01-05 CellSearch 4 line 1 derived", "2021-06-20 CellSearch 12 line 2 derived", "2021-08-01 CellSearch 3 line 2 derived"],
            p.GetProperty("ctcDraws").EnumerateArray().Select(d =>
                $"{d.GetProperty("drawDate").GetString()} {d.GetProperty("method").GetString()} {d.GetProperty("count").GetInt32()} line {d.GetProperty("lineNumber").GetInt32()} {(d.GetProperty("lineNumberDerived").GetBoolean() ? "derived" : "given")}"));
        var kinetics = p.GetProperty("ctcKinetics").EnumerateArray().ToList();
        Assert.Equal("""{"lineNumber":1,"matched":false,"baselineDate":"2021-01-05","baselineCount":4,"onTreatmentDate":null,"onTreatmentCount":null,"baselineHigh":false,"conversion":null}""", kinetics[0].GetRawText());
        Assert.Equal("""{"lineNumber":2,"matched":true,"baselineDate":"2021-06-20","baselineCount":12,"onTreatmentDate":"2021-08-01","onTreatmentCount":3,"baselineHigh":true,"conversion":true}""", kinetics[1].GetRawText());
        var sample = p.GetProperty("samples")[0];
        Assert.Equal("""[{"marker":"ER","gene":"ESR1","valueText":"85%","ishResult":null,"her2Low":null,"her2Positive":null,"antibodyClone":"SP1"},{"marker":"HER2","gene":"ERBB2","valueText":"2\u002B","ishResult":"negative","her2Low":true,"her2Positive":false,"antibodyClone":"4B5"}]""",
            JsonSerializer.Serialize(sample.GetProperty("ihcResults")));
        Assert.Equal(["TGI 92%", "mPR"], sample.GetProperty("modelResponses").EnumerateArray().Select(m => m.GetProperty("resultText").GetString()).Order(StringComparer.Ordinal));
        var actionable = Assert.Single(sample.GetProperty("actionableAlterations").EnumerateArray());
        Assert.Equal(("ERBB2", "HER2 IHC 2+, ISH negative", "Protein", "I-A"), (actionable.GetProperty("gene").GetString(),
            actionable.GetProperty("alteration").GetString(), actionable.GetProperty("kind").GetString(), actionable.GetProperty("escatTier").GetString()));
        Assert.Equal("trastuzumab deruxtecan", actionable.GetProperty("drugs")[0].GetString());

        using var cut = await RunAsync(runner, """
            { converted: patients(first: 10, filter: { ctcConversionOnMatchedLine: true }) { edges { node { id } } }
              notConverted: trialSummary(filter: { ctcConversionOnMatchedLine: false }) { enrolled actionable { count } }
              nectin: trialSummary(filter: { minNectin4HScore: 200 }) { enrolled actionable { count } matchedTherapy { count } }
              all: trialSummary { enrolled actionable { count } }
              urothelial: patients(first: 10, filter: { minNectin4HScore: 200 }) { edges { node { id samples { modelResponses { resultText } } } } } }
            """);
        var data = cut.RootElement.GetProperty("data");
        Assert.Equal([TestPseudonyms.Patient("PT1")], data.GetProperty("converted").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()));
        Assert.Equal((2, 1), (data.GetProperty("notConverted").GetProperty("enrolled").GetInt32(), data.GetProperty("notConverted").GetProperty("actionable").GetProperty("count").GetInt32()));
        Assert.Equal("""{"enrolled":1,"actionable":{"count":1},"matchedTherapy":{"count":1}}""", data.GetProperty("nectin").GetRawText());
        // PT2 is HER2 0: nothing actionable; PT1 (HER2-low) and PT3 (nectin-4 high) are.
        Assert.Equal("""{"enrolled":3,"actionable":{"count":2}}""", data.GetProperty("all").GetRawText());
        Assert.Equal("IC50 3.5 nM", data.GetProperty("urothelial").GetProperty("edges")[0].GetProperty("node").GetProperty("samples")[0]
            .GetProperty("modelResponses")[0].GetProperty("resultText").GetString());

        using var error = JsonDocument.Parse((await runner.ExecuteAsync(new GraphQLRequest { Query = "{ trialSummary(filter: { minNectin4HScore: 400 }) { enrolled } }" })).Json);
        Assert.Contains("minNectin4HScore: 400 is not an H-score; expected an integer between 0 and 300", error.RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task PatientPage_CostsTheSameQueries_ForOneOrEveryPatient(string engine)
    {
        var (warehouse, runner) = await LoadAsync(engine);
        const string Query = """
            query($n: Int) { patients(first: $n) { edges { node { id ctcDraws { count lineNumber } ctcKinetics { conversion }
              samples { ihcResults { valueText } modelResponses { resultText } } } } } }
            """;

        async Task<long> StatementsFor(int first)
        {
            var before = warehouse.StatementsExecuted;
            using var _ = await RunAsync(runner, Query, new() { ["n"] = first });
            return warehouse.StatementsExecuted - before;
        }

        Assert.Equal(await StatementsFor(1), await StatementsFor(3));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task RejectedBiomarkerFiles_LoadNothing_AndTheOthersStillLoad(string engine)
    {
        var warehouse = Warehouse.Warehouse.Create(TestEngines.Fresh(engine));
        await Migrator.MigrateAsync(warehouse);
        var folder = TestEngines.TempDirectory();
        Write(folder, "patients.csv", Patients);
        Write(folder, "samples.csv", Samples);
        Write(folder, "ctc.csv", Ctc.Replace("PT2,2021-08-20,CellSearch,7", "PT2,2021-08-20,CellSearch,-7", StringComparison.Ordinal));
        Write(folder, "ihc.csv", Ihc.Replace("PT3-T1,NECTIN4,h_score,240", "PT9-T1,NECTIN4,h_score,240", StringComparison.Ordinal));
        Write(folder, "model_responses.csv", Models);

        var report = await new Ingestor(new WarehouseLoader(warehouse, TimeProvider.System, TestPseudonyms.Instance)).IngestAsync([folder]);

        var rejected = report.Files.Where(f => f.Outcome == FileOutcome.Rejected).ToDictionary(f => Path.GetFileName(f.Path), f => Assert.Single(f.Errors).ToString());
        Assert.Equal(new Dictionary<string, string>
        {
            ["ctc.csv"] = "ctc.csv:6: ctc_per_7_5ml: \"-7\" is out of range; expected a whole number of cells per 7.5 mL of blood, 0 or more, e.g. 12",
            ["ihc.csv"] = "ihc.csv: sample_id: 1 unknown sample(s): PT9-T1; deliver them in samples.csv first (or with this file)",
        }, rejected);
        Assert.Equal([FileKind.Patients, FileKind.Samples, FileKind.CtcCounts, FileKind.IhcResults, FileKind.ModelResponses], report.Files.Select(f => f.Kind!.Value));
        var reader = new WarehouseReader(warehouse);
        Assert.Empty(await reader.CtcCountsAsync([TestPseudonyms.PatientKey("PT1"), TestPseudonyms.PatientKey("PT2")]));
        Assert.Empty(await reader.IhcScoresAsync([TestPseudonyms.SampleKey("PT1-T1")]));
        Assert.Equal(3, (await reader.ModelResponsesAsync([TestPseudonyms.SampleKey("PT1-T1"), TestPseudonyms.SampleKey("PT3-T1")])).Count);
        Assert.DoesNotContain(await reader.SourceFilesAsync(), f => f.FileName is "ctc.csv" or "ihc.csv");
    }

    private static async Task<(Warehouse.Warehouse, GraphQLRunner)> LoadAsync(string engine)
    {
        var warehouse = Warehouse.Warehouse.Create(TestEngines.Fresh(engine));
        await Migrator.MigrateAsync(warehouse);
        var folder = TestEngines.TempDirectory();
        foreach (var (name, text) in new[] { ("patients.csv", Patients), ("samples.csv", Samples), ("therapy_lines.csv", TherapyLines),
                     ("ctc.csv", Ctc), ("ihc.csv", Ihc), ("model_responses.csv", Models) })
            Write(folder, name, text);
        var report = await new Ingestor(new WarehouseLoader(warehouse, TimeProvider.System, TestPseudonyms.Instance)).IngestAsync([folder]);
        Assert.Equal(0, report.Rejected);
        var annotation = new ActionabilityAnnotation(new WarehouseReader(warehouse), new KnowledgeBaseStore(warehouse, TimeProvider.System));
        await annotation.AnnotateAsync(await annotation.ChooseAsync(null));
        var services = new ServiceCollection().AddSingleton(warehouse).AddTrialWarehouseGraphQL().BuildServiceProvider();
        return (warehouse, services.GetRequiredService<GraphQLRunner>());
    }

    private static void Write(string folder, string name, string text) => File.WriteAllText(Path.Combine(folder, name), text);

    private static async Task<JsonDocument> RunAsync(GraphQLRunner runner, string query, Dictionary<string, object?>? variables = null)
    {
        var response = await runner.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables is null ? null : new GraphQL.Inputs(variables) });
        Assert.False(response.HasErrors, response.Json);
        return JsonDocument.Parse(response.Json);
    }
}
