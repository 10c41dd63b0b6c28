using System.Text;

namespace TrialWarehouse.Demo;

/// <summary>The four clinical CSV files (RFC 4180, LF line ends, columns in the order of docs/formats.md).</summary>
internal static class ClinicalWriter
{
    public static string Patients(IReadOnlyList<PlannedPatient> cohort)
    {
        var sb = new StringBuilder("patient_id,sex,birth_year,tumor_type,diagnosis_date,site,arm\n");
        foreach (var p in cohort)
        {
            var x = p.Patient;
            Row(sb, x.PatientId, x.Sex, DemoCohort.Int(x.BirthYear), x.TumorType, DemoCohort.Iso(x.DiagnosisDate), x.Site, x.Arm);
        }

        return sb.ToString();
    }

    public static string Samples(IReadOnlyList<PlannedPatient> cohort)
    {
        var sb = new StringBuilder("sample_id,patient_id,collection_date,specimen_site,tumor_cellularity,assay,genome_build,tmb,msi_status\n");
        foreach (var p in cohort)
        {
            if (p.Sample?.Record is { } s)
            {
                Row(sb, s.SampleId, s.PatientId, DemoCohort.Iso(s.CollectionDate), s.SpecimenSite,
                    s.TumorCellularity is { } c ? DemoCohort.Num(c, "0.##") : null, s.Assay, s.GenomeBuild,
                    s.Tmb is { } tmb ? DemoCohort.Num(tmb, "0.0") : null, s.MsiStatus);
            }
        }

        return sb.ToString();
    }

    public static string TherapyLines(IReadOnlyList<PlannedPatient> cohort)
    {
        var sb = new StringBuilder(
            "patient_id,line_number,regimen,drugs,start_date,end_date,reason_stopped,best_response,progression_date,matched,matched_alteration\n");
        foreach (var l in cohort.SelectMany(p => p.Lines))
        {
            Row(sb, l.PatientId, DemoCohort.Int(l.LineNumber), l.Regimen, string.Join(';', l.Drugs), DemoCohort.Iso(l.StartDate),
                l.EndDate is { } e ? DemoCohort.Iso(e) : null, l.ReasonStopped, l.BestResponse,
                l.ProgressionDate is { } d ? DemoCohort.Iso(d) : null, l.Matched ? "true" : "false", l.MatchedAlteration);
        }

        return sb.ToString();
    }

    public static string FollowUp(IReadOnlyList<PlannedPatient> cohort)
    {
        var sb = new StringBuilder("patient_id,event_date,kind,ecog\n");
        foreach (var e in cohort.SelectMany(p => p.Events))
        {
            Row(sb, e.PatientId, DemoCohort.Iso(e.EventDate), e.Kind, e.Ecog is { } g ? DemoCohort.Int(g) : null);
        }

        return sb.ToString();
    }

    private static void Row(StringBuilder sb, params string?[] fields)
    {
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            string f = fields[i] ?? "";
            if (f.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                sb.Append('"').Append(f.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                sb.Append(f);
            }
        }

        sb.Append('\n');
    }
}

/// <summary>The gene-level copy-number table of one sample.</summary>
internal static class CnaWriter
{
    public static string Write(PlannedSample sample, Genomics g)
    {
        var sb = new StringBuilder("sample_id\tgene\tlog2_ratio\tcopy_number\tstate\n");
        foreach (var c in g.CopyNumbers)
        {
            sb.Append(sample.SampleId).Append('\t').Append(c.Gene).Append('\t')
                .Append(DemoCohort.Num(c.Log2Ratio ?? 0, "0.00")).Append('\t')
                .Append(DemoCohort.Num(c.CopyNumber ?? 0, "0")).Append('\t')
                .Append(DemoCohort.Int(c.State)).Append('\n');
        }

        return sb.ToString();
    }
}
