namespace TrialWarehouse.Ingestion;

/// <summary>
/// The inbox protocol: a delivery is a folder under the inbox that holds a <c>.done</c> marker, written by the
/// sender after the last file. Files still being copied are never read. After ingestion, loaded and unchanged files
/// go to the archive, rejected ones to the quarantine with an <c>.error.txt</c> report next to each.
/// </summary>
public sealed class Inbox(InboxOptions options)
{
    public const string DoneMarker = ".done";

    public string InboxPath => Path.GetFullPath(options.Inbox);

    /// <summary>Complete deliveries waiting in the inbox, oldest first.</summary>
    public IReadOnlyList<string> PendingDeliveries()
    {
        if (!Directory.Exists(InboxPath))
            return [];
        return Directory.GetDirectories(InboxPath)
            .Where(d => File.Exists(Path.Combine(d, DoneMarker)))
            .OrderBy(Directory.GetLastWriteTimeUtc)
            .ThenBy(d => d, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Writes files as one delivery: into a hidden folder first, then renamed and marked done.</summary>
    public string Deliver(string name, Action<string> writeFiles)
    {
        Directory.CreateDirectory(InboxPath);
        var staging = Path.Combine(InboxPath, "." + name);
        var final = Path.Combine(InboxPath, name);
        writeFiles(staging);
        Directory.Move(staging, final);
        File.WriteAllText(Path.Combine(final, DoneMarker), "");
        return final;
    }

    /// <summary>Moves an ingested delivery out of the inbox, so a re-run of the job finds nothing left to do.</summary>
    public void Settle(string delivery, IngestReport report)
    {
        var name = Path.GetFileName(delivery);
        foreach (var file in report.Files)
        {
            if (!File.Exists(file.Path))
                continue;
            var relative = Path.GetRelativePath(delivery, file.Path);
            if (file.Outcome == FileOutcome.Rejected)
            {
                var target = MoveInto(Path.GetFullPath(options.Quarantine), name, relative, file.Path);
                File.WriteAllLines(target + ".error.txt",
                    [$"{Path.GetFileName(file.Path)} was rejected; nothing of it was loaded. Fix and deliver it again.", "", .. file.Errors.Select(e => e.ToString())]);
            }
            else
            {
                MoveInto(Path.GetFullPath(options.Archive), name, relative, file.Path);
            }
        }
        // What is left is not data but describes it (a cBioPortal study's meta files and case lists): archived with it.
        if (Directory.Exists(delivery))
        {
            foreach (var file in Directory.EnumerateFiles(delivery, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.')).ToList())
                MoveInto(Path.GetFullPath(options.Archive), name, Path.GetRelativePath(delivery, file), file);
        }

        // A second delivery of the same job (Hangfire runs a job at least once) may have settled it meanwhile.
        if (Directory.Exists(delivery))
            Directory.Delete(delivery, recursive: true);
    }

    private static string MoveInto(string root, string delivery, string relative, string source)
    {
        var target = Path.Combine(root, delivery, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(source, target, overwrite: true);
        return target;
    }
}
