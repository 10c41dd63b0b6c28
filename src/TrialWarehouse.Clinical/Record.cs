namespace TrialWarehouse.Clinical;

/// <summary>One data row of a clinical file: its cells by column, and the errors found in it.</summary>
internal sealed class Record(Header header, IReadOnlyList<string> cells, long line, ErrorLog errors)
{
    public long Line { get; } = line;

    /// <summary>True when the row must not become a record: an error was reported, or a required column is absent.</summary>
    public bool IsRejected { get; private set; }

    /// <summary>Whether the file has this column at all (an optional column may be left out of the header).</summary>
    public bool Has(Column column) => header.IndexOf(column) >= 0;

    public void Reject(Column column, string message)
    {
        IsRejected = true;
        errors.Add(Line, column.Name, message);
    }

    /// <summary>The cell's value, or null when it is empty (reported if the column is required) or the column is absent.</summary>
    public string? Cell(Column column)
    {
        var index = header.IndexOf(column);
        if (index < 0)
        {
            // An absent required column was reported once, on the header.
            IsRejected |= column.Required;
            return null;
        }

        var cell = cells[index];
        if (!string.IsNullOrWhiteSpace(cell))
        {
            return cell;
        }

        if (column.Required)
        {
            Reject(column, $"{(cell.Length == 0 ? "is empty" : "is blank")}; expected {column.Expected}");
        }

        return null;
    }
}
