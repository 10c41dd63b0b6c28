namespace TrialWarehouse.Export.Cbioportal;

/// <summary>A cBioPortal meta file: one <c>key: value</c> line per field, in the order given.</summary>
internal static class MetaFile
{
    public static void Write(string path, params (string Key, string Value)[] fields) =>
        File.WriteAllText(path, string.Concat(fields.Select(f => $"{f.Key}: {Clean(f.Value)}\n")));

    /// <summary>A value on one line and without tabs: cBioPortal files are line- and tab-separated.</summary>
    public static string Clean(string? value) => (value ?? "").ReplaceLineEndings(" ").Replace('\t', ' ').Trim();
}
