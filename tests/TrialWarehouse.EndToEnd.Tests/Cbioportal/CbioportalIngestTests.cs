using TrialWarehouse.Demo;
using TrialWarehouse.Domain;
using TrialWarehouse.Export;
using TrialWarehouse.Export.Cbioportal;
using TrialWarehouse.Ingestion;
using TrialWarehouse.Testing;
using TrialWarehouse.Warehouse;
using TrialWarehouse.Warehouse.Loading;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.EndToEnd.Tests.Cbioportal;

/// <summary>cBioPortal study folders as input: the round trip through our own export, and every refusal.</summary>
public class CbioportalIngestTests
{
    public static TheoryData<string> Engines => TestEngines.All;

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task ExportedDemoStudy_IngestedIntoAFreshWarehouse_IsTheSameCohort(string engine)
    {
        var (source, _) = await DemoWarehouseAsync(engine);
        string folder = TestEngines.TempDirectory();
        await CbioportalStudy.WriteAsync(new WarehouseReader(source), folder, new CbioportalStudyOptions { StudyId = "permed_demo" });
        var target = await FreshAsync(engine);

        var report = await Ingest(target, folder);

        Assert.Equal(0, report.Rejected);
        var before = Repseudonymised(await Cohort.ReadAsync(new WarehouseReader(source), new PatientFilter()));
        var after = await Cohort.ReadAsync(new WarehouseReader(target), new PatientFilter());
        Assert.NotEmpty(before.TherapyLines);
        Assert.NotEmpty(before.Fusions);
        Assert.NotEmpty(before.CopyNumbers);
        Assert.Equal(before.Patients, after.Patients);
        Assert.Equal(before.Samples.OrderBy(s => s.SampleId, StringComparer.Ordinal), after.Samples.OrderBy(s => s.SampleId, StringComparer.Ordinal));
        Assert.Equal(Sorted(before.Mutations), Sorted(after.Mutations));
        // The discrete CNA format keeps the state only: log2 ratio and copy number do not travel.
        Assert.Equal(States(before), States(after));
        Assert.Equal(Sorted(before.Fusions), Sorted(after.Fusions));
        Assert.Equal(before.TherapyLines.OrderBy(l => (l.PatientKey, l.LineNumber)), after.TherapyLines.OrderBy(l => (l.PatientKey, l.LineNumber)));
        Assert.Equal(before.FollowUp.OrderBy(f => (f.PatientKey, f.EventDate, f.Kind)), after.FollowUp.OrderBy(f => (f.PatientKey, f.EventDate, f.Kind)));
        Assert.Equal(Endpoints(before), Endpoints(after));
        Assert.Contains(Endpoints(after), e => e.Os is { Event: true });
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task StudyIngestedTwice_IsUnchanged(string engine)
    {
        var (source, _) = await DemoWarehouseAsync(engine);
        string folder = TestEngines.TempDirectory();
        await CbioportalStudy.WriteAsync(new WarehouseReader(source), folder, new CbioportalStudyOptions());
        var target = await FreshAsync(engine);
        await Ingest(target, folder);

        var again = await Ingest(target, folder);

        Assert.Equal(0, again.Rejected);
        Assert.Equal(0, again.Loaded);
        Assert.True(again.Unchanged >= 6);
    }

    [Fact]
    public async Task PatientFileWithoutDiagnosisDate_IsRefused_AndTheFilesThatNeedTheAnchorSayHowToGiveIt()
    {
        var (folder, target) = await ExportedStudyAsync();
        Rewrite(folder, "data_clinical_patient.txt", lines => lines.Select(RemoveColumn(lines[4].Split('\t').ToList().IndexOf("DIAGNOSIS_DATE"))).ToList());

        var report = await Ingest(target, folder);

        Assert.Equal("data_clinical_patient.txt:5: DIAGNOSIS_DATE: required column is missing from the header; expected the date of diagnosis as YYYY-MM-DD: it anchors the timelines and DAYS_TO_COLLECTION, which count days from it (cBioPortal's day 0)",
            ErrorsOf(report, "data_clinical_patient.txt").Single());
        Assert.StartsWith("data_timeline_treatment.txt: no anchor date: data_clinical_patient.txt was rejected (data_clinical_patient.txt:5: DIAGNOSIS_DATE: required column is missing",
            ErrorsOf(report, "data_timeline_treatment.txt").Single(), StringComparison.Ordinal);
        Assert.EndsWith("deliver data_clinical_patient.txt (with meta_clinical_patient.txt) in the same folder, with a DIAGNOSIS_DATE (YYYY-MM-DD) for every patient",
            ErrorsOf(report, "data_clinical_sample.txt").Single(), StringComparison.Ordinal);
        Assert.Empty(await Cohort.ReadAsync(new WarehouseReader(target), new PatientFilter()) is var c ? c.Patients : []);
        Assert.All(report.Files, f => Assert.Equal(FileOutcome.Rejected, f.Outcome));
    }

    [Fact]
    public async Task FolderWithoutPatientFile_IsRefused_SayingHowToGiveTheAnchor()
    {
        var (folder, target) = await ExportedStudyAsync();
        File.Delete(Path.Combine(folder, "data_clinical_patient.txt"));
        File.Delete(Path.Combine(folder, "meta_clinical_patient.txt"));

        var report = await Ingest(target, folder);

        Assert.Equal("data_timeline_status.txt: no anchor date: the study folder has no patient file; cBioPortal counts timeline days and DAYS_TO_COLLECTION from the diagnosis: deliver data_clinical_patient.txt (with meta_clinical_patient.txt) in the same folder, with a DIAGNOSIS_DATE (YYYY-MM-DD) for every patient",
            ErrorsOf(report, "data_timeline_status.txt").Single());
        Assert.Equal(0, await CountAsync(target, "fact_follow_up"));
        Assert.Equal(0, await CountAsync(target, "dim_sample"));
    }

    [Fact]
    public async Task DataFileNoMetaFileNames_IsRejected_NamingTheFileAndTheMetaFiles_OthersLoad()
    {
        var (folder, target) = await ExportedStudyAsync();
        File.Delete(Path.Combine(folder, "meta_sv.txt"));

        var report = await Ingest(target, folder);

        var error = ErrorsOf(report, "data_sv.txt").Single();
        Assert.StartsWith("data_sv.txt: no meta file of the study names it; add a meta_*.txt with data_filename: data_sv.txt (the study's meta files: meta_clinical_patient.txt, meta_clinical_sample.txt, meta_cna.txt,", error, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(target, "fact_fusion"));
        Assert.True(await CountAsync(target, "fact_therapy_line") > 0);
        Assert.Equal(1, report.Rejected);
    }

    [Fact]
    public async Task MetaFileWhoseDataFileIsMissing_IsRejected_NamingBoth()
    {
        var (folder, target) = await ExportedStudyAsync();
        File.Delete(Path.Combine(folder, "data_cna.txt"));

        var report = await Ingest(target, folder);

        Assert.Equal("meta_cna.txt: data_filename: data_cna.txt is not in the study folder; deliver it with meta_cna.txt, or remove meta_cna.txt",
            ErrorsOf(report, "meta_cna.txt").Single());
        Assert.Equal(0, await CountAsync(target, "fact_copy_number"));
        Assert.Equal(1, report.Rejected);
    }

    [Fact]
    public async Task TimelineMixingEventTypes_IsRejected_AndLoadsNothing()
    {
        var (folder, target) = await ExportedStudyAsync();
        var status = File.ReadAllLines(Path.Combine(folder, "data_timeline_status.txt"));
        File.AppendAllLines(Path.Combine(folder, "data_timeline_treatment.txt"), [status[1].Replace("STATUS", "IMAGING", StringComparison.Ordinal) + "\t\t\t\t\t\t"]);

        var report = await Ingest(target, folder);

        Assert.Equal("data_timeline_treatment.txt: EVENT_TYPE: holds IMAGING, TREATMENT; expected one event type per timeline file, as cBioPortal requires: put TREATMENT and STATUS rows in files of their own",
            ErrorsOf(report, "data_timeline_treatment.txt").Single());
        Assert.Equal(0, await CountAsync(target, "fact_therapy_line"));
        Assert.True(await CountAsync(target, "fact_follow_up") > 0);
    }

    [Fact]
    public async Task TreatmentStoppingBeforeItStarted_IsRejectedAtItsLine()
    {
        var (folder, target) = await ExportedStudyAsync();
        Rewrite(folder, "data_timeline_treatment.txt", lines =>
        {
            var cells = lines[1].Split('\t');
            cells[2] = (int.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture) - 5).ToString(System.Globalization.CultureInfo.InvariantCulture);
            lines[1] = string.Join('\t', cells);
            return lines;
        });
        var start = int.Parse(File.ReadAllLines(Path.Combine(folder, "data_timeline_treatment.txt"))[1].Split('\t')[1], System.Globalization.CultureInfo.InvariantCulture);

        var report = await Ingest(target, folder);

        var error = ErrorsOf(report, "data_timeline_treatment.txt").Single();
        Assert.StartsWith($"data_timeline_treatment.txt:2: STOP_DATE: {start - 5} (", error, StringComparison.Ordinal);
        Assert.Contains($"is before START_DATE {start} (", error, StringComparison.Ordinal);
        Assert.EndsWith("expected a day on or after the start of the line", error, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(target, "fact_therapy_line"));
    }

