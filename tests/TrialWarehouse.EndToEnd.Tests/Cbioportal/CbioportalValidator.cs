using System.Globalization;
using System.Text.RegularExpressions;

namespace TrialWarehouse.EndToEnd.Tests.Cbioportal;

/// <summary>
/// Our own check of a study folder against the rules of cBioPortal's File Formats page (written from the page, not
/// from its validator): meta fields per data type, the four '#' clinical header lines, required columns, id
/// characters, values, and that every id a file uses is declared where cBioPortal looks for it. Each problem is
/// "FILE: what is wrong".
/// </summary>
internal static partial class CbioportalValidator
{
    private static readonly string[] CaseListCategories =
    [
        "all_cases_in_study", "all_cases_with_mutation_data", "all_cases_with_cna_data", "all_cases_with_log2_cna_data",
        "all_cases_with_methylation_data", "all_cases_with_mrna_array_data", "all_cases_with_mrna_rnaseq_data", "all_cases_with_rppa_data",
        "all_cases_with_microrna_data", "all_cases_with_mutation_and_cna_data", "all_cases_with_mutation_and_cna_and_mrna_data",
        "all_cases_with_gsva_data", "all_cases_with_sv_data", "other",
    ];

    private static readonly HashSet<string> Classifications =
    [
        "Frame_Shift_Del", "Frame_Shift_Ins", "In_Frame_Del", "In_Frame_Ins", "Missense_Mutation", "Nonsense_Mutation", "Silent",
        "Splice_Site", "Translation_Start_Site", "Nonstop_Mutation", "3'UTR", "3'Flank", "5'UTR", "5'Flank", "IGR", "Intron", "RNA",
        "Targeted_Region", "Splice_Region", "De_novo_Start_InFrame", "De_novo_Start_OutOfFrame", "Unknown",
    ];

    public static List<string> Validate(string directory)
    {
        var errors = new List<string>();
        var study = Meta(directory, "meta_study.txt", errors, "type_of_cancer", "cancer_study_identifier", "name", "description");
        if (study is null)
            return errors;
        string id = study["cancer_study_identifier"];
        if (!StableId().IsMatch(id))
            errors.Add($"meta_study.txt: cancer_study_identifier '{id}' has characters other than letters, digits, underscores");
        if (!CancerTypeId().IsMatch(study["type_of_cancer"]))
            errors.Add($"meta_study.txt: type_of_cancer '{study["type_of_cancer"]}' is not a lower-case cancer type id (or mixed)");
        if (study.TryGetValue("reference_genome", out var genome) && genome is not ("hg19" or "hg38"))
            errors.Add($"meta_study.txt: reference_genome '{genome}' is not hg19 or hg38");

        var metas = Directory.GetFiles(directory, "meta_*.txt").Select(Path.GetFileName).Where(n => n != "meta_study.txt").ToList();
        var patients = new HashSet<string>(StringComparer.Ordinal);
        var samples = new HashSet<string>(StringComparer.Ordinal);
        var byType = new Dictionary<string, (string Meta, Dictionary<string, string> Fields)>();
        foreach (string name in metas!)
        {
            var meta = Meta(directory, name!, errors, "cancer_study_identifier", "genetic_alteration_type", "datatype", "data_filename");
            if (meta is null)
                continue;
            if (meta["cancer_study_identifier"] != id)
                errors.Add($"{name}: cancer_study_identifier '{meta["cancer_study_identifier"]}' is not the study's '{id}'");
            if (!File.Exists(Path.Combine(directory, meta["data_filename"])))
                errors.Add($"{name}: data_filename {meta["data_filename"]} does not exist");
            byType[$"{meta["genetic_alteration_type"]}/{meta["datatype"]}{(meta["datatype"] == "TIMELINE" ? "/" + name : "")}"] = (name!, meta);
        }

        if (!byType.TryGetValue("CLINICAL/SAMPLE_ATTRIBUTES", out var sampleMeta))
            errors.Add("the study has no meta file with datatype SAMPLE_ATTRIBUTES (the sample file is required)");
        if (byType.TryGetValue("CLINICAL/PATIENT_ATTRIBUTES", out var patientMeta))
            Clinical(directory, patientMeta.Fields["data_filename"], ["PATIENT_ID"], errors, row => patients.Add(row["PATIENT_ID"]));
        if (sampleMeta.Fields is not null)
            Clinical(directory, sampleMeta.Fields["data_filename"], ["PATIENT_ID", "SAMPLE_ID"], errors, row =>
            {
                if (!samples.Add(row["SAMPLE_ID"]))
                    errors.Add($"{sampleMeta.Fields["data_filename"]}: sample {row["SAMPLE_ID"]} is given twice");
                if (patientMeta.Fields is not null && !patients.Contains(row["PATIENT_ID"]))
                    errors.Add($"{sampleMeta.Fields["data_filename"]}: sample {row["SAMPLE_ID"]} names patient {row["PATIENT_ID"]}, who is not in the patient file");
            });

        var caseLists = CaseLists(directory, id, samples, errors);
        if (!caseLists.ContainsKey($"{id}_all") && study.GetValueOrDefault("add_global_case_list") != "true")
            errors.Add($"case_lists: no {id}_all case list and add_global_case_list is not true");
        if (byType.TryGetValue("MUTATION_EXTENDED/MAF", out var mutations))
        {
            Require(mutations, errors, "stable_id", "show_profile_in_analysis_tab", "profile_name", "profile_description");
            Mutations(directory, mutations.Fields["data_filename"], samples, caseLists.GetValueOrDefault($"{id}_sequenced"), genome, errors);
        }

        if (byType.TryGetValue("COPY_NUMBER_ALTERATION/DISCRETE", out var cna))
        {
            Require(cna, errors, "stable_id", "show_profile_in_analysis_tab", "profile_name", "profile_description");
            if (cna.Fields.TryGetValue("stable_id", out var stable) && stable is not ("gistic" or "cna" or "cna_rae" or "cna_consensus"))
                errors.Add($"{cna.Meta}: stable_id '{stable}' is not gistic, cna, cna_rae or cna_consensus");
            CopyNumber(directory, cna.Fields["data_filename"], samples, caseLists.GetValueOrDefault($"{id}_cna"), errors);
        }

        foreach (var timeline in byType.Where(t => t.Key.StartsWith("CLINICAL/TIMELINE", StringComparison.Ordinal)))
            Timeline(directory, timeline.Value.Fields["data_filename"], patients, errors);
        return errors;
    }

