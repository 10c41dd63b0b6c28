using TrialWarehouse.Domain;

namespace TrialWarehouse.Reports;

/// <summary>The PFS2/PFS1 (Von Hoff) ratio of a matched line against the line before it.</summary>
internal sealed record PfsRatio(double Value, bool CurrentCensored, bool PreviousCensored)
{
    public bool Benefit => Value >= TherapyOutcomes.BenefitThreshold;
}

internal static class TherapyOutcomes
{
    public const double BenefitThreshold = Outcomes.PfsRatioThreshold;

    private const double DaysPerMonth = 365.25 / 12;

    public static double Months(int days) => days / DaysPerMonth;

    /// <summary>Ratios keyed by line number, for matched lines whose preceding line (by number) has a positive PFS.</summary>
    public static IReadOnlyDictionary<int, PfsRatio> Ratios(IReadOnlyList<ReportTherapyLine> lines)
    {
        var ordered = lines.OrderBy(l => l.LineNumber).ToList();
        var ratios = new Dictionary<int, PfsRatio>();
        for (var i = 1; i < ordered.Count; i++)
        {
            var (current, previous) = (ordered[i], ordered[i - 1]);
            if (current.Matched && Outcomes.PfsRatio(Pfs(current), Pfs(previous)) is { } ratio)
            {
                ratios[current.LineNumber] = new PfsRatio(ratio, current.PfsCensored, previous.PfsCensored);
            }
        }

        return ratios;
    }

    private static TimeToEvent? Pfs(ReportTherapyLine line) => line.PfsDays is { } days ? new TimeToEvent(days, !line.PfsCensored) : null;
}