    [Fact]
    public async Task StatusOfUnknownKind_AndTimelineOfAPatientWithoutAnchor_AreRejectedAtTheirLines()
    {
        var (folder, target) = await ExportedStudyAsync();
        // The export names patients by pseudonym; PT9999 is in no file of the study.
        File.AppendAllLines(Path.Combine(folder, "data_timeline_status.txt"), ["PT9999\t10\t\tSTATUS\tvisit\t\t", $"{TestPseudonyms.Patient("PT0001")}\t10\t\tSTATUS\tremission\t\t"]);
        int lines = File.ReadAllLines(Path.Combine(folder, "data_timeline_status.txt")).Length;

        var report = await Ingest(target, folder);

        Assert.Equal(
        [
            $"data_timeline_status.txt:{lines - 1}: PATIENT_ID: patient \"PT9999\" has no DIAGNOSIS_DATE in data_clinical_patient.txt of this folder; timeline days count from it: add the patient there",
            $"data_timeline_status.txt:{lines}: STATUS: \"remission\" is not a status; expected one of visit, progression, death, last_contact",
        ], ErrorsOf(report, "data_timeline_status.txt"));
        Assert.Equal(0, await CountAsync(target, "fact_follow_up"));
    }

    [Fact]
    public async Task CnaValueOutsideTheDiscreteStates_IsRejected_AndLoadsNothing()
    {
        var (folder, target) = await ExportedStudyAsync();
        Rewrite(folder, "data_cna.txt", lines =>
        {
            var cells = lines[1].Split('\t');
            cells[1] = "3";
            lines[1] = string.Join('\t', cells);
            return lines;
        });
        var header = File.ReadAllLines(Path.Combine(folder, "data_cna.txt"))[0].Split('\t');
        var gene = File.ReadAllLines(Path.Combine(folder, "data_cna.txt"))[1].Split('\t')[0];

        var report = await Ingest(target, folder);

        Assert.Equal($"data_cna.txt:2: {header[1]}: '3' is not a discrete copy-number state of {gene}; expected -2, -1, 0, 1, 2, or NA for no call",
            ErrorsOf(report, "data_cna.txt").Single());
        Assert.Equal(0, await CountAsync(target, "fact_copy_number"));
    }

