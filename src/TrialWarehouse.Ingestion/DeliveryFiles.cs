using TrialWarehouse.Domain;

namespace TrialWarehouse.Ingestion;

/// <summary>
/// How the files of a delivery are found without following symbolic links. .NET's recursive enumeration follows a
/// link to a folder (and loops on a link to a parent), and opening a link reads its target: a delivery could make the
/// warehouse load, and the settling move, files from anywhere on the machine. So a link is never read nor walked into:
/// it is refused as a file of its own, and settling moves the link, never its target.
/// </summary>
internal static class DeliveryFiles
{
    /// <summary>True for a symbolic link (to a file or a folder, or dangling); its target is not looked at.</summary>
    public static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    /// <summary>True when something is at the path, a link included (File.Exists follows a link and says false for a link to a folder).</summary>
    public static bool Exists(string path) => File.Exists(path) || Directory.Exists(path) || IsLink(path);

    public static InputError LinkError(string path)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
        return new InputError(name, 0, null, $"{name} is a symbolic link; links are not read, deliver the {(Directory.Exists(path) ? "folder" : "file")} itself");
    }

    /// <summary>
    /// The files under a folder, recursively, and the links in it (each as one entry, not followed). Hidden files and
    /// links (names starting with '.') are left out, as are the .error.txt reports of an earlier settling.
    /// </summary>
    public static IEnumerable<string> Files(string folder)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            var entries = new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            foreach (var entry in entries)
            {
                bool link = entry.LinkTarget is not null;
                if (entry is DirectoryInfo && !link)
                    continue;
                if (!entry.Name.StartsWith('.') && !entry.Name.EndsWith(".error.txt", StringComparison.Ordinal))
                    yield return entry.FullName;
            }

            foreach (var entry in entries.Where(e => e is DirectoryInfo && e.LinkTarget is null).Reverse())
                pending.Push(entry.FullName);
        }
    }

    /// <summary>The folder and the folders under it, recursively, links to folders left out.</summary>
    public static IEnumerable<string> Folders(string folder)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            yield return directory;
            foreach (var entry in new DirectoryInfo(directory).EnumerateDirectories().Where(d => d.LinkTarget is null)
                         .OrderByDescending(d => d.Name, StringComparer.Ordinal))
                pending.Push(entry.FullName);
        }
    }

    /// <summary>True when <paramref name="path"/> is strictly inside <paramref name="folder"/> (both made full, no link resolved).</summary>
    public static bool IsUnder(string path, string folder) =>
        Path.GetFullPath(path).StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
