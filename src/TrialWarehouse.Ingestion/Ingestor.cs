using System.Diagnostics;
using TrialWarehouse.Clinical;
using TrialWarehouse.Domain;
using TrialWarehouse.Genomics.CopyNumber;
using TrialWarehouse.Genomics.Maf;
using TrialWarehouse.Genomics.Somatic;
using TrialWarehouse.Genomics.StructuralVariants;
using TrialWarehouse.Warehouse;
using TrialWarehouse.Warehouse.Loading;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Ingestion;

/// <summary>
/// Loads files into the warehouse: each file is parsed and validated completely, then loaded in one transaction.
/// A rejected file loads nothing and does not stop the others. Each run's summary goes into the run log, when given.
/// Every file is read within <see cref="InputLimits"/> (the defaults when none are given); symbolic links are refused,
/// never read.
/// </summary>
public sealed partial class Ingestor(WarehouseLoader loader, IngestRunLog? runs = null, SomaticVcfOptions? vcf = null, InputLimits? limits = null)
{
    private readonly InputLimits _limits = (limits ?? vcf?.Limits ?? InputLimits.Default).Validated();

    public async Task<IngestReport> IngestAsync(IEnumerable<string> paths, string? jobId = null, IProgress<FileResult>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var started = DateTime.UtcNow;
        var requested = paths.ToList();
        var files = Plan(requested)
            .OrderBy(f => f.Kind ?? FileKind.Patients)
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        var results = new List<FileResult>(files.Count);
        foreach (var (path, kind, study, error) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = error is not null ? Rejected(path, kind, [error])
                : study is not null ? await IngestStudyFileAsync(study, path, kind!.Value, jobId, cancellationToken)
                : await IngestFileAsync(path, kind, jobId, cancellationToken);
            results.Add(result);
            progress?.Report(result);
        }
        var report = new IngestReport(results, clock.Elapsed);
        if (runs is not null)
        {
            var delivery = string.Join(", ", requested.Select(Path.GetFileName));
            await runs.RecordAsync(new IngestRunRow(StableKey.Of("run", Guid.NewGuid().ToString()), jobId is null or "cli" ? "cli" : "job",
                delivery.Length > 400 ? delivery[..397] + "..." : delivery, jobId, started, (long)clock.Elapsed.TotalMilliseconds,
                report.Loaded, report.Unchanged, report.Rejected, report.Rows), cancellationToken);
        }
        return report;
    }

    private async Task<LoadResult> LoadVariantsAsync(SourceFile file, string path, CancellationToken cancellationToken)
    {
        var options = (vcf ?? SomaticVcfOptions.Default) with { Limits = _limits };
        return await loader.LoadVariantCallsAsync(file, SomaticVcf.Open(path, options, cancellationToken), cancellationToken);
    }

    private async Task<FileResult> IngestFileAsync(string path, FileKind? kind, string? jobId, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
            return Rejected(path, kind, [new InputError(Path.GetFileName(path), 0, null, $"no such file: {Path.GetFullPath(path)}")]);
        if (kind is null)
            return Rejected(path, null, [new InputError(Path.GetFileName(path), 0, null,
                $"file name not recognised; accepted: {FileKinds.Accepted}")]);
        return await OutcomeAsync(path, kind.Value, async () =>
        {
            var file = SourceFile.From(path, kind.Value.ToString(), jobId);
            return kind.Value switch
            {
                FileKind.Patients => await loader.LoadPatientsAsync(file, ClinicalFiles.ReadPatients(path, TimeProvider.System, _limits), cancellationToken),
                FileKind.Samples => await loader.LoadSamplesAsync(file, ClinicalFiles.ReadSamples(path, out var sampleLines, _limits), new RecordLines(sampleLines, "collection_date"), cancellationToken),
                FileKind.TherapyLines => await loader.LoadTherapyLinesAsync(file, ClinicalFiles.ReadTherapyLines(path, out var lineLines, _limits), new RecordLines(lineLines, "start_date"), cancellationToken),
                FileKind.FollowUp => await loader.LoadFollowUpAsync(file, ClinicalFiles.ReadFollowUp(path, out var eventLines, _limits), new RecordLines(eventLines, "event_date"), cancellationToken),
                FileKind.CtcCounts => await loader.LoadCtcCountsAsync(file, ClinicalFiles.ReadCtcCounts(path, _limits), cancellationToken),
                FileKind.IhcResults => await loader.LoadIhcResultsAsync(file, ClinicalFiles.ReadIhcResults(path, _limits), cancellationToken),
                FileKind.ModelResponses => await loader.LoadModelResponsesAsync(file, ClinicalFiles.ReadModelResponses(path, _limits), cancellationToken),
                FileKind.CopyNumber => await loader.LoadCopyNumbersAsync(file, CopyNumberFile.Read(path, _limits), cancellationToken),
                FileKind.Fusions => await loader.LoadFusionsAsync(file, SvVcf.Read(path, GeneCoordinates.Default, _limits, cancellationToken), cancellationToken),
                FileKind.CopyNumberVcf => await loader.LoadCopyNumbersAsync(file, CnvVcf.Read(path, GeneCoordinates.Default, _limits, cancellationToken), cancellationToken),
                FileKind.Variants => await LoadVariantsAsync(file, path, cancellationToken),
                FileKind.Mutations => await loader.LoadMutationsAsync(file, MafReader.Read(path, _limits, cancellationToken), cancellationToken),
                _ => throw new InvalidOperationException($"no loader for {kind}"),
            };
        });
    }

    /// <summary>
    /// Runs one file's load and says what became of it: a rejected file (its content, or reading it) is a result of
    /// its own, with its errors, never an exception that would stop the other files.
    /// </summary>
    private static async Task<FileResult> OutcomeAsync(string path, FileKind kind, Func<Task<LoadResult>> load)
    {
        try
        {
            var result = await load();
            return new FileResult(path, kind, result.Outcome == LoadOutcome.Loaded ? FileOutcome.Loaded : FileOutcome.AlreadyLoaded,
                result.Rows, [], result.Superseded, result.File.Key);
        }
        catch (InputRejectedException e)
        {
            return Rejected(path, kind, e.Errors.Count > 0 ? e.Errors : [new InputError(Path.GetFileName(path), 0, null, e.Message)]);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            return Rejected(path, kind, [new InputError(Path.GetFileName(path), 0, null, $"cannot read the file: {e.Message}")]);
        }
    }

    private static FileResult Rejected(string path, FileKind? kind, IReadOnlyList<InputError> errors) =>
        new(path, kind, FileOutcome.Rejected, 0, errors, null);

    /// <summary>
    /// Folders become the files inside them (recursively); hidden files and delivery markers are not input. Symbolic
    /// links are not followed: a link inside a folder is given as it is (and refused when ingested).
    /// </summary>
    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path) && !DeliveryFiles.IsLink(path))
            {
                foreach (var file in DeliveryFiles.Files(path))
                    yield return file;
            }
            else
            {
                yield return path;
            }
        }
    }
}