    [Fact]
    public async Task FusionWithoutBreakpoint_IsRejected_AndLoadsNothing()
    {
        var (folder, target) = await ExportedStudyAsync();
        Rewrite(folder, "data_sv.txt", lines =>
        {
            var cells = lines[1].Split('\t');
            cells[4] = "";
            lines[1] = string.Join('\t', cells);
            return lines;
        });
        var gene5 = File.ReadAllLines(Path.Combine(folder, "data_sv.txt"))[1].Split('\t')[2];

        var report = await Ingest(target, folder);

        Assert.Equal($"data_sv.txt:2: Site1_Position: is empty; the warehouse keeps each fusion's breakpoints: expected the position of the {gene5} breakpoint",
            ErrorsOf(report, "data_sv.txt").Single());
        Assert.Equal(0, await CountAsync(target, "fact_fusion"));
    }

    [Fact]
    public async Task SampleFileWithoutHashLines_IsRejected_AndLoadsNothing()
    {
        var (folder, target) = await ExportedStudyAsync();
        Rewrite(folder, "data_clinical_sample.txt", lines => lines.Skip(1).ToList());

        var report = await Ingest(target, folder);

        Assert.Equal("data_clinical_sample.txt:4: line 4 does not start with '#'; a cBioPortal clinical file begins with 4 '#' lines (display names, descriptions, datatypes, priorities), then the attribute names",
            ErrorsOf(report, "data_clinical_sample.txt").Single());
        Assert.Equal(0, await CountAsync(target, "dim_sample"));
        Assert.True(await CountAsync(target, "dim_patient") > 0);
    }