    private static Dictionary<string, string>? Meta(string directory, string name, List<string> errors, params string[] required)
    {
        string path = Path.Combine(directory, name);
        if (!File.Exists(path))
        {
            errors.Add($"{name}: missing");
            return null;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadAllLines(path).Where(l => l.Length > 0))
        {
            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0)
                errors.Add($"{name}: '{line}' is not a 'key: value' line");
            else if (!fields.TryAdd(line[..colon], line[(colon + 2)..]))
                errors.Add($"{name}: {line[..colon]} given twice");
        }

        foreach (string key in required.Where(k => !fields.ContainsKey(k) || fields[k].Trim().Length == 0))
            errors.Add($"{name}: required field {key} missing");
        return required.All(fields.ContainsKey) ? fields : null;
    }

    private static void Require((string Meta, Dictionary<string, string> Fields) meta, List<string> errors, params string[] keys)
    {
        foreach (string key in keys.Where(k => !meta.Fields.ContainsKey(k)))
            errors.Add($"{meta.Meta}: required field {key} missing");
    }

    private static void Clinical(string directory, string file, string[] required, List<string> errors, Action<Dictionary<string, string>> row)
    {
        var lines = File.ReadAllLines(Path.Combine(directory, file));
        if (lines.Length < 5 || lines.Take(4).Any(l => !l.StartsWith('#')) || lines[4].StartsWith('#'))
        {
            errors.Add($"{file}: the first four lines must start with '#' (display names, descriptions, datatypes, priorities), the fifth name the attributes");
            return;
        }

        var header = lines[4].Split('\t');
        var meta = lines.Take(4).Select(l => l[1..].Split('\t')).ToList();
        if (meta.Any(m => m.Length != header.Length))
            errors.Add($"{file}: the '#' lines and the attribute line have different numbers of columns");
        if (meta[2].Any(t => t is not ("STRING" or "NUMBER" or "BOOLEAN")))
            errors.Add($"{file}: datatypes must be STRING, NUMBER or BOOLEAN, not {string.Join(", ", meta[2].Where(t => t is not ("STRING" or "NUMBER" or "BOOLEAN")))}");
        if (meta[3].Any(p => !int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            errors.Add($"{file}: priorities must be whole numbers");
        foreach (string name in header.Where(h => h.Any(char.IsAsciiLetterLower)))
            errors.Add($"{file}: attribute {name} is not upper case");
        foreach (string banned in header.Where(h => h is "MUTATION_COUNT" or "FRACTION_GENOME_ALTERED"))
            errors.Add($"{file}: {banned} is filled in by cBioPortal and must not be given");
        for (int i = 0; i < required.Length; i++)
        {
            if (i >= header.Length || header[i] != required[i])
                errors.Add($"{file}: column {i + 1} must be {required[i]}");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int n = 5; n < lines.Length; n++)
        {
            var values = lines[n].Split('\t');
            if (values.Length != header.Length)
            {
                errors.Add($"{file}:{n + 1}: {values.Length} values for {header.Length} columns");
                continue;
            }

            var record = header.Zip(values).ToDictionary(p => p.First, p => p.Second);
            foreach (string key in required.Where(k => !CaseId().IsMatch(record.GetValueOrDefault(k, ""))))
                errors.Add($"{file}:{n + 1}: {key} '{record.GetValueOrDefault(key)}' must be letters, digits, points, underscores or hyphens");
            for (int c = 0; c < header.Length && meta.Count == 4 && meta[2].Length == header.Length; c++)
            {
                if (meta[2][c] == "NUMBER" && values[c] is not ("" or "NA") && !double.TryParse(values[c], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                    errors.Add($"{file}:{n + 1}: {header[c]} '{values[c]}' is not a number");
            }

            if (record.TryGetValue("OS_STATUS", out var os) && os is not ("" or "NA") && !SurvivalStatus().IsMatch(os))
                errors.Add($"{file}:{n + 1}: OS_STATUS '{os}' must start with 0: or 1:");
            if (required.Length == 1 && !seen.Add(record["PATIENT_ID"]))
                errors.Add($"{file}:{n + 1}: patient {record["PATIENT_ID"]} is given twice");
            row(record);
        }
    }

    private static Dictionary<string, HashSet<string>> CaseLists(string directory, string studyId, HashSet<string> samples, List<string> errors)
    {
        var lists = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        string folder = Path.Combine(directory, "case_lists");
        if (!Directory.Exists(folder))
            return lists;
        foreach (string path in Directory.GetFiles(folder))
        {
            string name = "case_lists/" + Path.GetFileName(path);
            var meta = Meta(folder, Path.GetFileName(path), errors, "cancer_study_identifier", "stable_id", "case_list_name", "case_list_description", "case_list_ids");
            if (meta is null)
                continue;
            if (meta["cancer_study_identifier"] != studyId)
                errors.Add($"{name}: cancer_study_identifier '{meta["cancer_study_identifier"]}' is not the study's");
            if (!meta["stable_id"].StartsWith(studyId + "_", StringComparison.Ordinal))
                errors.Add($"{name}: stable_id {meta["stable_id"]} must start with {studyId}_");
            if (meta.TryGetValue("case_list_category", out var category) && !CaseListCategories.Contains(category))
                errors.Add($"{name}: case_list_category '{category}' is not one cBioPortal knows");
            var ids = meta["case_list_ids"].Split('\t', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            foreach (string unknown in ids.Where(i => !samples.Contains(i)))
                errors.Add($"{name}: sample {unknown} is not in the sample file");
            lists[meta["stable_id"]] = ids;
        }

        return lists;
    }

    private static void Mutations(string directory, string file, HashSet<string> samples, HashSet<string>? sequenced, string? genome, List<string> errors)
    {
        if (sequenced is null)
            errors.Add($"{file}: mutation data needs the _sequenced case list");
        var lines = File.ReadAllLines(Path.Combine(directory, file)).Where(l => !l.StartsWith('#')).ToList();
        var header = lines[0].Split('\t');
        foreach (string column in new[] { "Hugo_Symbol", "NCBI_Build", "Chromosome", "Variant_Classification", "Reference_Allele", "Tumor_Seq_Allele2", "Tumor_Sample_Barcode", "HGVSp_Short" }
                     .Where(c => !header.Contains(c)))
            errors.Add($"{file}: required column {column} missing");
        string? build = genome switch { "hg19" => "GRCh37", "hg38" => "GRCh38", _ => null };
        for (int n = 1; n < lines.Count; n++)
        {
            var values = lines[n].Split('\t');
            if (values.Length != header.Length)
            {
                errors.Add($"{file}: row {n}: {values.Length} values for {header.Length} columns");
                continue;
            }

            var row = header.Zip(values).ToDictionary(p => p.First, p => p.Second);
            string sample = row.GetValueOrDefault("Tumor_Sample_Barcode", "");
            if (!samples.Contains(sample))
                errors.Add($"{file}: row {n}: Tumor_Sample_Barcode {sample} is not in the sample file");
            if (sequenced is not null && !sequenced.Contains(sample))
                errors.Add($"{file}: row {n}: sample {sample} is not in the _sequenced case list");
            if (!Classifications.Contains(row.GetValueOrDefault("Variant_Classification", "")))
                errors.Add($"{file}: row {n}: Variant_Classification '{row.GetValueOrDefault("Variant_Classification")}' is not one cBioPortal knows");
            if (row.GetValueOrDefault("NCBI_Build") is var b && b is not ("GRCh37" or "GRCh38") || (build is not null && b != build))
                errors.Add($"{file}: row {n}: NCBI_Build '{b}' is not GRCh37/GRCh38 or not the study's reference genome");
            if (!Allele().IsMatch(row.GetValueOrDefault("Reference_Allele", "")) || !Allele().IsMatch(row.GetValueOrDefault("Tumor_Seq_Allele2", "")))
                errors.Add($"{file}: row {n}: alleles must be bases or -");
            foreach (string position in new[] { "Start_Position", "End_Position" }.Where(p => row.ContainsKey(p) && !long.TryParse(row[p], NumberStyles.None, CultureInfo.InvariantCulture, out _)))
                errors.Add($"{file}: row {n}: {position} '{row[position]}' is not a position");
            foreach (string count in new[] { "t_alt_count", "t_ref_count", "n_alt_count", "n_ref_count" }
                         .Where(c => row.TryGetValue(c, out var v) && v is not ("" or ".") && !int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
                errors.Add($"{file}: row {n}: {count} '{row[count]}' is not a count");
        }
    }

    private static void CopyNumber(string directory, string file, HashSet<string> samples, HashSet<string>? cnaList, List<string> errors)
    {
        if (cnaList is null)
            errors.Add($"{file}: discrete copy number needs the _cna case list");
        var lines = File.ReadAllLines(Path.Combine(directory, file));
        var header = lines[0].Split('\t');
        if (header[0] is not ("Hugo_Symbol" or "Entrez_Gene_Id"))
            errors.Add($"{file}: the first column must be Hugo_Symbol or Entrez_Gene_Id");
        var sampleColumns = header.SkipWhile(h => h is "Hugo_Symbol" or "Entrez_Gene_Id").ToList();
        foreach (string sample in sampleColumns.Where(s => !samples.Contains(s)))
            errors.Add($"{file}: sample column {sample} is not in the sample file");
        if (cnaList is not null && !cnaList.SetEquals(sampleColumns))
            errors.Add($"{file}: the _cna case list does not list exactly the sample columns");
        var genes = new HashSet<string>(StringComparer.Ordinal);
        for (int n = 1; n < lines.Length; n++)
        {
            var values = lines[n].Split('\t');
            if (values.Length != header.Length)
                errors.Add($"{file}:{n + 1}: {values.Length} values for {header.Length} columns");
            else if (!genes.Add(values[0]))
                errors.Add($"{file}:{n + 1}: gene {values[0]} is given twice");
            foreach (string value in values.Skip(header.Length - sampleColumns.Count).Where(v => v is not ("-2" or "-1" or "0" or "1" or "2" or "NA" or "")))
                errors.Add($"{file}:{n + 1}: '{value}' is not a discrete copy-number value (-2, -1, 0, 1, 2, NA)");
        }
    }

    private static void Timeline(string directory, string file, HashSet<string> patients, List<string> errors)
    {
        var lines = File.ReadAllLines(Path.Combine(directory, file));
        var header = lines[0].Split('\t');
        foreach (string column in new[] { "PATIENT_ID", "START_DATE", "STOP_DATE", "EVENT_TYPE" }.Where(c => !header.Contains(c)))
            errors.Add($"{file}: required column {column} missing");
        for (int n = 1; n < lines.Length; n++)
        {
            var row = header.Zip(lines[n].Split('\t')).ToDictionary(p => p.First, p => p.Second);
            if (!patients.Contains(row.GetValueOrDefault("PATIENT_ID", "")))
                errors.Add($"{file}:{n + 1}: patient {row.GetValueOrDefault("PATIENT_ID")} is not in the patient file");
            if (!int.TryParse(row.GetValueOrDefault("START_DATE"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
                errors.Add($"{file}:{n + 1}: START_DATE '{row.GetValueOrDefault("START_DATE")}' is not a number of days");
            if (row.GetValueOrDefault("STOP_DATE") is { Length: > 0 } stop && !int.TryParse(stop, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
                errors.Add($"{file}:{n + 1}: STOP_DATE '{stop}' is not a number of days");
            if (row.GetValueOrDefault("EVENT_TYPE") is not { Length: > 0 })
                errors.Add($"{file}:{n + 1}: EVENT_TYPE empty");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_]+$")]
    private static partial Regex StableId();

    [GeneratedRegex("^[a-z0-9_]+$")]
    private static partial Regex CancerTypeId();

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex CaseId();

    [GeneratedRegex("^[01]:")]
    private static partial Regex SurvivalStatus();

    [GeneratedRegex("^([ACGTN]+|-)$")]
    private static partial Regex Allele();
}
