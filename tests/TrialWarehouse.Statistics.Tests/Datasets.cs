namespace TrialWarehouse.Statistics.Tests;

/// <summary>Published textbook data sets, written as times with a trailing + for censored ones.</summary>
internal static class Datasets
{
    /// <summary>R survival's <c>aml</c> (Miller 1981): acute myelogenous leukemia, weeks to relapse, maintenance chemotherapy.</summary>
    public static readonly Observation[] AmlMaintained = Parse("9 13 13+ 18 23 28+ 31 34 45+ 48 161+");

    /// <summary>R survival's <c>aml</c>, the group without maintenance.</summary>
    public static readonly Observation[] AmlNonmaintained = Parse("5 5 8 8 12 16+ 23 27 30 33 43 45");

    /// <summary>Freireich et al. 1963 (Gehan 1965; MASS::gehan; Kleinbaum and Klein): weeks in remission on 6-MP.</summary>
    public static readonly Observation[] Freireich6Mp = Parse("6 6 6 6+ 7 9+ 10 10+ 11+ 13 16 17+ 19+ 20+ 22 23 25+ 32+ 32+ 34+ 35+");

    /// <summary>Freireich et al. 1963, the placebo group (no censoring).</summary>
    public static readonly Observation[] FreireichPlacebo = Parse("1 1 2 2 3 4 4 5 5 8 8 8 8 11 11 12 12 15 17 22 23");

    public static Observation[] Parse(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => new Observation(double.Parse(t.TrimEnd('+'), System.Globalization.CultureInfo.InvariantCulture), !t.EndsWith('+')))
            .ToArray();
}
