using TrialWarehouse.Clinical.Cbioportal;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Ingestion.Cbioportal;

/// <summary>
/// One data file of a study folder: the kind its meta file gives it, or the error that keeps it from loading.
/// </summary>
public sealed record StudyFile(string Path, FileKind? Kind, InputError? Error);

/// <summary>
/// A cBioPortal study folder (a folder holding <c>meta_study.txt</c>, docs/formats.md "cBioPortal study folders"). The
/// meta files, not the names, say which file holds what: each <c>meta_*.txt</c> names its <c>data_filename</c> and
/// its <c>genetic_alteration_type</c>/<c>datatype</c>. A file at the top of the folder that no meta file names, or a
/// meta file whose data file is missing, is an error naming both. Data types the warehouse does not hold (expression,
/// segments, other timelines...) are left alone; case lists are not data. A <c>data_filename</c> is the name of a file
/// in the folder, never a path, and a meta or data file that is a symbolic link is refused unread.
/// </summary>
public sealed class CbioportalFolder
{
    public const string StudyMeta = "meta_study.txt";

    private CbioportalFolder(string directory, IReadOnlyDictionary<string, string> study, IReadOnlyList<StudyFile> files)
    {
        Directory = directory;
        Files = files;
        StudyId = study.GetValueOrDefault("cancer_study_identifier") ?? System.IO.Path.GetFileName(directory);
        TypeOfCancer = study.GetValueOrDefault("type_of_cancer");
        GenomeBuild = study.GetValueOrDefault("reference_genome")?.ToLowerInvariant() switch
        {
            "hg19" or "grch37" => "GRCh37",
            "hg38" or "grch38" => "GRCh38",
            _ => null,
        };
    }

    public string Directory { get; }

    public string StudyId { get; }

    public string? TypeOfCancer { get; }

    /// <summary>The build meta_study.txt's reference_genome names; null when it names none (cBioPortal then uses its server's default).</summary>
    public string? GenomeBuild { get; }

    public IReadOnlyList<StudyFile> Files { get; }

    public string? PatientFile => Files.FirstOrDefault(f => f.Kind == FileKind.Patients && f.Error is null)?.Path;

    public string? SampleFile => Files.FirstOrDefault(f => f.Kind == FileKind.Samples && f.Error is null)?.Path;

    /// <summary>True for a folder holding meta_study.txt (itself, not a link to one: a link makes the folder a plain one, its files refused).</summary>
    public static bool IsStudy(string directory)
    {
        var meta = System.IO.Path.Combine(directory, StudyMeta);
        return File.Exists(meta) && !DeliveryFiles.IsLink(meta);
    }

    /// <summary>The study folders at or under <paramref name="directory"/> (links to folders are not walked into).</summary>
    public static IEnumerable<string> Find(string directory) => DeliveryFiles.Folders(directory).Where(IsStudy);

    /// <param name="limits">The longest line of a meta or timeline file read here.</param>
    public static CbioportalFolder Open(string directory, InputLimits? limits = null)
    {
        var metas = System.IO.Directory.GetFiles(directory, "meta_*.txt").Order(StringComparer.Ordinal).ToList();
        var files = new List<StudyFile>();
        var study = MetaFields(System.IO.Path.Combine(directory, StudyMeta), limits, files);
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var meta in metas.Where(m => System.IO.Path.GetFileName(m) != StudyMeta))
        {
            var metaName = System.IO.Path.GetFileName(meta);
            if (DeliveryFiles.IsLink(meta))
            {
                files.Add(new StudyFile(meta, null, DeliveryFiles.LinkError(meta)));
                continue;
            }

            var fields = MetaFields(meta, limits, files);
            var type = $"{fields.GetValueOrDefault("genetic_alteration_type")}/{fields.GetValueOrDefault("datatype")}";
            if (!fields.TryGetValue("data_filename", out var dataName))
            {
                if (Loaded(type))
                    files.Add(new StudyFile(meta, null, new InputError(metaName, 0, "data_filename", $"is missing; a {type} meta file names its data file, e.g. data_filename: data_x.txt")));
                continue;
            }

            if (!IsPlainName(dataName))
            {
                files.Add(new StudyFile(meta, null, new InputError(metaName, 0, "data_filename",
                    $"'{dataName}' is not the name of a file in the study folder; give the file's name alone (e.g. data_filename: data_mutations.txt), the file next to {metaName}")));
                continue;
            }

            named.Add(dataName);
            var data = System.IO.Path.Combine(directory, dataName);
            if (DeliveryFiles.IsLink(data))
            {
                files.Add(new StudyFile(data, FileKinds.Classify(data), DeliveryFiles.LinkError(data)));
                continue;
            }

            if (!File.Exists(data))
            {
                files.Add(new StudyFile(meta, null, new InputError(metaName, 0, "data_filename",
                    $"{dataName} is not in the study folder; deliver it with {metaName}, or remove {metaName}")));
                continue;
            }

            if (Classify(type, data, metaName, limits) is { } file)
                files.Add(file);
        }

