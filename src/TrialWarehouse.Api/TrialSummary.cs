using TrialWarehouse.Domain;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Api;

/// <summary>The trial's headline numbers for a cohort, as PERMED-01 reports them (proportions of the enrolled).</summary>
public sealed record TrialSummary(
    string? KbVersion,
    Proportion CompleteProfile,
    Proportion Actionable,
    Proportion MatchedTherapy,
    Proportion PfsRatioBenefit,
    long Enrolled)
{
    public static async Task<TrialSummary> ComputeAsync(WarehouseReader reader, PatientFilter filter, string? kbVersion, CancellationToken cancellationToken)
    {
        var kb = await reader.KnowledgeBaseAsync(kbVersion, cancellationToken);
        var counts = await reader.CohortCountsAsync(filter, kb?.KbVersionKey, cancellationToken);

        // PFS2/PFS1 needs each matched patient's lines and follow-up: a ratio for every matched line that has a line before it.
        var matched = await reader.MatchedPatientKeysAsync(filter, cancellationToken);
        long evaluable = 0, benefit = 0;
        foreach (var chunk in matched.Chunk(500))
        {
            var lines = (await reader.TherapyLinesAsync(chunk, cancellationToken)).ToLookup(l => l.PatientKey);
            var events = (await reader.FollowUpAsync(chunk, cancellationToken)).ToLookup(e => e.PatientKey);
            foreach (var key in chunk)
            {
                var ratios = PfsRatios(lines[key].OrderBy(l => l.LineNumber).ToList(), events[key].Select(e => e.ToDomain("")).ToList());
                if (ratios.Count == 0)
                    continue;
                evaluable++;
                if (ratios.Any(r => r >= Outcomes.PfsRatioThreshold))
                    benefit++;
            }
        }
        return new TrialSummary(kb?.Version,
            new Proportion(counts.CompleteProfile, counts.Enrolled),
            new Proportion(counts.Actionable, counts.Enrolled),
            new Proportion(counts.MatchedTherapy, counts.Enrolled),
            new Proportion(benefit, evaluable),
            counts.Enrolled);
    }

    private static List<double> PfsRatios(List<TherapyLineRow> lines, List<FollowUpEvent> events) =>
        Outcomes.ByLine(lines.Select(l => l.ToDomain("")), events).Select(o => o.PfsRatio).OfType<double>().ToList();
}
