using TrialWarehouse.Domain;
using TrialWarehouse.Statistics;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Api;

/// <summary>The time-to-event endpoints a survival analysis can estimate.</summary>
public enum SurvivalEndpoint
{
    Os,
    Pfs,
}

/// <summary>How a survival analysis splits the cohort.</summary>
public enum SurvivalGroupBy
{
    None,
    TumorType,
    Sex,
    Arm,
    Site,
    Matched,
}

/// <summary>One group's curve and counts, and its events expected under the log-rank null hypothesis.</summary>
public sealed record SurvivalGroup(string Name, KaplanMeier Curve, double? ExpectedEvents);

/// <summary>
/// Kaplan-Meier curves of a cohort by group with the log-rank test between them. The cohort is read a page of
/// patients at a time with their lines and follow-up (three queries per 1,000 patients), and the endpoints are the
/// ones <see cref="Outcomes"/> defines, so a curve agrees with the per-patient fields of the API.
/// </summary>
public sealed record SurvivalAnalysis(
    SurvivalEndpoint Endpoint,
    int? Line,
    SurvivalGroupBy GroupBy,
    ConfidenceTransform Transform,
    IReadOnlyList<SurvivalGroup> Groups,
    LogRank? LogRank,
    long Patients,
    long NotEvaluable)
{
    private const int PageSize = 1000;

    /// <summary>The group of patients without an arm or site.</summary>
    public const string Unknown = "(none)";

    public static async Task<SurvivalAnalysis> ComputeAsync(WarehouseReader reader, PatientFilter filter, SurvivalEndpoint endpoint, int line,
        SurvivalGroupBy groupBy, ConfidenceTransform transform, CancellationToken cancellationToken)
    {
        var observations = new List<(string Group, Observation Observation)>();
        long patients = 0, notEvaluable = 0;
        string? after = null;
        while (true)
        {
            var page = await reader.PatientsAsync(filter, after, PageSize, cancellationToken);
            if (page.Count == 0)
                break;
            after = page[^1].PatientId;
            var keys = page.Select(p => p.PatientKey).ToArray();
            var lines = (await reader.TherapyLinesAsync(keys, cancellationToken)).ToLookup(l => l.PatientKey);
            var events = (await reader.FollowUpAsync(keys, cancellationToken)).ToLookup(e => e.PatientKey);
            foreach (var patient in page)
            {
                patients++;
                var patientLines = lines[patient.PatientKey].Select(l => l.ToDomain(patient.PatientId)).ToList();
                var patientEvents = events[patient.PatientKey].Select(e => e.ToDomain(patient.PatientId)).ToList();
                var (time, matched) = endpoint == SurvivalEndpoint.Os
                    ? (Outcomes.OverallSurvival(patient.DiagnosisDate, patientEvents, patientLines), patientLines.Any(l => l.Matched))
                    : Outcomes.ByLine(patientLines, patientEvents).FirstOrDefault(o => o.Line.LineNumber == line) is { } outcome
                        ? (outcome.Pfs, outcome.Line.Matched)
                        : (null, false);
                if (time is not { } t)
                {
                    notEvaluable++;
                    continue;
                }
                observations.Add((GroupOf(patient, matched, groupBy), new Observation(t.Days, t.Event)));
            }
            if (page.Count < PageSize)
                break;
        }

        var grouped = observations.GroupBy(o => o.Group, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Observations: g.Select(o => o.Observation).ToList())).ToList();
        var logRank = grouped.Count >= 2 ? LogRank.Test(grouped.Select(g => (IReadOnlyCollection<Observation>)g.Observations).ToList()) : null;
        var groups = grouped.Select((g, i) => new SurvivalGroup(g.Name, KaplanMeier.Estimate(g.Observations, transform), logRank?.Expected[i])).ToList();
        return new SurvivalAnalysis(endpoint, endpoint == SurvivalEndpoint.Pfs ? line : null, groupBy, transform, groups, logRank, patients, notEvaluable);
    }

    private static string GroupOf(PatientRow patient, bool matched, SurvivalGroupBy groupBy) => groupBy switch
    {
        SurvivalGroupBy.None => "all",
        SurvivalGroupBy.TumorType => patient.TumorType,
        SurvivalGroupBy.Sex => patient.Sex,
        SurvivalGroupBy.Arm => patient.Arm ?? Unknown,
        SurvivalGroupBy.Site => patient.Site ?? Unknown,
        SurvivalGroupBy.Matched => matched ? "matched" : "not matched",
        _ => throw new ArgumentOutOfRangeException(nameof(groupBy), groupBy, null),
    };

    /// <summary>Days as months (days / 30.4375), the unit survival curves are usually read in.</summary>
    public static double Months(double days) => days / TimeToEvent.DaysPerMonth;
}
