using System.Text;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Demo;

/// <summary>
/// The demo's measurements beyond DNA, drawn after the clinical course (each from a stream of its own, so the other
/// files stay byte-identical): CellSearch CTC counts around the start of therapy lines, IHC scores of breast and
/// urothelial samples, and drug responses of patient-derived models grown from a few samples.
/// </summary>
/// <remarks>
/// The shares follow the literature the issue names: about half of metastatic breast cancer patients start a line with
/// >= 5 CTC/7.5 mL (Cristofanilli et al., N Engl J Med 2004: 49%), and counts fall below 5 more often on lines that
/// respond; HER2 IHC in breast cancer about 0: 35%, 1+: 30%, 2+: 20%, 3+: 15%, where ERBB2-amplified tumors are the 3+
/// (or 2+ with a positive ISH) ones; nectin-4 is expressed by most urothelial carcinomas, at moderate to high H-scores.
/// </remarks>
internal static class Biomarkers
{
    public const double BreastCtcShare = 0.70;
    public const double ModelShare = 0.12;

    private const double Ln10 = 2.302585092994046;

    private static double CtcShare(string tumorType) => tumorType switch
    {
        "BRCA" => BreastCtcShare,
        "PRAD" => 0.40,
        "COADREAD" => 0.30,
        _ => 0.10,
    };

    public static List<CtcCount> CtcDraws(PlannedPatient p, SplitMix64 rng)
    {
        var draws = new List<CtcCount>();
        if (p.Lines.Count == 0 || !rng.Chance(CtcShare(p.Tumor.Code)))
            return draws;
        var lastSeen = p.Events.Max(e => e.EventDate);
        var taken = new HashSet<DateOnly>();
        double highShare = p.Tumor.Code == "BRCA" ? 0.5 : 0.3;
        for (var i = 0; i < p.Lines.Count; i++)
        {
            var line = p.Lines[i];
            if (!rng.Chance(0.85))
                continue;
            var baselineDate = line.StartDate.AddDays(-rng.Next(0, 15));
            bool high = rng.Chance(highShare);
            int baseline = high ? Math.Max(CtcKinetics.Threshold, (int)Math.Round(rng.NextLogNormal(25, 1.0))) : rng.Next(0, CtcKinetics.Threshold);
            Add(baselineDate, baseline, line.LineNumber);

            // The first count on treatment, three to five weeks in, while the line runs.
            var onTreatment = line.StartDate.AddDays(rng.Next(21, 36));
            var next = i + 1 < p.Lines.Count ? p.Lines[i + 1].StartDate : DateOnly.MaxValue;
            if (onTreatment > (line.EndDate ?? DemoCohort.DataCutoff) || onTreatment >= next || onTreatment > lastSeen)
                continue;
            double fallsBelow = line.BestResponse switch { "CR" or "PR" => 0.75, "SD" => 0.45, _ => 0.10 };
            int count = high
                ? rng.Chance(fallsBelow) ? rng.Next(0, CtcKinetics.Threshold) : Math.Max(CtcKinetics.Threshold, (int)Math.Round(baseline * rng.NextLogNormal(0.8, 0.5)))
                : line.BestResponse is "PD" && rng.Chance(0.4) ? rng.Next(CtcKinetics.Threshold, 20) : rng.Next(0, CtcKinetics.Threshold);
            Add(onTreatment, count, line.LineNumber);
        }

        return draws;

        void Add(DateOnly date, int count, int lineNumber)
        {
            if (!taken.Add(date))
                return;
            int atypical = (int)Math.Round(count * 0.3 * rng.NextDouble());
            int? emt = rng.Chance(0.6) ? rng.Next(0, 1 + (count / 4)) : null;
            // Half the senders assign the draw to its line; the others leave it to the dates.
            draws.Add(new CtcCount(p.Patient.PatientId, date, CtcVocabulary.CellSearch, count, atypical, emt, rng.Chance(0.5) ? lineNumber : null));
        }
    }

    public static List<IhcResult> Ihc(PlannedPatient p, SplitMix64 rng)
    {
        var results = new List<IhcResult>();
        if (p.Sample is not { } sample)
            return results;
        var id = sample.SampleId;
        if (p.Tumor.Code == "BRCA")
        {
            bool amplified = p.Genomics?.CopyNumbers.Any(c => c.Gene == "ERBB2" && c.State == CopyNumberStates.Amplification) == true;
            if (amplified)
            {
                results.Add(rng.Chance(0.85)
                    ? new IhcResult(id, "HER2", IhcVocabulary.Intensity, 3, "4B5", null)
                    : new IhcResult(id, "HER2", IhcVocabulary.Intensity, 2, "4B5", "positive"));
            }
            else
            {
                int score = rng.PickWeighted([(0, 0.35), (1, 0.30), (2, 0.20), (3, 0.05)]);
                string? ish = score == 2 ? rng.PickWeighted<string?>([("negative", 0.90), ("equivocal", 0.05), (null, 0.05)]) : null;
                results.Add(new IhcResult(id, "HER2", IhcVocabulary.Intensity, score, "4B5", ish));
            }

            bool erPositive = rng.Chance(0.75);
            results.Add(new IhcResult(id, "ER", IhcVocabulary.PercentPositive, erPositive ? rng.Next(50, 101) : rng.Next(0, 6), "SP1", null));
            results.Add(new IhcResult(id, "PR", IhcVocabulary.PercentPositive, erPositive && rng.Chance(0.7) ? rng.Next(20, 101) : rng.Next(0, 10), "1E2", null));
        }
        else if (p.Tumor.Code == "BLCA")
        {
            int hScore = (int)Math.Round(Math.Clamp(190 + (70 * rng.NextGaussian()), 0, 300));
            results.Add(new IhcResult(id, "NECTIN4", IhcVocabulary.HScore, hScore, "EPR15613-68", null));
        }

        return results;
    }

