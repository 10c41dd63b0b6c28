using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using TrialWarehouse.Clinical;
using TrialWarehouse.Domain;
using TrialWarehouse.Reports;
using TrialWarehouse.Testing;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>
/// The demo cohort's CTC counts, IHC scores and model responses as the API and the report show them, checked against the
/// delivered files read with the product's readers and the CTC rule of docs/endpoints.md.
/// </summary>
public class DemoBiomarkerTests(LoadedDemoCohorts cohorts) : IClassFixture<LoadedDemoCohorts>
{
    public static TheoryData<string> Engines => TestEngines.All;

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Api_ShowsTheDemoDrawsKineticsIhcAndModels_AndItsFiltersSelectWhatTheFilesSay(string engine)
    {
        var loaded = await cohorts.GetAsync(engine);
        var files = DemoFiles.Read(loaded);

        using var json = await loaded.RunAsync("""
            { patients(first: 100) { edges { node { id
                ctcDraws { drawDate count }
                ctcKinetics { lineNumber baselineCount onTreatmentCount conversion }
                samples { id ihcResults { marker value } modelResponses { modelId drug measure } } } } } }
            """);
        var nodes = json.RootElement.GetProperty("data").GetProperty("patients").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();

        Assert.Equal(files.Draws.Count, nodes.Sum(n => n.GetProperty("ctcDraws").GetArrayLength()));
        Assert.Equal(files.Ihc.Count, nodes.Sum(n => n.GetProperty("samples").EnumerateArray().Sum(s => s.GetProperty("ihcResults").GetArrayLength())));
        Assert.Equal(files.Models.Count, nodes.Sum(n => n.GetProperty("samples").EnumerateArray().Sum(s => s.GetProperty("modelResponses").GetArrayLength())));
        Assert.True(files.Draws.Count > 0 && files.Ihc.Count > 0 && files.Models.Count > 0, "the demo cohort delivers every kind");
        foreach (var node in nodes)
        {
            var id = node.GetProperty("id").GetString()!;
            Assert.Equal(files.Draws.Where(d => d.PatientId == id).Select(d => d.Count), node.GetProperty("ctcDraws").EnumerateArray().Select(d => d.GetProperty("count").GetInt32()));
            Assert.Equal(files.Kinetics(id).Select(k => $"{k.LineNumber} {k.Baseline?.Count} {k.FirstOnTreatment?.Count} {k.Conversion}"),
                node.GetProperty("ctcKinetics").EnumerateArray().Select(k => $"{k.GetProperty("lineNumber").GetInt32()} {Int(k, "baselineCount")} {Int(k, "onTreatmentCount")} {Bool(k, "conversion")}"));
        }
        Assert.Contains(nodes, n => n.GetProperty("ctcKinetics").EnumerateArray().Any(k => Bool(k, "conversion") == "True"));

        var converted = files.Patients.Where(p => files.Kinetics(p.PatientId).Any(k => k.Conversion == true && files.LineOf(p.PatientId, k.LineNumber).Matched))
            .Select(p => p.PatientId).ToList();
        var nectinHigh = files.Ihc.Where(i => i.Marker == "NECTIN4" && i.Value >= 200).Select(i => files.PatientOf[i.SampleId]).Distinct().Order(StringComparer.Ordinal).ToList();
        using var cut = await loaded.RunAsync("""
            { converted: patients(first: 100, filter: { ctcConversionOnMatchedLine: true }) { totalCount edges { node { id } } }
              convertedSummary: trialSummary(filter: { ctcConversionOnMatchedLine: true }) { enrolled }
              nectin: patients(first: 100, filter: { minNectin4HScore: 200 }) { edges { node { id } } }
              nectinSummary: trialSummary(filter: { minNectin4HScore: 200 }) { enrolled } }
            """);
        var data = cut.RootElement.GetProperty("data");
        Assert.Equal(converted, Ids(data.GetProperty("converted")));
        Assert.Equal(converted.Count, data.GetProperty("convertedSummary").GetProperty("enrolled").GetInt32());
        Assert.Equal(nectinHigh, Ids(data.GetProperty("nectin")));
        Assert.Equal(nectinHigh.Count, data.GetProperty("nectinSummary").GetProperty("enrolled").GetInt32());
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Report_OfADemoPatient_PrintsItsIhcScoresCtcKineticsAndModelResponses(string engine)
    {
        Skip.If(!Tool("pdftotext"), "pdftotext is not installed (Debian package poppler-utils)");
        var loaded = await cohorts.GetAsync(engine);
        var files = DemoFiles.Read(loaded);
        // The first patient with all three kinds, else the first with IHC and CTC draws.
        var patient = files.Patients.Select(p => p.PatientId)
            .OrderByDescending(id => files.Models.Any(m => files.PatientOf[m.SampleId] == id))
            .ThenBy(id => id, StringComparer.Ordinal)
            .First(id => files.Draws.Any(d => d.PatientId == id) && files.Ihc.Any(i => files.PatientOf[i.SampleId] == id));

        var report = await ReportData.LoadAsync(new WarehouseReader(loaded.Warehouse), patient, ReportSettings.Default, new DateOnly(2025, 7, 1));
        var pdf = Path.Combine(TestEngines.TempDirectory(), patient + ".pdf");
        await File.WriteAllBytesAsync(pdf, ReportRenderer.Render(report!));
        var lines = Run("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-").Split('\n').Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();

        foreach (var ihc in files.Ihc.Where(i => files.PatientOf[i.SampleId] == patient))
            Assert.Contains(lines, l => l.StartsWith($"{ihc.Marker} {ihc.ValueText} ", StringComparison.Ordinal));
        foreach (var k in files.Kinetics(patient).Where(k => k.Baseline is not null && k.FirstOnTreatment is not null))
        {
            var row = $"{k.Baseline!.Count} ({k.Baseline.DrawDate:yyyy-MM-dd}) {k.FirstOnTreatment!.Count} ({k.FirstOnTreatment.DrawDate:yyyy-MM-dd}) {(k.Conversion == true ? "yes" : "no")}";
            Assert.Contains(lines, l => l.StartsWith($"{k.LineNumber} ", StringComparison.Ordinal) && l.Contains(row, StringComparison.Ordinal));
        }
        foreach (var m in files.Models.Where(m => files.PatientOf[m.SampleId] == patient))
            Assert.Contains(lines, l => l.StartsWith($"{m.ModelId} {m.ModelKind} ", StringComparison.Ordinal) && l.Contains(m.ResultText, StringComparison.Ordinal));
    }

    private static List<string> Ids(JsonElement page) =>
        page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToList();

    private static string Int(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Null ? "" : e.GetProperty(name).GetInt32().ToString(CultureInfo.InvariantCulture);

    private static string Bool(JsonElement e, string name) => e.GetProperty(name).ValueKind switch
    {
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        _ => "",
    };

    private static bool Tool(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, name)));

