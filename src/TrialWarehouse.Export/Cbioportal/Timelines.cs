using System.Globalization;
using System.Text;

namespace TrialWarehouse.Export.Cbioportal;

/// <summary>
/// cBioPortal timeline files, dates as days from the patient's diagnosis: TREATMENT (a row per therapy line) and
/// STATUS (follow-up events, and each line's progression).
/// </summary>
internal static class Timelines
{
    public const string TreatmentFile = "data_timeline_treatment.txt";
    public const string StatusFile = "data_timeline_status.txt";

    public static bool WriteTreatment(string directory, Cohort cohort)
    {
        if (cohort.TherapyLines.Count == 0)
            return false;
        var patients = cohort.Patients.ToDictionary(p => p.PatientKey);
        var text = new StringBuilder("PATIENT_ID\tSTART_DATE\tSTOP_DATE\tEVENT_TYPE\tTREATMENT_TYPE\tAGENT\tLINE_NUMBER\tREGIMEN\tBEST_RESPONSE\tMATCHED\tMATCHED_ALTERATION\tREASON_STOPPED\tPROGRESSION_DATE\n");
        foreach (var line in cohort.TherapyLines.OrderBy(l => patients[l.PatientKey].PatientId, StringComparer.Ordinal).ThenBy(l => l.LineNumber))
        {
            var patient = patients[line.PatientKey];
            int origin = patient.DiagnosisDate.DayNumber;
            text.AppendJoin('\t',
                patient.PatientId, Days(line.StartDate, origin), line.EndDate is { } end ? Days(end, origin) : "", "TREATMENT", "Medical Therapy",
                MetaFile.Clean(line.Drugs.Replace(";", "+", StringComparison.Ordinal)), line.LineNumber.ToString(CultureInfo.InvariantCulture),
                MetaFile.Clean(line.Regimen), line.BestResponse ?? "", line.Matched ? "Yes" : "No", MetaFile.Clean(line.MatchedAlteration),
                MetaFile.Clean(line.ReasonStopped), line.ProgressionDate is { } progressed ? Days(progressed, origin) : "").Append('\n');
        }

        File.WriteAllText(Path.Combine(directory, TreatmentFile), text.ToString());
        return true;
    }

    public static bool WriteStatus(string directory, Cohort cohort)
    {
        var patients = cohort.Patients.ToDictionary(p => p.PatientKey);
        var rows = cohort.FollowUp.Select(f => (f.PatientKey, Date: f.EventDate, Status: f.Kind, Ecog: f.Ecog?.ToString(CultureInfo.InvariantCulture) ?? "", Line: ""))
            .Concat(cohort.TherapyLines.Where(l => l.ProgressionDate is not null)
                .Select(l => (l.PatientKey, Date: l.ProgressionDate!.Value, Status: "progression", Ecog: "", Line: l.LineNumber.ToString(CultureInfo.InvariantCulture))))
            .OrderBy(r => patients[r.PatientKey].PatientId, StringComparer.Ordinal).ThenBy(r => r.Date).ThenBy(r => r.Status, StringComparer.Ordinal)
            // A progression recorded both as a follow-up event and as the line's progression date is one event.
            .DistinctBy(r => (r.PatientKey, r.Date, r.Status))
            .ToList();
        if (rows.Count == 0)
            return false;
        var text = new StringBuilder("PATIENT_ID\tSTART_DATE\tSTOP_DATE\tEVENT_TYPE\tSTATUS\tECOG\tLINE_NUMBER\n");
        foreach (var row in rows)
        {
            var patient = patients[row.PatientKey];
            text.AppendJoin('\t', patient.PatientId, Days(row.Date, patient.DiagnosisDate.DayNumber), "", "STATUS", row.Status, row.Ecog, row.Line).Append('\n');
        }

        File.WriteAllText(Path.Combine(directory, StatusFile), text.ToString());
        return true;
    }

    private static string Days(DateOnly date, int origin) => (date.DayNumber - origin).ToString(CultureInfo.InvariantCulture);
}
