using System.Globalization;

namespace TrialWarehouse.Reports;

/// <summary>How values read in the report: ISO dates, invariant numbers, an en dash for missing values.</summary>
internal static class ReportFormat
{
    public const string Missing = "–";

    // Keeps a number and its unit on one line when text wraps.
    public const string NoBreakSpace = "\u00A0";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : Missing;

    public static string Percent(double? fraction) =>
        fraction is { } f ? (f * 100).ToString("0.0", CultureInfo.InvariantCulture) + NoBreakSpace + "%" : Missing;

    public static string Number(double? value, string format) =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : Missing;

    public static string Integer(int? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : Missing;

    public static string Text(string? value) => string.IsNullOrWhiteSpace(value) ? Missing : value;
}
