using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical.Cbioportal;

/// <summary>
/// Reads the clinical files of a cBioPortal study folder (docs/formats.md, "cBioPortal study folders"): the patient
/// and sample files (four '#' lines, then the attribute names) and the TREATMENT and STATUS timelines. Timeline days
/// and DAYS_TO_COLLECTION count from each patient's anchor, its DIAGNOSIS_DATE (cBioPortal's day 0 is the diagnosis).
/// Each method validates the whole file and returns every record, or throws <see cref="InputRejectedException"/>.
/// </summary>
public static class CbioportalClinical
{
    /// <param name="sampleFile">The study's sample file, read for the ONCOTREE_CODE of each patient's samples; null when there is none.</param>
    /// <param name="typeOfCancer">meta_study.txt's type_of_cancer.</param>
    public static IReadOnlyList<Patient> ReadPatients(string path, string? sampleFile, string? typeOfCancer, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var studyType = typeOfCancer is null || typeOfCancer.Equals("mixed", StringComparison.OrdinalIgnoreCase) ? null : typeOfCancer.ToUpperInvariant();
        return CbioportalTable.Read(path, new CbioportalPatientMapper(time.GetLocalNow().Year, SampleTumorTypes(sampleFile), studyType),
            CbioportalTable.ClinicalHeaderLines);
    }

    /// <param name="anchors">The diagnosis date of each patient of the study.</param>
    /// <param name="studyBuild">The build meta_study.txt's reference_genome names, for samples without GENOME_BUILD.</param>
    public static IReadOnlyList<Sample> ReadSamples(string path, IReadOnlyDictionary<string, DateOnly> anchors, string? studyBuild) =>
        CbioportalTable.Read(path, new CbioportalSampleMapper(anchors, studyBuild), CbioportalTable.ClinicalHeaderLines);

    /// <summary>The EVENT_TYPE values of a timeline file (cBioPortal wants one per file).</summary>
    public static IReadOnlySet<string> TimelineEventTypes(string path) => CbioportalTable.Values(path, "EVENT_TYPE");

    public static IReadOnlyList<TherapyLine> ReadTreatments(string path, IReadOnlyDictionary<string, DateOnly> anchors)
    {
        var lines = CbioportalTable.Read(path, new CbioportalTreatmentMapper(anchors), hashLines: 0);
        if (lines.All(l => l.LineNumber > 0))
        {
            return lines;
        }

        return lines.GroupBy(l => l.PatientId, StringComparer.Ordinal)
            .SelectMany(p => p.OrderBy(l => l.StartDate).Select((l, i) => l with { LineNumber = i + 1 }))
            .ToList();
    }

    public static IReadOnlyList<FollowUpEvent> ReadStatus(string path, IReadOnlyDictionary<string, DateOnly> anchors) =>
        CbioportalTable.Read(path, new CbioportalStatusMapper(anchors), hashLines: 0);

    /// <summary>Each patient's ONCOTREE_CODE when all its samples give the same one; the sample file's own errors are its own.</summary>
    private static Dictionary<string, string> SampleTumorTypes(string? sampleFile)
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (sampleFile is null || !File.Exists(sampleFile))
        {
            return codes;
        }

        var lines = File.ReadLines(sampleFile).SkipWhile(l => l.StartsWith('#')).Select(l => l.TrimEnd('\r').Split('\t')).ToList();
        if (lines.Count == 0)
        {
            return codes;
        }

        int patient = Array.IndexOf(lines[0], "PATIENT_ID"), code = Array.IndexOf(lines[0], "ONCOTREE_CODE");
        if (patient < 0 || code < 0)
        {
            return codes;
        }

        foreach (var group in lines.Skip(1).Where(c => c.Length > Math.Max(patient, code) && c[code] is not ("" or "NA"))
                     .GroupBy(c => c[patient], c => c[code], StringComparer.Ordinal))
        {
            if (group.Distinct(StringComparer.Ordinal).Count() == 1)
            {
                codes[group.Key] = group.First();
            }
        }

        return codes;
    }
}
