using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Reports;

/// <summary>
/// Renders reports into a folder, one file per patient with a stable name (<c>PATIENT.pdf</c>), each replaced
/// atomically so that a reader never sees half a PDF.
/// </summary>
public sealed class ReportFolder(WarehouseReader reader, ReportSettings settings, string folder)
{
    public string Path { get; } = System.IO.Path.GetFullPath(folder);

    /// <returns>The files written (patients unknown to the warehouse are skipped).</returns>
    public async Task<IReadOnlyList<string>> RenderAsync(IEnumerable<string> patientIds, DateOnly reportDate, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path);
        var written = new List<string>();
        foreach (var id in patientIds.Distinct(StringComparer.Ordinal))
        {
            var report = await ReportData.LoadAsync(reader, id, settings, reportDate, cancellationToken);
            if (report is null)
                continue;
            var target = System.IO.Path.Combine(Path, id + ".pdf");
            var temporary = target + ".partial";
            await File.WriteAllBytesAsync(temporary, ReportRenderer.Render(report), cancellationToken);
            File.Move(temporary, target, overwrite: true);
            written.Add(target);
        }
        return written;
    }
}
