using System.Globalization;
using System.Text.RegularExpressions;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Export.Cbioportal;

/// <summary>What a study export wrote: the files (relative to the folder) and how many of each thing.</summary>
public sealed record CbioportalExport(IReadOnlyList<string> Files, int Patients, int Samples, long Mutations, int CopyNumberSamples);

/// <summary>
/// Writes a cBioPortal study folder from the warehouse, following cBioPortal's File Formats page: meta_study.txt,
/// clinical patient and sample files (4 '#' header lines), the mutations as a MAF written by the same writer as
/// <c>vcf to-maf</c>, discrete copy number (wide), TREATMENT and STATUS timelines (days from diagnosis), and the case
/// lists _all, _sequenced and _cna. Each data file has its meta file; a data type the cohort lacks is left out.
/// </summary>
public static partial class CbioportalStudy
{
    public static async Task<CbioportalExport> WriteAsync(WarehouseReader reader, string directory, CbioportalStudyOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!StableId().IsMatch(options.StudyId))
            throw new ArgumentException($"study id \"{options.StudyId}\": cBioPortal allows letters, digits and underscores only", nameof(options));
        var cohort = await Cohort.ReadAsync(reader, options.Filter, cancellationToken);
        var builds = cohort.Samples.Select(s => s.GenomeBuild).Distinct(StringComparer.Ordinal).ToList();
        if (builds.Count > 1)
            throw new InvalidOperationException($"the samples are on {string.Join(" and ", builds)}; a cBioPortal study has one reference genome: export one build at a time");

        Directory.CreateDirectory(Path.Combine(directory, "case_lists"));
        var files = new List<string>();
        string id = options.StudyId;
        void Meta(string name, params (string Key, string Value)[] fields)
        {
            MetaFile.Write(Path.Combine(directory, name), [("cancer_study_identifier", id), .. fields]);
            files.Add(name);
        }

        var tumorTypes = cohort.Patients.Select(p => p.TumorType).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var study = new List<(string, string)>
        {
            ("type_of_cancer", tumorTypes.Count == 1 ? tumorTypes[0].ToLowerInvariant() : "mixed"),
            ("cancer_study_identifier", id),
            ("name", options.Name),
            ("description", $"{cohort.Patients.Count} patients and {cohort.Samples.Count} samples exported from TrialWarehouse"),
            ("add_global_case_list", "false"),
        };
        if (builds.Count == 1)
            study.Add(("reference_genome", builds[0] == "GRCh37" ? "hg19" : "hg38"));
        MetaFile.Write(Path.Combine(directory, "meta_study.txt"), [.. study]);
        files.Add("meta_study.txt");

        WriteClinical(directory, cohort, files);
        Meta("meta_clinical_patient.txt", ("genetic_alteration_type", "CLINICAL"), ("datatype", "PATIENT_ATTRIBUTES"), ("data_filename", "data_clinical_patient.txt"));
        Meta("meta_clinical_sample.txt", ("genetic_alteration_type", "CLINICAL"), ("datatype", "SAMPLE_ATTRIBUTES"), ("data_filename", "data_clinical_sample.txt"));
        CaseList(directory, id, "all", "All samples", "all_cases_in_study", cohort.Samples.Select(s => s.SampleId), files);

        long mutations = 0;
        if (cohort.Mutations.Count > 0)
        {
            using (var maf = new StreamWriter(Path.Combine(directory, "data_mutations_extended.txt")))
                mutations = WarehouseMaf.Write(cohort, maf);
            files.Add("data_mutations_extended.txt");
            Meta("meta_mutations_extended.txt", ("genetic_alteration_type", "MUTATION_EXTENDED"), ("datatype", "MAF"), ("stable_id", "mutations"),
                ("show_profile_in_analysis_tab", "true"), ("profile_name", "Mutations"),
                ("profile_description", "Somatic small variants loaded into TrialWarehouse from the caller VCFs (or MAFs)."),
                ("data_filename", "data_mutations_extended.txt"));
            var sequenced = cohort.Samples.Where(s => cohort.Mutations.Any(m => m.SampleKey == s.SampleKey)).Select(s => s.SampleId);
            CaseList(directory, id, "sequenced", "Samples with mutation data", "all_cases_with_mutation_data", sequenced, files);
        }

