using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TrialWarehouse.Clinical.Cbioportal;
using TrialWarehouse.Domain;
using TrialWarehouse.Genomics.Cbioportal;
using TrialWarehouse.Genomics.Maf;
using TrialWarehouse.Ingestion.Cbioportal;
using TrialWarehouse.Warehouse.Loading;

namespace TrialWarehouse.Ingestion;

// cBioPortal study folders: their files are typed by the meta files and read with the study's anchors.
public sealed partial class Ingestor
{
    /// <summary>
    /// Every file to ingest: a study folder's data files as its meta files type them, any other file by its name. A
    /// symbolic link, given or found in a folder, is refused unread (a folder that is a link is not walked into).
    /// </summary>
    private IEnumerable<(string Path, FileKind? Kind, CbioportalFolder? Study, InputError? Error)> Plan(IEnumerable<string> requested)
    {
        foreach (var path in requested)
        {
            if (DeliveryFiles.IsLink(path))
            {
                yield return (path, Directory.Exists(path) ? null : FileKinds.Classify(path), null, DeliveryFiles.LinkError(path));
                continue;
            }

            if (!Directory.Exists(path))
            {
                yield return (path, FileKinds.Classify(path), null, null);
                continue;
            }

            var studies = CbioportalFolder.Find(path).Select(d => CbioportalFolder.Open(d, _limits)).ToList();
            foreach (var file in Expand([path]).Where(f => !studies.Any(s => DeliveryFiles.IsUnder(f, s.Directory))))
                yield return (file, FileKinds.Classify(file), null, DeliveryFiles.IsLink(file) ? DeliveryFiles.LinkError(file) : null);
            foreach (var study in studies)
            {
                foreach (var file in study.Files)
                    yield return (file.Path, file.Kind, file.Error is null ? study : null, file.Error);
            }
        }
    }

    private async Task<FileResult> IngestStudyFileAsync(CbioportalFolder study, string path, FileKind kind, string? jobId, CancellationToken cancellationToken)
    {
        return await OutcomeAsync(path, kind, async () => kind switch
        {
            FileKind.Patients => await loader.LoadPatientsAsync(Source(study, path, kind, jobId, null),
                CbioportalClinical.ReadPatients(path, study.SampleFile, study.TypeOfCancer, TimeProvider.System, _limits), cancellationToken),
            FileKind.Samples => await WithAnchors(study, path, anchors => loader.LoadSamplesAsync(Source(study, path, kind, jobId, anchors),
                CbioportalClinical.ReadSamples(path, anchors, study.GenomeBuild, out var lines, _limits), new RecordLines(lines, "DAYS_TO_COLLECTION"), cancellationToken)),
            FileKind.TherapyLines => await WithAnchors(study, path, anchors => loader.LoadTherapyLinesAsync(Source(study, path, kind, jobId, anchors),
                CbioportalClinical.ReadTreatments(path, anchors, out var lines, _limits), new RecordLines(lines, "START_DATE"), cancellationToken)),
            FileKind.FollowUp => await WithAnchors(study, path, anchors => loader.LoadFollowUpAsync(Source(study, path, kind, jobId, anchors),
                CbioportalClinical.ReadStatus(path, anchors, out var lines, _limits), new RecordLines(lines, "START_DATE"), cancellationToken)),
            FileKind.CopyNumber => await LoadCnaAsync(Source(study, path, kind, jobId, null), CbioportalCna.Read(path, _limits), cancellationToken),
            FileKind.Fusions => await loader.LoadFusionsAsync(Source(study, path, kind, jobId, null), CbioportalSv.Read(path, study.GenomeBuild, _limits), cancellationToken),
            FileKind.Mutations => await loader.LoadMutationsAsync(Source(study, path, kind, jobId, null), MafReader.Read(path, _limits, cancellationToken), cancellationToken),
            _ => throw new InvalidOperationException($"no study loader for {kind}"),
        });
    }

    private Task<LoadResult> LoadCnaAsync(SourceFile file, DiscreteCopyNumbers cna, CancellationToken cancellationToken) =>
        loader.LoadCopyNumbersAsync(file, cna.SampleIds, cna.Calls, cancellationToken);

    /// <summary>
    /// Runs a load that needs each patient's anchor (DIAGNOSIS_DATE of the study's patient file); without a readable
    /// patient file the file is rejected, saying how to give the anchor.
    /// </summary>
    private async Task<LoadResult> WithAnchors(CbioportalFolder study, string path, Func<IReadOnlyDictionary<string, DateOnly>, Task<LoadResult>> load)
    {
        string name = Path.GetFileName(path);
        const string How = "cBioPortal counts timeline days and DAYS_TO_COLLECTION from the diagnosis: deliver data_clinical_patient.txt (with meta_clinical_patient.txt) in the same folder, with a DIAGNOSIS_DATE (YYYY-MM-DD) for every patient";
        if (study.PatientFile is not { } patients)
            throw new InputRejectedException(name, 0, null, $"no anchor date: the study folder has no patient file; {How}");
        IReadOnlyList<Patient> read;
        try
        {
            read = CbioportalClinical.ReadPatients(patients, study.SampleFile, study.TypeOfCancer, TimeProvider.System, _limits);
        }
        catch (InputRejectedException e)
        {
            throw new InputRejectedException(name, 0, null, $"no anchor date: {Path.GetFileName(patients)} was rejected ({(e.Errors.Count > 0 ? e.Errors[0].ToString() : e.Message)}); {How}");
        }

        return await load(read.ToDictionary(p => p.PatientId, p => p.DiagnosisDate, StringComparer.Ordinal));
    }

    /// <summary>
    /// The ledger entry of a study file. Its name is prefixed by the study id, since every study has a data_cna.txt
    /// and a re-delivery of one study must not supersede another's. A file read with anchors is hashed with them: the
    /// same timeline against a corrected DIAGNOSIS_DATE says other dates, so it must load again.
    /// </summary>
    private static SourceFile Source(CbioportalFolder study, string path, FileKind kind, string? jobId, IReadOnlyDictionary<string, DateOnly>? anchors)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(File.ReadAllBytes(path));
        if (anchors is not null)
        {
            var text = string.Join("\n", anchors.OrderBy(a => a.Key, StringComparer.Ordinal)
                .Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Key}={a.Value:yyyy-MM-dd}")));
            hash.AppendData(Encoding.UTF8.GetBytes("\n#anchors\n" + text));
        }

        return new SourceFile($"{study.StudyId}/{Path.GetFileName(path)}", Convert.ToHexStringLower(hash.GetHashAndReset()), kind.ToString(), jobId);
    }
}
