using TrialWarehouse.Domain;

namespace TrialWarehouse.Demo;

/// <summary>
/// Draws one patient's clinical course: therapy lines in the metastatic setting with RECIST responses and
/// progression dates, the biopsy, follow-up visits, and death or last contact (censoring at the data cut-off).
/// Every date is after the diagnosis; lines follow one another; death, when it happens, is the last event.
/// </summary>
internal static class Timeline
{
    public static void Build(PlannedPatient p, SplitMix64 rng)
    {
        var cutoff = DemoCohort.DataCutoff;
        var diagnosis = p.Patient.DiagnosisDate;
        var lineOneStart = rng.Chance(0.3) ? diagnosis.AddDays(rng.Next(14, 60)) : diagnosis.AddDays(rng.Next(180, 1500));

        int lineCount = rng.PickWeighted([(1, 0.20), (2, 0.35), (3, 0.28), (4, 0.17)]);
        int matchedLine = 0;
        if (p.Matched is not null)
        {
            lineCount = Math.Max(lineCount, 2);
            matchedLine = rng.Chance(0.6) ? 2 : rng.Next(2, lineCount + 1);
        }

        var regimens = p.Tumor.StandardRegimens.ToList();
        for (int i = regimens.Count - 1; i > 0; i--)
        {
            int j = rng.Next(0, i + 1);
            (regimens[i], regimens[j]) = (regimens[j], regimens[i]);
        }

        var start = lineOneStart;
        int? previousPfs = null;
        bool ongoing = false;
        DateOnly lastEnd = start;
        DateOnly? lastProgression = null;
        var lastCutoffStart = cutoff.AddDays(-30);
        for (int line = 1; line <= lineCount && start <= lastCutoffStart; line++)
        {
            bool matched = line == matchedLine;
            double median = line switch { 1 => 240, 2 => 150, _ => 120 };
            double days = matched && previousPfs is int pfs1
                ? pfs1 * rng.NextLogNormal(1.05, 0.7) // PFS2/PFS1 >= 1.3 in about a third of matched lines
                : rng.NextLogNormal(median, 0.6);
            int pfs = (int)Math.Round(Math.Clamp(days, 28, 1400));
            bool toxicity = !matched && line + 1 != matchedLine && rng.Chance(0.08);
            var (regimen, drugs) = matched ? (p.Matched!.Regimen, p.Matched.Drugs) : regimens[(line - 1) % regimens.Count];
            var progression = start.AddDays(pfs);
            DateOnly? end;
            string? reason;
            DateOnly? progressionDate;
            string? response;
            if (toxicity)
            {
                end = start.AddDays(Math.Max(14, (int)Math.Round(pfs * (0.2 + (0.5 * rng.NextDouble())))));
                reason = "toxicity";
                progressionDate = null;
                response = rng.Chance(0.3) ? "NE" : rng.Chance(0.7) ? "SD" : "PR";
            }
            else
            {
                end = progression;
                reason = "progression";
                progressionDate = progression;
                response = Response(pfs, rng);
            }

            if (end > cutoff)
            {
                // Still on treatment at the cut-off: no end, no progression (censored).
                end = null;
                reason = null;
                progressionDate = null;
                response = pfs > 90 ? Response(pfs, rng) : null;
                ongoing = true;
            }

            p.Lines.Add(new TherapyLine(p.Patient.PatientId, line, regimen, drugs.Split(';'), start, end, reason, response, progressionDate,
                matched, matched ? p.Matched!.Alteration : null));
            previousPfs = toxicity ? null : pfs;
            if (ongoing)
            {
                lastEnd = start;
                break;
            }

            lastEnd = end!.Value;
            lastProgression = progressionDate;
            start = lastEnd.AddDays(rng.Next(10, 46));
        }

        if (!p.Lines.Any(l => l.Matched))
        {
            p.Matched = null; // the cut-off came before the matched line could start
        }

        // Death or censoring.
        DateOnly final;
        bool dead = false;
        if (ongoing)
        {
            final = Max(lastEnd.AddDays(7), cutoff.AddDays(-rng.Next(0, 22)));
        }
        else
        {
            bool dies = rng.Chance(lastProgression is not null ? 0.6 : 0.25);
            var death = lastEnd.AddDays(rng.Next(20, 270));
            if (dies && death <= cutoff)
            {
                final = death;
                dead = true;
            }
            else
            {
                final = Min(cutoff, lastEnd.AddDays(rng.Next(30, 400)));
            }
        }

        // The biopsy of the metastasis: during the first line, before any second line starts.
        if (p.Sample is { } sample)
        {
            var lo = lineOneStart.AddDays(14);
            var hi = p.Lines.Count >= 2 ? p.Lines[1].StartDate.AddDays(-7) : p.Lines[0].EndDate ?? final;
            hi = Min(hi, final);
            var collected = hi <= lo ? Min(lo, final) : lo.AddDays(rng.Next(0, hi.DayNumber - lo.DayNumber + 1));
            p.Sample = new PlannedSample(sample.Record with { CollectionDate = collected }, sample.HasFiles);
        }

        // Follow-up: progressions, visits every two to four months, then death or last contact.
        var events = new List<FollowUpEvent>();
        int progressions = 0;
        foreach (var line in p.Lines)
        {
            if (line.ProgressionDate is { } d)
            {
                events.Add(new FollowUpEvent(p.Patient.PatientId, d, "progression", null));
            }
        }

        int baseline = rng.Chance(0.55) ? 0 : 1;
        for (var visit = lineOneStart.AddDays(rng.Next(30, 90)); visit < final; visit = visit.AddDays(rng.Next(60, 121)))
        {
            progressions = p.Lines.Count(l => l.ProgressionDate is { } d && d <= visit);
            int ecog = Math.Min(4, baseline + (progressions + rng.Next(0, 2)) / 2);
            events.Add(new FollowUpEvent(p.Patient.PatientId, visit, "visit", ecog));
        }

        events.Add(dead
            ? new FollowUpEvent(p.Patient.PatientId, final, "death", null)
            : new FollowUpEvent(p.Patient.PatientId, final, "last_contact", rng.Chance(0.5) ? Math.Min(4, baseline + (progressions / 2)) : null));
        p.Events.AddRange(events.OrderBy(e => e.EventDate).ThenBy(e => KindOrder(e.Kind)));
    }

    private static string Response(int pfsDays, SplitMix64 rng)
    {
        if (rng.Chance(0.03))
        {
            return "NE";
        }

        double u = rng.NextDouble();
        return pfsDays switch
        {
            > 240 => u < 0.08 ? "CR" : u < 0.60 ? "PR" : "SD",
            > 90 => u < 0.20 ? "PR" : u < 0.92 ? "SD" : "PD",
            _ => u < 0.35 ? "SD" : "PD",
        };
    }

    private static int KindOrder(string kind) => kind switch { "visit" => 0, "progression" => 1, "last_contact" => 2, _ => 3 };

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
