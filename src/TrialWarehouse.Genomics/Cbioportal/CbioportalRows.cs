using TrialWarehouse.Domain;

namespace TrialWarehouse.Genomics.Cbioportal;

/// <summary>The rows of a cBioPortal data file: tab-separated, one line each, as many cells as the header has.</summary>
internal static class CbioportalRows
{
    /// <summary>The lines of the file, within the input limits (line breaks \n, \r\n or \r are removed).</summary>
    public static List<string> Read(string path, InputLimits? limits) => InputLineReader.ReadLines(path, limits).ToList();

    /// <summary>
    /// The cells of <c>lines[index]</c>, or null, with the error added, when the row has not the header's number of
    /// cells (an empty line included).
    /// </summary>
    public static string[]? Cells(string file, IReadOnlyList<string> lines, int index, int width, List<InputError> errors)
    {
        var cells = lines[index].Split('\t');
        if (cells.Length == width)
            return cells;
        errors.Add(new InputError(file, index + 1, null, lines[index].Length == 0 ? "the line is empty; remove it"
            : $"the row has {cells.Length} tab-separated cells; expected {width} as in the header"));
        return null;
    }
}