    [Fact]
    public async Task TwoStudies_KeepTheirOwnFiles_TheSecondDoesNotSupersedeTheFirst()
    {
        var (source, _) = await DemoWarehouseAsync("duckdb");
        string root = TestEngines.TempDirectory();
        await CbioportalStudy.WriteAsync(new WarehouseReader(source), Path.Combine(root, "a"), new CbioportalStudyOptions { StudyId = "study_a", Filter = new PatientFilter { TumorType = "BRCA" } });
        await CbioportalStudy.WriteAsync(new WarehouseReader(source), Path.Combine(root, "b"), new CbioportalStudyOptions { StudyId = "study_b" });
        var target = await FreshAsync("duckdb");

        var report = await Ingest(target, Path.Combine(root, "a"));
        var second = await Ingest(target, Path.Combine(root, "b"));

        Assert.Equal(0, report.Rejected + second.Rejected);
        Assert.DoesNotContain(second.Files, f => f.Superseded is not null);
        var files = await new WarehouseReader(target).SourceFilesAsync();
        Assert.Contains(files, f => f.FileName == "study_a/data_clinical_patient.txt" && f.Status == "loaded");
        Assert.Contains(files, f => f.FileName == "study_b/data_clinical_patient.txt" && f.Status == "loaded");
    }

    private static async Task<IngestReport> Ingest(Warehouse.Warehouse warehouse, string folder) =>
        await new Ingestor(new WarehouseLoader(warehouse, TimeProvider.System, TestPseudonyms.Instance)).IngestAsync([folder]);

    private static List<string> ErrorsOf(IngestReport report, string file) =>
        report.Files.Single(f => Path.GetFileName(f.Path) == file).Errors.Select(e => e.ToString()).ToList();

    private static async Task<(string Folder, Warehouse.Warehouse Target)> ExportedStudyAsync()
    {
        var (source, _) = await DemoWarehouseAsync("duckdb");
        string folder = TestEngines.TempDirectory();
        await CbioportalStudy.WriteAsync(new WarehouseReader(source), folder, new CbioportalStudyOptions());
        return (folder, await FreshAsync("duckdb"));
    }

    private static async Task<long> CountAsync(Warehouse.Warehouse warehouse, string table) =>
        (await warehouse.QueryAsync<long>($"SELECT COUNT(*) FROM {table}", null)).Single();

    private static void Rewrite(string folder, string file, Func<List<string>, List<string>> change)
    {
        string path = Path.Combine(folder, file);
        File.WriteAllLines(path, change(File.ReadAllLines(path).ToList()));
    }

    private static Func<string, string> RemoveColumn(int index) => line => string.Join('\t', line.Split('\t').Where((_, i) => i != index));

