using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical.Cbioportal;

/// <summary>
/// Reads one cBioPortal tab-separated file (clinical or timeline) through a record mapper, validating all of it before
/// returning anything. cBioPortal files are not quoted: a tab or a line break ends a cell, quotes are text. <c>NA</c>
/// is cBioPortal's missing value and reads as an empty cell. Columns the mapper does not use are ignored.
/// </summary>
internal static class CbioportalTable
{
    /// <summary>The clinical files' four '#' lines: display names, descriptions, datatypes, priorities.</summary>
    public const int ClinicalHeaderLines = 4;

    public static IReadOnlyList<T> Read<T>(string path, RecordMapper<T> mapper, int hashLines, InputLimits? limits)
        where T : class
    {
        var errors = new ErrorLog(Path.GetFileName(path));
        var text = Utf8Text.Decode(InputLineReader.ReadAllBytes(path, limits), errors) ?? throw errors.ToException();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var count = lines.Length > 0 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;

        for (var i = 0; i < hashLines; i++)
        {
            if (i >= count || !lines[i].StartsWith('#'))
            {
                errors.Add(i + 1, null, $"line {i + 1} does not start with '#'; a cBioPortal clinical file begins with {hashLines} '#' lines (display names, descriptions, datatypes, priorities), then the attribute names");
                throw errors.ToException();
            }
        }

        if (count <= hashLines || lines[hashLines].Length == 0)
        {
            errors.Add(hashLines + 1, null, $"the header row is missing; expected the column names, such as {string.Join("\t", mapper.Columns.Where(c => c.Required).Select(c => c.Name))}");
            throw errors.ToException();
        }

        var names = lines[hashLines].Split('\t');
        var header = Header.Lenient(names, hashLines + 1, mapper.Columns, errors);
        if (!errors.IsEmpty)
        {
            throw errors.ToException();
        }

        var records = new List<T>();
        for (var i = hashLines + 1; i < count && !errors.IsFull; i++)
        {
            long line = i + 1;
            var cells = lines[i].Split('\t');
            if (cells.Length != names.Length)
            {
                errors.Add(line, null, lines[i].Length == 0
                    ? "the line is empty; remove it"
                    : $"the row has {cells.Length} tab-separated cells; expected {names.Length} as in the header");
                continue;
            }

            for (var c = 0; c < cells.Length; c++)
            {
                if (cells[c] == "NA")
                {
                    cells[c] = "";
                }
            }

            if (mapper.Map(new Record(header, cells, line, errors)) is { } record)
            {
                records.Add(record);
                mapper.Lines.Add(line);
            }
        }

        mapper.Finish(errors);
        return errors.IsEmpty ? records : throw errors.ToException();
    }

    /// <summary>The distinct values of one column (for telling timeline files apart); empty when the file has no such column.</summary>
    public static IReadOnlySet<string> Values(string path, string column, InputLimits? limits)
    {
        using var lines = InputLineReader.ReadLines(path, limits).GetEnumerator();
        if (!lines.MoveNext())
        {
            return new HashSet<string>();
        }

        var index = Array.IndexOf(lines.Current.TrimStart('\uFEFF').Split('\t'), column);
        var values = new HashSet<string>(StringComparer.Ordinal);
        while (index >= 0 && lines.MoveNext())
        {
            var cells = lines.Current.Split('\t');
            if (index < cells.Length && cells[index].Length > 0)
            {
                values.Add(cells[index]);
            }
        }

        return values;
    }
}