        foreach (var data in System.IO.Directory.GetFiles(directory).Order(StringComparer.Ordinal))
        {
            var name = System.IO.Path.GetFileName(data);
            if (name.StartsWith("meta_", StringComparison.Ordinal) || name.StartsWith('.') || name.EndsWith(".error.txt", StringComparison.Ordinal) || named.Contains(name))
                continue;
            if (DeliveryFiles.IsLink(data))
            {
                files.Add(new StudyFile(data, FileKinds.Classify(data), DeliveryFiles.LinkError(data)));
                continue;
            }

            files.Add(new StudyFile(data, FileKinds.Classify(data), new InputError(name, 0, null,
                $"no meta file of the study names it; add a meta_*.txt with data_filename: {name} (the study's meta files: {string.Join(", ", metas.Select(System.IO.Path.GetFileName))})")));
        }

        return new CbioportalFolder(directory, study, files);
    }

    private static bool Loaded(string type) =>
        type is "CLINICAL/PATIENT_ATTRIBUTES" or "CLINICAL/SAMPLE_ATTRIBUTES" or "CLINICAL/TIMELINE" or "MUTATION_EXTENDED/MAF"
            or "COPY_NUMBER_ALTERATION/DISCRETE" or "COPY_NUMBER_ALTERATION/DISCRETE_LONG" or "STRUCTURAL_VARIANT/SV";

    /// <summary>The kind of a data file from its meta file's type; null for a type the warehouse does not hold.</summary>
    private static StudyFile? Classify(string type, string data, string metaName, InputLimits? limits)
    {
        var name = System.IO.Path.GetFileName(data);
        switch (type)
        {
            case "CLINICAL/PATIENT_ATTRIBUTES":
                return new StudyFile(data, FileKind.Patients, null);
            case "CLINICAL/SAMPLE_ATTRIBUTES":
                return new StudyFile(data, FileKind.Samples, null);
            case "MUTATION_EXTENDED/MAF":
                return new StudyFile(data, FileKind.Mutations, null);
            case "COPY_NUMBER_ALTERATION/DISCRETE":
                return new StudyFile(data, FileKind.CopyNumber, null);
            case "COPY_NUMBER_ALTERATION/DISCRETE_LONG":
                return new StudyFile(data, FileKind.CopyNumber, new InputError(name, 0, null,
                    $"{metaName} gives the long format (DISCRETE_LONG), which is not read; write the wide format (Hugo_Symbol, then a column per sample) with datatype: DISCRETE"));
            case "STRUCTURAL_VARIANT/SV":
                return new StudyFile(data, FileKind.Fusions, null);
            case "CLINICAL/TIMELINE":
                IReadOnlySet<string> events;
                try
                {
                    events = CbioportalClinical.TimelineEventTypes(data, limits);
                }
                catch (InputRejectedException e)
                {
                    return new StudyFile(data, null, e.Errors[0]);
                }

                if (events.Count > 1 && (events.Contains("TREATMENT") || events.Contains("STATUS")))
                    return new StudyFile(data, null, new InputError(name, 0, "EVENT_TYPE",
                        $"holds {string.Join(", ", events.Order(StringComparer.Ordinal))}; expected one event type per timeline file, as cBioPortal requires: put TREATMENT and STATUS rows in files of their own"));
                return events.Contains("TREATMENT") ? new StudyFile(data, FileKind.TherapyLines, null)
                    : events.Contains("STATUS") ? new StudyFile(data, FileKind.FollowUp, null)
                    : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The <c>key: value</c> lines of a meta file (the first value of a key counts); empty, with the error among the
    /// study's files, when a line is refused.
    /// </summary>
    private static Dictionary<string, string> MetaFields(string path, InputLimits? limits, List<StudyFile> files)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
            return fields;
        try
        {
            foreach (var line in InputLineReader.ReadLines(path, limits))
            {
                int colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                    fields.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }
        catch (InputRejectedException e)
        {
            files.Add(new StudyFile(path, null, e.Errors[0]));
            fields.Clear();
        }

        return fields;
    }

    /// <summary>A file name alone: no folder, no parent, nothing that the file system reads as a path.</summary>
    private static bool IsPlainName(string name) =>
        name.Length > 0 && name is not ("." or "..") && name.IndexOfAny(['/', '\\']) < 0 && !System.IO.Path.IsPathRooted(name) && !name.Any(char.IsControl)
        && name.IndexOfAny(System.IO.Path.GetInvalidFileNameChars()) < 0;
}