    /// <summary>
    /// The cohort as a warehouse that ingests its export holds it: the export carries pseudonyms, which the import
    /// takes for the study's ids and pseudonymises again (docs/operations.md, Pseudonymisation).
    /// </summary>
    private static Cohort Repseudonymised(Cohort cohort)
    {
        var patients = cohort.Patients.ToDictionary(p => p.PatientKey, p => TestPseudonyms.Patient(p.PatientId));
        var samples = cohort.Samples.ToDictionary(s => s.SampleKey, s => TestPseudonyms.Sample(s.SampleId));
        long Patient(long key) => StableKey.Patient(patients[key]);
        long Sample(long key) => StableKey.Sample(samples[key]);
        return new Cohort(
            cohort.Patients.Select(p => p with { PatientKey = Patient(p.PatientKey), PatientId = patients[p.PatientKey] }).OrderBy(p => p.PatientId, StringComparer.Ordinal).ToList(),
            cohort.Samples.Select(s => s with { SampleKey = Sample(s.SampleKey), PatientKey = Patient(s.PatientKey), SampleId = samples[s.SampleKey] }).ToList(),
            cohort.Mutations.Select(m => m with { SampleKey = Sample(m.SampleKey) }).ToList(),
            cohort.CopyNumbers.Select(c => c with { SampleKey = Sample(c.SampleKey) }).ToList(),
            cohort.TherapyLines.Select(l => l with { PatientKey = Patient(l.PatientKey) }).ToList(),
            cohort.FollowUp.Select(f => f with { PatientKey = Patient(f.PatientKey) }).ToList(),
            cohort.Fusions.Select(f => f with { SampleKey = Sample(f.SampleKey) }).ToList());
    }

    private static List<(long, string, int)> States(Cohort cohort) =>
        cohort.CopyNumbers.Select(c => (c.SampleKey, c.Gene, c.State)).Order().ToList();

    private static List<MutationRow> Sorted(IEnumerable<MutationRow> mutations) =>
        mutations.OrderBy(m => m.SampleKey).ThenBy(m => m.Chrom, StringComparer.Ordinal).ThenBy(m => m.Pos).ThenBy(m => m.Ref, StringComparer.Ordinal)
            .ThenBy(m => m.Alt, StringComparer.Ordinal).ToList();

    private static List<FusionRow> Sorted(IEnumerable<FusionRow> fusions) =>
        fusions.OrderBy(f => f.SampleKey).ThenBy(f => f.Gene5, StringComparer.Ordinal).ThenBy(f => f.Gene3, StringComparer.Ordinal).ToList();

    /// <summary>OS of every patient and PFS (with PFS2/PFS1) of every line, as the API derives them.</summary>
    private static List<(string Patient, TimeToEvent? Os, string Lines)> Endpoints(Cohort cohort) =>
        cohort.Patients.OrderBy(p => p.PatientId, StringComparer.Ordinal).Select(p =>
        {
            var lines = cohort.TherapyLines.Where(l => l.PatientKey == p.PatientKey).Select(l => l.ToDomain(p.PatientId)).ToList();
            var events = cohort.FollowUp.Where(f => f.PatientKey == p.PatientKey).Select(f => f.ToDomain(p.PatientId)).ToList();
            var byLine = Outcomes.ByLine(lines, events).Select(o => $"{o.Line.LineNumber}:{o.Pfs}:{o.PfsRatio}");
            return (p.PatientId, Outcomes.OverallSurvival(p.DiagnosisDate, events, lines), string.Join(";", byLine));
        }).ToList();

    private static async Task<(Warehouse.Warehouse, DemoSummary)> DemoWarehouseAsync(string engine)
    {
        var warehouse = await FreshAsync(engine);
        var demo = DemoCohort.Write(TestEngines.TempDirectory(), patients: 8, seed: 11);
        // The demo's few fusions fall on other seeds: one TPM3-NTRK1 breakend pair (as FusionTests delivers it) for the first sample.
        string sampleId = File.ReadLines(Path.Combine(demo.OutputDirectory, "samples.csv")).Skip(1).First().Split(',')[0];
        await File.WriteAllTextAsync(Path.Combine(demo.OutputDirectory, $"{sampleId}.sv.vcf"), FusionTests.SvVcf(sampleId));
        var report = await new Ingestor(new WarehouseLoader(warehouse, TimeProvider.System, TestPseudonyms.Instance)).IngestAsync([demo.OutputDirectory]);
        Assert.Equal(0, report.Rejected);
        return (warehouse, demo);
    }

    private static async Task<Warehouse.Warehouse> FreshAsync(string engine)
    {
        var warehouse = Warehouse.Warehouse.Create(TestEngines.Fresh(engine));
        await Migrator.MigrateAsync(warehouse);
        return warehouse;
    }
}
