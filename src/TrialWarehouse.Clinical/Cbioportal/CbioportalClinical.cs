using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical.Cbioportal;

/// <summary>
/// Reads the clinical files of a cBioPortal study folder (docs/formats.md, "cBioPortal study folders"): the patient
/// and sample files (four '#' lines, then the attribute names) and the TREATMENT and STATUS timelines. Timeline days
/// and DAYS_TO_COLLECTION count from each patient's anchor, its DIAGNOSIS_DATE (cBioPortal's day 0 is the diagnosis).
/// Each method validates the whole file and returns every record, or throws <see cref="InputRejectedException"/>.
/// A file is read within <see cref="InputLimits"/> (the defaults when none are given): a longer line rejects it.
/// </summary>
public static class CbioportalClinical
{
    /// <param name="sampleFile">The study's sample file, read for the ONCOTREE_CODE of each patient's samples; null when there is none.</param>
    /// <param name="typeOfCancer">meta_study.txt's type_of_cancer.</param>
    public static IReadOnlyList<Patient> ReadPatients(string path, string? sampleFile, string? typeOfCancer, TimeProvider time, InputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        var studyType = typeOfCancer is null || typeOfCancer.Equals("mixed", StringComparison.OrdinalIgnoreCase) ? null : typeOfCancer.ToUpperInvariant();
        return CbioportalTable.Read(path, new CbioportalPatientMapper(time.GetLocalNow().Year, SampleTumorTypes(sampleFile, limits), studyType),
            CbioportalTable.ClinicalHeaderLines, limits);
    }

    /// <param name="anchors">The diagnosis date of each patient of the study.</param>
    /// <param name="studyBuild">The build meta_study.txt's reference_genome names, for samples without GENOME_BUILD.</param>
    public static IReadOnlyList<Sample> ReadSamples(string path, IReadOnlyDictionary<string, DateOnly> anchors, string? studyBuild,
        out IReadOnlyList<long> lines, InputLimits? limits = null)
    {
        var mapper = new CbioportalSampleMapper(anchors, studyBuild);
        var samples = CbioportalTable.Read(path, mapper, CbioportalTable.ClinicalHeaderLines, limits);
        lines = mapper.Lines;
        return samples;
    }

    /// <summary>The EVENT_TYPE values of a timeline file (cBioPortal wants one per file).</summary>
    public static IReadOnlySet<string> TimelineEventTypes(string path, InputLimits? limits = null) => CbioportalTable.Values(path, "EVENT_TYPE", limits);

    public static IReadOnlyList<TherapyLine> ReadTreatments(string path, IReadOnlyDictionary<string, DateOnly> anchors, out IReadOnlyList<long> fileLines,
        InputLimits? limits = null)
    {
        var mapper = new CbioportalTreatmentMapper(anchors);
        var lines = CbioportalTable.Read(path, mapper, hashLines: 0, limits);
        fileLines = mapper.Lines;
        if (lines.All(l => l.LineNumber > 0))
        {
            return lines;
        }

        // Numbered in the order each patient's lines started; kept in file order, as their line numbers are.
        var numbers = lines.Select((l, i) => (Line: l, Index: i)).GroupBy(x => x.Line.PatientId, StringComparer.Ordinal)
            .SelectMany(p => p.OrderBy(x => x.Line.StartDate).ThenBy(x => x.Index).Select((x, n) => (x.Index, Number: n + 1)))
            .ToDictionary(x => x.Index, x => x.Number);
        return lines.Select((l, i) => l with { LineNumber = numbers[i] }).ToList();
    }

    public static IReadOnlyList<FollowUpEvent> ReadStatus(string path, IReadOnlyDictionary<string, DateOnly> anchors, out IReadOnlyList<long> lines,
        InputLimits? limits = null)
    {
        var mapper = new CbioportalStatusMapper(anchors);
        var events = CbioportalTable.Read(path, mapper, hashLines: 0, limits);
        lines = mapper.Lines;
        return events;
    }

    /// <summary>Each patient's ONCOTREE_CODE when all its samples give the same one; the sample file's own errors are its own.</summary>
    private static Dictionary<string, string> SampleTumorTypes(string? sampleFile, InputLimits? limits)
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (sampleFile is null || !File.Exists(sampleFile))
        {
            return codes;
        }

        List<string[]> lines;
        try
        {
            lines = InputLineReader.ReadLines(sampleFile, limits).SkipWhile(l => l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        }
        catch (InputRejectedException)
        {
            // The sample file's own errors are reported when it is read itself.
            return codes;
        }

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
