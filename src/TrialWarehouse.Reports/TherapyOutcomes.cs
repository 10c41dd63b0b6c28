namespace TrialWarehouse.Reports;

/// <summary>The PFS2/PFS1 (Von Hoff) ratio of a matched line against the line before it.</summary>
internal sealed record PfsRatio(double Value, bool CurrentCensored, bool PreviousCensored)
{
    public bool Benefit => Value >= TherapyOutcomes.BenefitThreshold;
}

internal static class TherapyOutcomes
{
    public const double BenefitThreshold = 1.3;

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
            if (current.Matched && current.PfsDays is { } pfs2 && previous.PfsDays is { } pfs1 && pfs1 > 0)
            {
                ratios[current.LineNumber] = new PfsRatio((double)pfs2 / pfs1, current.PfsCensored, previous.PfsCensored);
            }
        }

        return ratios;
    }
}