        int cnaSamples = WriteCopyNumber(directory, cohort, files);
        if (cnaSamples > 0)
        {
            Meta("meta_cna.txt", ("genetic_alteration_type", "COPY_NUMBER_ALTERATION"), ("datatype", "DISCRETE"), ("stable_id", "cna"),
                ("show_profile_in_analysis_tab", "true"), ("profile_name", "Putative copy-number alterations"),
                ("profile_description", "Gene-level copy-number states: -2 = deep deletion; -1 = shallow deletion; 0 = neutral; 1 = gain; 2 = amplification."),
                ("data_filename", "data_cna.txt"));
            var withCna = cohort.Samples.Where(s => cohort.CopyNumbers.Any(c => c.SampleKey == s.SampleKey)).Select(s => s.SampleId);
            CaseList(directory, id, "cna", "Samples with copy-number data", "all_cases_with_cna_data", withCna, files);
        }

        if (StructuralVariants.Write(directory, cohort))
        {
            files.Add(StructuralVariants.File);
            Meta("meta_sv.txt", ("genetic_alteration_type", "STRUCTURAL_VARIANT"), ("datatype", "SV"), ("stable_id", "structural_variants"),
                ("show_profile_in_analysis_tab", "true"), ("profile_name", "Structural variants"),
                ("profile_description", "Gene fusions loaded into TrialWarehouse from the structural-variant VCFs: Site1 is the 5' partner, Site2 the 3' partner."),
                ("data_filename", StructuralVariants.File));
            var withSv = cohort.Samples.Where(s => cohort.Fusions.Any(f => f.SampleKey == s.SampleKey)).Select(s => s.SampleId);
            CaseList(directory, id, "sv", "Samples with structural variant data", "all_cases_with_sv_data", withSv, files);
        }

        if (Timelines.WriteTreatment(directory, cohort))
        {
            files.Add(Timelines.TreatmentFile);
            Meta("meta_timeline_treatment.txt", ("genetic_alteration_type", "CLINICAL"), ("datatype", "TIMELINE"), ("data_filename", Timelines.TreatmentFile));
        }

        if (Timelines.WriteStatus(directory, cohort))
        {
            files.Add(Timelines.StatusFile);
            Meta("meta_timeline_status.txt", ("genetic_alteration_type", "CLINICAL"), ("datatype", "TIMELINE"), ("data_filename", Timelines.StatusFile));
        }

