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

    /// <summary>
    /// Complete deliveries waiting in the inbox, oldest first. A link to a folder is among them whatever it points to:
    /// it is not read, only refused and moved to the quarantine.
    /// </summary>
    public IReadOnlyList<string> PendingDeliveries()
    {
        if (!Directory.Exists(InboxPath))
            return [];
        return Directory.GetDirectories(InboxPath)
            .Where(d => DeliveryFiles.IsLink(d) || File.Exists(Path.Combine(d, DoneMarker)))
            .OrderBy(Directory.GetLastWriteTimeUtc)
            .ThenBy(d => d, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Writes files as one delivery: into a hidden folder first, then renamed and marked done.</summary>
    /// <param name="name">The delivery's folder name: one plain name (no separator, no '..', no control character).</param>
    public string Deliver(string name, Action<string> writeFiles)
    {
        ArgumentNullException.ThrowIfNull(writeFiles);
        if (string.IsNullOrEmpty(name) || name is "." or ".." || name.IndexOfAny(['/', '\\']) >= 0 || name.Any(char.IsControl)
            || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            throw new ArgumentException($"'{name}' is not a delivery name: expected one folder name, without separators, '..' or control characters", nameof(name));
        Directory.CreateDirectory(InboxPath);
        var staging = Path.Combine(InboxPath, "." + name);
        var final = Path.Combine(InboxPath, name);
        writeFiles(staging);
        Directory.Move(staging, final);
        File.WriteAllText(Path.Combine(final, DoneMarker), "");
        return final;
    }

    /// <summary>
    /// Moves an ingested delivery out of the inbox, so a re-run of the job finds nothing left to do. A symbolic link
    /// is moved itself, never its target. Every move is checked before any is made: a file outside the delivery, or
    /// a target outside the archive or quarantine folder of the delivery, refuses the whole settling.
    /// </summary>
    /// <exception cref="InvalidOperationException">A move would leave the delivery's folder or its archive/quarantine folder; nothing was moved.</exception>
    public void Settle(string delivery, IngestReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var source = Path.TrimEndingDirectorySeparator(Path.GetFullPath(delivery));
        var name = Path.GetFileName(source);
        var quarantine = Path.GetFullPath(options.Quarantine);
        var archive = Path.GetFullPath(options.Archive);

        // A delivery that is itself a link: the link goes to the quarantine, with the report of why.
        if (DeliveryFiles.IsLink(source))
        {
            var rejected = report.Files.Where(f => f.Outcome == FileOutcome.Rejected).SelectMany(f => f.Errors).DefaultIfEmpty(DeliveryFiles.LinkError(source));
            var link = Target(quarantine, name, name, source);
            Move(source, link);
            WriteReport(link, name, rejected);
            return;
        }

        var moves = new List<(string Source, string Target, FileResult? Rejected)>();
        foreach (var file in report.Files)
        {
            if (!DeliveryFiles.Exists(file.Path))
                continue;
            var full = Path.GetFullPath(file.Path);
            var relative = Path.GetRelativePath(source, full);
            moves.Add(file.Outcome == FileOutcome.Rejected
                ? (full, Target(quarantine, name, relative, full), file)
                : (full, Target(archive, name, relative, full), null));
        }

        foreach (var (from, to, rejected) in moves)
        {
            Move(from, to);
            if (rejected is not null)
                WriteReport(to, Path.GetFileName(from), rejected.Errors);
        }

        // What is left is not data but describes it (a cBioPortal study's meta files and case lists): archived with it.
        if (Directory.Exists(source))
        {
            foreach (var file in DeliveryFiles.Files(source).ToList())
                Move(file, Target(archive, name, Path.GetRelativePath(source, file), file));
        }

        // A second delivery of the same job (Hangfire runs a job at least once) may have settled it meanwhile.
        // Deleting a folder removes the links in it, not what they point to.
        if (Directory.Exists(source))
            Directory.Delete(source, recursive: true);
    }

    /// <summary>Where a file of the delivery goes: under root/delivery, or refused when the path would leave it.</summary>
    private static string Target(string root, string delivery, string relative, string source)
    {
        var folder = Path.GetFullPath(Path.Combine(root, delivery));
        var target = Path.GetFullPath(Path.Combine(folder, relative));
        if (!DeliveryFiles.IsUnder(folder, root) || !DeliveryFiles.IsUnder(target, folder))
            throw new InvalidOperationException(
                $"refusing to settle {source} to {target}: it would leave {Path.Combine(root, delivery)} (the delivery's name or the file's path goes outside it); nothing was moved");
        return target;
    }

    private static void Move(string source, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (Directory.Exists(source) && DeliveryFiles.IsLink(source))
        {
            // A link to a folder: File.Move does not take it, Directory.Move renames the link itself.
            if (DeliveryFiles.IsLink(target))
                File.Delete(target);
            Directory.Move(source, target);
        }
        else
        {
            File.Move(source, target, overwrite: true);
        }
    }

    private static void WriteReport(string target, string name, IEnumerable<Domain.InputError> errors) =>
        File.WriteAllLines(target + ".error.txt",
            [$"{name} was rejected; nothing of it was loaded. Fix and deliver it again.", "", .. errors.Select(e => e.ToString())]);
}
