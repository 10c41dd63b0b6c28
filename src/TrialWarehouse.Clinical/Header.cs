namespace TrialWarehouse.Clinical;

/// <summary>The header row of a clinical file, checked against the columns its kind accepts.</summary>
internal sealed class Header
{
    private const long Line = 1;

    private readonly Dictionary<string, int> indexByName;

    private Header(IReadOnlyList<string> names, Dictionary<string, int> indexByName)
    {
        Names = names;
        this.indexByName = indexByName;
    }

    /// <summary>Column names in file order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The position of the column in each row, or -1 when the file does not have it.</summary>
    public int IndexOf(Column column) => indexByName.GetValueOrDefault(column.Name, -1);

    /// <summary>Reports unknown, repeated and missing columns; returns the header even then, so rows can still be checked.</summary>
    public static Header Check(IReadOnlyList<string> names, IReadOnlyList<Column> accepted, ErrorLog errors)
    {
        var acceptedNames = string.Join(", ", accepted.Select(c => c.Name));
        var indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (!accepted.Any(c => c.Name == name))
            {
                errors.Add(Line, name, name.Length == 0
                    ? $"column {i + 1} of the header has no name; accepted columns are {acceptedNames}"
                    : $"unknown column {ValueText.Quote(name)}; accepted columns are {acceptedNames}");
            }
            else if (!indexByName.TryAdd(name, i))
            {
                errors.Add(Line, name, $"column appears twice in the header (columns {indexByName[name] + 1} and {i + 1}); keep one");
            }
        }

        foreach (var column in accepted.Where(c => c.Required && !indexByName.ContainsKey(c.Name)))
        {
            errors.Add(Line, column.Name, $"required column is missing from the header; required columns are {string.Join(", ", accepted.Where(c => c.Required).Select(c => c.Name))}");
        }

        return new Header(names, indexByName);
    }

    /// <summary>
    /// A header whose other columns are ignored (cBioPortal files carry any number of custom attributes): reports
    /// only repeated and missing required columns.
    /// </summary>
    public static Header Lenient(IReadOnlyList<string> names, long line, IReadOnlyList<Column> used, ErrorLog errors)
    {
        var indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (used.Any(c => c.Name == names[i]) && !indexByName.TryAdd(names[i], i))
            {
                errors.Add(line, names[i], $"column appears twice in the header (columns {indexByName[names[i]] + 1} and {i + 1}); keep one");
            }
        }

        foreach (var column in used.Where(c => c.Required && !indexByName.ContainsKey(c.Name)))
        {
            errors.Add(line, column.Name, $"required column is missing from the header; expected {column.Expected}");
        }

        return new Header(names, indexByName);
    }
}