        return new CbioportalExport(files, cohort.Patients.Count, cohort.Samples.Count, mutations, cnaSamples);
    }

    private static void WriteClinical(string directory, Cohort cohort, List<string> files)
    {
        var followUp = cohort.FollowUp.ToLookup(f => f.PatientKey);
        var lines = cohort.TherapyLines.ToLookup(l => l.PatientKey);
        ClinicalFile.Write(Path.Combine(directory, "data_clinical_patient.txt"),
        [
            new("PATIENT_ID", "Patient Identifier", "Pseudonymous patient id"),
            new("DIAGNOSIS_DATE", "Diagnosis Date", "Date of diagnosis (YYYY-MM-DD): day 0 of the timelines and of DAYS_TO_COLLECTION"),
            new("SEX", "Sex", "Sex of the patient"),
            new("AGE", "Diagnosis Age", "Age at diagnosis in years (diagnosis year minus birth year)", "NUMBER"),
            new("OS_STATUS", "Overall Survival Status", "1:DECEASED when a death is recorded, else 0:LIVING"),
            new("OS_MONTHS", "Overall Survival (Months)", "Months from diagnosis to death, or to the last date the patient was seen", "NUMBER"),
            new("TRIAL_SITE", "Trial Site", "Site that enrolled the patient"),
            new("TRIAL_ARM", "Trial Arm", "Arm of the trial"),
        ], cohort.Patients.Select(p =>
        {
            var os = OverallSurvival.Of(p, followUp[p.PatientKey], lines[p.PatientKey]);
            return (IReadOnlyList<string?>)
            [
                p.PatientId, p.DiagnosisDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.Sex switch { "F" => "Female", "M" => "Male", _ => "Unknown" },
                (p.DiagnosisDate.Year - p.BirthYear).ToString(CultureInfo.InvariantCulture),
                os is null ? "NA" : os.Value.Event ? "1:DECEASED" : "0:LIVING",
                os is null ? "NA" : os.Value.Months.ToString("0.00", CultureInfo.InvariantCulture),
                p.Site ?? "NA", p.Arm ?? "NA",
            ];
        }));
        files.Add("data_clinical_patient.txt");

        var patients = cohort.Patients.ToDictionary(p => p.PatientKey);
        ClinicalFile.Write(Path.Combine(directory, "data_clinical_sample.txt"),
        [
            new("PATIENT_ID", "Patient Identifier", "Pseudonymous patient id"),
            new("SAMPLE_ID", "Sample Identifier", "Sample id"),
            new("ONCOTREE_CODE", "Oncotree Code", "Primary tumor type (OncoTree)"),
            new("SPECIMEN_SITE", "Specimen Site", "Where the specimen was taken"),
            new("TUMOR_CELLULARITY", "Tumor Cellularity", "Share of tumor cells in the specimen", "NUMBER"),
            new("ASSAY", "Assay", "Sequencing assay or panel"),
            new("GENOME_BUILD", "Genome Build", "Reference genome of the calls"),
            new("DAYS_TO_COLLECTION", "Days to Collection", "Days from the diagnosis to the collection of the specimen", "NUMBER"),
            new("TMB_NONSYNONYMOUS", "TMB (nonsynonymous)", "Tumor mutational burden reported by the pipeline, mutations per megabase", "NUMBER"),
            new("MSI_STATUS", "MSI Status", "Microsatellite status reported by the pipeline (MSS, MSI-H)"),
        ], cohort.Samples.Select(s => (IReadOnlyList<string?>)
        [
            patients[s.PatientKey].PatientId, s.SampleId, patients[s.PatientKey].TumorType, s.SpecimenSite,
            s.TumorCellularity?.ToString("R", CultureInfo.InvariantCulture) ?? "NA", s.Assay, s.GenomeBuild,
            (s.CollectionDate.DayNumber - patients[s.PatientKey].DiagnosisDate.DayNumber).ToString(CultureInfo.InvariantCulture),
            s.Tmb?.ToString("R", CultureInfo.InvariantCulture) ?? "NA", s.MsiStatus ?? "NA",
        ]));
        files.Add("data_clinical_sample.txt");
    }

    /// <summary>Discrete copy number, wide: a row per gene, a column per sample with calls; NA where a sample has no call for the gene.</summary>
    private static int WriteCopyNumber(string directory, Cohort cohort, List<string> files)
    {
        var samples = cohort.Samples.Where(s => cohort.CopyNumbers.Any(c => c.SampleKey == s.SampleKey)).ToList();
        if (samples.Count == 0)
            return 0;
        var states = cohort.CopyNumbers.ToDictionary(c => (c.SampleKey, c.Gene), c => c.State);
        var genes = cohort.CopyNumbers.Select(c => c.Gene).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        using var output = new StreamWriter(Path.Combine(directory, "data_cna.txt"));
        output.Write("Hugo_Symbol\t" + string.Join('\t', samples.Select(s => s.SampleId)) + "\n");
        foreach (string gene in genes)
            output.Write(gene + "\t" + string.Join('\t', samples.Select(s =>
                states.TryGetValue((s.SampleKey, gene), out int state) ? state.ToString(CultureInfo.InvariantCulture) : "NA")) + "\n");
        files.Add("data_cna.txt");
        return samples.Count;
    }

    private static void CaseList(string directory, string studyId, string suffix, string name, string category, IEnumerable<string> sampleIds, List<string> files)
    {
        var ids = sampleIds.ToList();
        string file = Path.Combine("case_lists", $"cases_{suffix}.txt");
        MetaFile.Write(Path.Combine(directory, file),
            ("cancer_study_identifier", studyId), ("stable_id", $"{studyId}_{suffix}"), ("case_list_name", name),
            ("case_list_description", $"{name} ({ids.Count} samples)"), ("case_list_category", category));
        File.AppendAllText(Path.Combine(directory, file), "case_list_ids: " + string.Join('\t', ids) + "\n");
        files.Add(file);
    }

    [GeneratedRegex("^[A-Za-z0-9_]+$")]
    private static partial Regex StableId();
}
