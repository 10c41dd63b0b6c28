using System.Globalization;

namespace TrialWarehouse.Clinical;

/// <summary>Typed access to the cells of a row; a cell that does not parse is reported and read as null.</summary>
internal static class RecordFields
{
    public static string? Text(this Record record, Column column) => record.Cell(column);

    public static string? Identifier(this Record record, Column column) =>
        record.Parse(column, cell => IsIdentifier(cell) ? cell : null);

    public static string? OneOf(this Record record, Column column, IReadOnlySet<string> values) =>
        record.Parse(column, cell => values.Contains(cell) ? cell : null);

    /// <summary>An OncoTree-looking code: an upper-case letter, then 1 to 15 upper-case letters, digits or _.</summary>
    public static string? OncoTreeCode(this Record record, Column column) =>
        record.Parse(column, cell => IsOncoTreeCode(cell) ? cell : null);

    public static bool? Boolean(this Record record, Column column) => record.Parse<bool>(column, cell => cell switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    });

    public static DateOnly? Date(this Record record, Column column)
    {
        var cell = record.Cell(column);
        if (cell is null)
        {
            return null;
        }

        if (!LooksLikeIsoDate(cell))
        {
            record.Reject(column, $"{ValueText.Quote(cell)} is not {column.Noun}; expected {column.Expected}");
            return null;
        }

        if (!DateOnly.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            record.Reject(column, $"{ValueText.Quote(cell)} is not a calendar date; expected {column.Expected}");
            return null;
        }

        return date;
    }

    public static int? Integer(this Record record, Column column, int min, int max)
    {
        var cell = record.Cell(column);
        if (cell is null)
        {
            return null;
        }

        if (!int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            record.Reject(column, $"{ValueText.Quote(cell)} is not {column.Noun}; expected {column.Expected}");
            return null;
        }

        if (value < min || value > max)
        {
            record.Reject(column, $"{ValueText.Quote(cell)} is out of range; expected {column.Expected}");
            return null;
        }

        return value;
    }

    public static double? Number(this Record record, Column column, double min, double max)
    {
        var cell = record.Cell(column);
        if (cell is null)
        {
            return null;
        }

        // TryParse accepts "NaN" and "Infinity" whatever the styles.
        if (!double.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value))
        {
            record.Reject(column, $"{ValueText.Quote(cell)} is not {column.Noun}; expected {column.Expected}");
            return null;
        }

        if (value < min || value > max)
        {
            record.Reject(column, $"{ValueText.Quote(cell)} is out of range; expected {column.Expected}");
            return null;
        }

        return value;
    }

    /// <summary>A <c>;</c>-separated list; items are trimmed and none may be empty.</summary>
    public static IReadOnlyList<string>? List(this Record record, Column column)
    {
        var cell = record.Cell(column);
        if (cell is null)
        {
            return null;
        }

        var items = cell.Split(';', StringSplitOptions.TrimEntries);
        if (items.Any(item => item.Length == 0))
        {
            record.Reject(column, $"{ValueText.Quote(cell)} has an empty item; expected {column.Expected}");
            return null;
        }

        return items;
    }

    private static string? Parse(this Record record, Column column, Func<string, string?> parse)
    {
        var cell = record.Cell(column);
        if (cell is null)
        {
            return null;
        }

        var value = parse(cell);
        if (value is null)
        {
            record.Reject(column, $"{ValueText.Quote(cell)} is not {column.Noun}; expected {column.Expected}");
        }

        return value;
    }

    private static T? Parse<T>(this Record record, Column column, Func<string, T?> parse)
        where T : struct
    {
        var cell = record.Cell(column);
        if (cell is null)
        {
            return null;
        }

        var value = parse(cell);
        if (value is null)
        {
            record.Reject(column, $"{ValueText.Quote(cell)} is not {column.Noun}; expected {column.Expected}");
        }

        return value;
    }

    private static bool IsIdentifier(string value) =>
        value.Length is >= 1 and <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-');

    private static bool IsOncoTreeCode(string value) =>
        value.Length is >= 2 and <= 16
        && char.IsAsciiLetterUpper(value[0])
        && value.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_');

    private static bool LooksLikeIsoDate(string value) =>
        value.Length == 10
        && value[4] == '-'
        && value[7] == '-'
        && value.Where((_, i) => i is not (4 or 7)).All(char.IsAsciiDigit);
}