    private static string Run(string tool, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}

/// <summary>The demo's delivered files, read with the product's readers.</summary>
internal sealed record DemoFiles(
    IReadOnlyList<Patient> Patients,
    IReadOnlyList<TherapyLine> Lines,
    IReadOnlyList<CtcCount> Draws,
    IReadOnlyList<IhcResult> Ihc,
    IReadOnlyList<ModelResponse> Models,
    Dictionary<string, string> PatientOf)
{
    /// <summary>Read with every id pseudonymised, as the warehouse holds them.</summary>
    public static DemoFiles Read(LoadedDemo loaded) => new(
        ClinicalFiles.ReadPatients(loaded.File("patients.csv")).Select(p => p with { PatientId = TestPseudonyms.Patient(p.PatientId) })
            .OrderBy(p => p.PatientId, StringComparer.Ordinal).ToList(),
        ClinicalFiles.ReadTherapyLines(loaded.File("therapy_lines.csv")).Select(l => l with { PatientId = TestPseudonyms.Patient(l.PatientId) }).ToList(),
        ClinicalFiles.ReadCtcCounts(loaded.File("ctc.csv")).Select(d => d with { PatientId = TestPseudonyms.Patient(d.PatientId) })
            .OrderBy(d => d.PatientId, StringComparer.Ordinal).ThenBy(d => d.DrawDate).ToList(),
        ClinicalFiles.ReadIhcResults(loaded.File("ihc.csv")).Select(i => i with { SampleId = TestPseudonyms.Sample(i.SampleId) }).ToList(),
        ClinicalFiles.ReadModelResponses(loaded.File("model_responses.csv"))
            .Select(m => m with { ModelId = TestPseudonyms.Model(m.ModelId), SampleId = TestPseudonyms.Sample(m.SampleId) }).ToList(),
        ClinicalFiles.ReadSamples(loaded.File("samples.csv")).ToDictionary(s => TestPseudonyms.Sample(s.SampleId), s => TestPseudonyms.Patient(s.PatientId), StringComparer.Ordinal));

    public IReadOnlyList<CtcLineKinetics> Kinetics(string patientId) =>
        CtcKinetics.PerLine(Lines.Where(l => l.PatientId == patientId).ToList(), Draws.Where(d => d.PatientId == patientId).ToList());

    public TherapyLine LineOf(string patientId, int lineNumber) => Lines.Single(l => l.PatientId == patientId && l.LineNumber == lineNumber);
}