    public static List<ModelResponse> Models(PlannedPatient p, SplitMix64 rng)
    {
        var responses = new List<ModelResponse>();
        if (p.Sample is not { HasFiles: true } sample || !rng.Chance(ModelShare))
            return responses;
        // The drugs the tumor board would consider: the matched one first, then the standard regimens' first drugs.
        var drugs = (p.Matched is { } m ? [m.Drugs.Split(';')[0]] : Array.Empty<string>())
            .Concat(p.Tumor.StandardRegimens.Select(r => r.Drugs.Split(';')[0]))
            .Distinct(StringComparer.Ordinal).Take(2).ToList();
        bool pdx = rng.Chance(0.6);
        var modelId = (pdx ? "PDX-" : "TO-") + p.Patient.PatientId[2..];
        int passage = pdx ? rng.Next(2, 6) : rng.Next(3, 11);
        foreach (var drug in drugs)
        {
            // Sensitivity 0..1; the matched drug tends to work in the model too.
            double s = Math.Clamp(rng.NextDouble() + (p.Matched is not null && drug == drugs[0] ? 0.25 : 0), 0, 1);
            if (pdx)
            {
                double dose = rng.Pick([5.0, 10, 25, 50]);
                double tgi = Math.Round(-20 + (140 * s), 1);
                string mrecist = tgi >= 110 ? (s > 0.97 ? "mCR" : "mPR") : tgi >= 70 ? "mPR" : tgi >= 30 ? "mSD" : "mPD";
                responses.Add(new ModelResponse(modelId, ModelVocabulary.Pdx, sample.SampleId, passage, drug, dose, "mg/kg/day", ModelVocabulary.TgiPercent, tgi, null, null));
                responses.Add(new ModelResponse(modelId, ModelVocabulary.Pdx, sample.SampleId, passage, drug, dose, "mg/kg/day", ModelVocabulary.Mrecist, null, null, mrecist));
            }
            else
            {
                double ic50 = Math.Round(DetMath.Exp(Ln10 * (-1 + (3 * (1 - s)))), 3);
                double auc = Math.Round(Math.Clamp(0.15 + (0.7 * (1 - s)), 0, 1), 2);
                responses.Add(new ModelResponse(modelId, ModelVocabulary.Tumoroid, sample.SampleId, passage, drug, null, null, ModelVocabulary.Ic50, Math.Max(ic50, 0.001), "uM", null));
                responses.Add(new ModelResponse(modelId, ModelVocabulary.Tumoroid, sample.SampleId, passage, drug, null, null, ModelVocabulary.Auc, auc, null, null));
            }
        }

        return responses;
    }
}

/// <summary>ctc.csv, ihc.csv and model_responses.csv, in the column order of docs/formats.md.</summary>
internal static class BiomarkerWriter
{
    public static string Ctc(IEnumerable<CtcCount> draws)
    {
        var sb = new StringBuilder("patient_id,draw_date,method,ctc_per_7_5ml,atypical_ctc_per_7_5ml,emt_ctc_per_7_5ml,line_number\n");
        foreach (var d in draws)
            sb.AppendJoin(',', d.PatientId, DemoCohort.Iso(d.DrawDate), d.Method, DemoCohort.Int(d.Count), Opt(d.AtypicalCount), Opt(d.EmtCount), Opt(d.LineNumber)).Append('\n');
        return sb.ToString();
    }

    public static string Ihc(IEnumerable<IhcResult> results)
    {
        var sb = new StringBuilder("sample_id,marker,scoring,value,clone,ish_result\n");
        foreach (var r in results)
        {
            var value = r.Scoring == IhcVocabulary.Intensity ? r.ValueText : DemoCohort.Num(r.Value, "0");
            sb.AppendJoin(',', r.SampleId, r.Marker, r.Scoring, value, r.AntibodyClone, r.IshResult ?? "").Append('\n');
        }
        return sb.ToString();
    }

    public static string Models(IEnumerable<ModelResponse> responses)
    {
        var sb = new StringBuilder("model_id,model_kind,sample_id,passage,drug,dose,dose_unit,measure,value,value_unit\n");
        foreach (var r in responses)
        {
            var value = r.ResponseClass ?? DemoCohort.Num(r.Value!.Value, "0.###");
            sb.AppendJoin(',', r.ModelId, r.ModelKind, r.SampleId, Opt(r.Passage), r.Drug, r.Dose is { } d ? DemoCohort.Num(d, "0.###") : "",
                r.DoseUnit ?? "", r.Measure, value, r.ValueUnit ?? "").Append('\n');
        }
        return sb.ToString();
    }

    private static string Opt(int? value) => value is { } v ? DemoCohort.Int(v) : "";
}
