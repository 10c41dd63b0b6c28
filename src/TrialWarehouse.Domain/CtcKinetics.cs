namespace TrialWarehouse.Domain;

/// <summary>
/// The CTC counts around the start of one therapy line: the baseline draw and the first draw on treatment, both by
/// CellSearch (null when there is none).
/// </summary>
public sealed record CtcLineKinetics(int LineNumber, CtcCount? Baseline, CtcCount? FirstOnTreatment)
{
    /// <summary>Baseline at or above the threshold: the unfavourable prognostic group of Cristofanilli et al.</summary>
    public bool? BaselineHigh => Baseline is null ? null : Baseline.Count >= CtcKinetics.Threshold;

    /// <summary>
    /// True when the count fell from &gt;= 5 at baseline to &lt; 5 on treatment; false when both draws exist and it did
    /// not; null when either draw is missing.
    /// </summary>
    public bool? Conversion => Baseline is null || FirstOnTreatment is null
        ? null
        : Baseline.Count >= CtcKinetics.Threshold && FirstOnTreatment.Count < CtcKinetics.Threshold;
}

/// <summary>
/// CTC kinetics per therapy line, as docs/endpoints.md defines them. Only CellSearch counts are used: the threshold of
/// 5 CTC per 7.5 mL is CellSearch's (Cristofanilli et al., N Engl J Med 2004), and counts of other methods are not on
/// its scale. The warehouse applies the same rule in SQL (the patient filter); a test holds the two together.
/// </summary>
public static class CtcKinetics
{
    public const int Threshold = 5;

    /// <summary>A draw is a line's baseline when taken on the start day or at most this many days before it.</summary>
    public const int BaselineWindowDays = 30;

    /// <summary>The last line start a draw can be the baseline of (stored with each draw, so SQL compares dates only).</summary>
    public static DateOnly BaselineUntil(DateOnly drawDate) => drawDate.AddDays(BaselineWindowDays);

    /// <summary>
    /// The draw's line: the one the sender gave; else the line it was drawn on treatment with (after the start, on or
    /// before the end, before the next line's start); else the line it is the baseline of; else null.
    /// </summary>
    public static int? LineOf(CtcCount draw, IReadOnlyList<TherapyLine> lines)
    {
        ArgumentNullException.ThrowIfNull(draw);
        ArgumentNullException.ThrowIfNull(lines);
        if (draw.LineNumber is { } given)
            return given;
        var ordered = lines.OrderBy(l => l.LineNumber).ToList();
        return ordered.FirstOrDefault(l => IsOnTreatment(draw, l, ordered))?.LineNumber
               ?? ordered.FirstOrDefault(l => IsBaseline(draw, l))?.LineNumber;
    }

    /// <summary>The kinetics of every line, in line order (lines without draws included).</summary>
    public static IReadOnlyList<CtcLineKinetics> PerLine(IReadOnlyList<TherapyLine> lines, IReadOnlyList<CtcCount> draws)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(draws);
        var ordered = lines.OrderBy(l => l.LineNumber).ToList();
        var cellSearch = draws.Where(d => d.Method == CtcVocabulary.CellSearch).OrderBy(d => d.DrawDate).ToList();
        return ordered.Select(line => new CtcLineKinetics(line.LineNumber,
                cellSearch.LastOrDefault(d => IsBaseline(d, line)),
                cellSearch.FirstOrDefault(d => IsOnTreatment(d, line, ordered))))
            .ToList();
    }

    // A draw the sender assigned to a line counts for that line only, whatever its date's distance to the start.
    private static bool IsBaseline(CtcCount draw, TherapyLine line) =>
        draw.DrawDate <= line.StartDate
        && (draw.LineNumber is { } given ? given == line.LineNumber : BaselineUntil(draw.DrawDate) >= line.StartDate);

    private static bool IsOnTreatment(CtcCount draw, TherapyLine line, IReadOnlyList<TherapyLine> lines) =>
        draw.DrawDate > line.StartDate
        && (draw.LineNumber is { } given
            ? given == line.LineNumber
            : (line.EndDate is null || draw.DrawDate <= line.EndDate)
              && !lines.Any(next => next.LineNumber > line.LineNumber && next.StartDate <= draw.DrawDate));
}
