using System.Globalization;

namespace TrialWarehouse.Clinical.Cbioportal;

/// <summary>Cell types of cBioPortal files that our CSV files do not have.</summary>
internal static class CbioportalFields
{
    /// <summary>A hundred years either side of the anchor: more is a unit mistake (months, or a date), not a follow-up.</summary>
    private const int MaxDays = 36525;

    public static Column Days(string name, bool required) =>
        new(name, required, "a number of days", "a whole number of days from the diagnosis (DIAGNOSIS_DATE), e.g. 0, 120 or -14");

    /// <summary>
    /// Days from the patient's anchor (the diagnosis date), as a date. Null when the cell is empty or wrong (reported) or
    /// the patient has no anchor (reported by the caller, once).
    /// </summary>
    public static (int Days, DateOnly Date)? DaysFrom(this Record record, Column column, DateOnly? anchor)
    {
        var days = record.Integer(column, -MaxDays, MaxDays);
        return days is { } d && anchor is { } a ? (d, a.AddDays(d)) : null;
    }

    /// <summary>cBioPortal writes booleans as Yes/No (and True/False); ours are true/false. Case is ignored.</summary>
    public static bool? YesNo(this Record record, Column column)
    {
        var cell = record.Cell(column);
        switch (cell?.ToUpperInvariant())
        {
            case null:
                return null;
            case "YES" or "TRUE":
                return true;
            case "NO" or "FALSE":
                return false;
            default:
                record.Reject(column, $"{ValueText.Quote(cell)} is not {column.Noun}; expected {column.Expected}");
                return null;
        }
    }

    /// <summary>A value of a fixed vocabulary, matched without regard to case, returned as the vocabulary spells it.</summary>
    public static string? OneOfIgnoringCase(this Record record, Column column, IEnumerable<string> values)
    {
        var cell = record.Cell(column);
        if (cell is null)
        {
            return null;
        }

        var match = values.FirstOrDefault(v => string.Equals(v, cell, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            record.Reject(column, $"{ValueText.Quote(cell)} is not {column.Noun}; expected {column.Expected}");
        }

        return match;
    }

    public static string Show(int days, DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{days} ({date:yyyy-MM-dd})");
}
