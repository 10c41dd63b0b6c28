using TrialWarehouse.Domain;

namespace TrialWarehouse.Demo;

internal sealed class PlannedSample(Sample record, bool hasFiles)
{
    public Sample Record { get; } = record;

    public bool HasFiles { get; } = hasFiles;

    public string SampleId => Record.SampleId;
}

/// <summary>One VCF record: one or two ALT alleles with tumor and normal read counts and one CSQ entry per allele.</summary>
internal sealed record PlannedVariant(
    string Chrom,
    long Position,
    string Ref,
    IReadOnlyList<string> Alts,
    string Filter,
    int TumorDepth,
    IReadOnlyList<int> TumorAltCounts,
    int NormalDepth,
    int NormalAltCount,
    IReadOnlyList<string> Csq,
    Hotspot? Hotspot);

internal sealed class Genomics
{
    public required double Purity { get; init; }

    public List<PlannedVariant> Variants { get; } = [];

    public List<CopyNumberCall> CopyNumbers { get; } = [];

    public List<MatchedOption> Actionable { get; } = [];

    /// <summary>Tumor mutational burden, mutations per megabase.</summary>
    public double Tmb { get; set; }

    public string MsiStatus { get; set; } = "MSS";

    public List<Fusion> Fusions { get; } = [];
}

internal sealed class PlannedPatient
{
    public required Patient Patient { get; init; }

    public required TumorType Tumor { get; init; }

    public required int Index { get; init; }

    public required int Seed { get; init; }

    public PlannedSample? Sample { get; set; }

    public Genomics? Genomics { get; set; }

    public MatchedOption? Matched { get; set; }

    public List<TherapyLine> Lines { get; } = [];

    public List<FollowUpEvent> Events { get; } = [];
}

internal static class CohortPlanner
{
    private static readonly DateOnly DiagnosisFrom = new(2011, 1, 1);
    private static readonly DateOnly DiagnosisTo = new(2019, 12, 31);

    public static List<PlannedPatient> Plan(int count, int seed)
    {
        var cohort = new List<PlannedPatient>(count);
        for (int i = 1; i <= count; i++)
        {
            cohort.Add(PlanPatient(i, seed));
        }

        // The tumor board: a fixed share of the whole cohort, drawn among patients with a complete profile and at
        // least one actionable alteration, receives a matched line.
        var eligible = cohort.Where(p => p.Sample is { HasFiles: true } && p.Genomics is { Actionable.Count: > 0 }).ToList();
        var rng = SplitMix64.ForStream(seed, "tumor-board", 0);
        for (int i = eligible.Count - 1; i > 0; i--)
        {
            int j = rng.Next(0, i + 1);
            (eligible[i], eligible[j]) = (eligible[j], eligible[i]);
        }

        int target = (int)Math.Round(count * DemoCohort.MatchedFraction, MidpointRounding.AwayFromZero);
        foreach (var p in eligible.Take(target))
        {
            p.Matched = p.Genomics!.Actionable.OrderBy(a => a.Priority).ThenBy(a => a.Alteration, StringComparer.Ordinal).First();
        }

        foreach (var p in cohort)
        {
            Timeline.Build(p, SplitMix64.ForStream(seed, "clinical", p.Index));
        }

        return cohort;
    }

    private static PlannedPatient PlanPatient(int index, int seed)
    {
        var rng = SplitMix64.ForStream(seed, "patient", index);
        var tumor = rng.PickWeighted(TumorTypes.All.Select(t => (t, t.Weight)).ToList());
        string sex = rng.Chance(tumor.FemaleFraction) ? "F" : "M";
        var diagnosis = DiagnosisFrom.AddDays(rng.Next(0, DiagnosisTo.DayNumber - DiagnosisFrom.DayNumber + 1));
        int age = (int)Math.Round(Math.Clamp(58 + (11 * rng.NextGaussian()), 24, 86));
        string id = $"PT{index:D4}";
        var patient = new Patient(id, sex, diagnosis.Year - age, tumor.Code, diagnosis, "Marseille", "profiling");
        var planned = new PlannedPatient { Patient = patient, Tumor = tumor, Index = index, Seed = seed };

        // Profile: about 80% complete (sample with VCF and CNA), the rest no biopsy or a sample that failed sequencing.
        double u = rng.NextDouble();
        if (u < DemoCohort.CompleteProfileFraction)
        {
            int cellularity = 5 * rng.Next(6, 19); // 30..90 %
            planned.Sample = new PlannedSample(NewSample(id, rng.Pick(tumor.SpecimenSites), cellularity), hasFiles: true);
            planned.Genomics = GenomicsPlanner.Plan(planned, cellularity / 100.0, SplitMix64.ForStream(seed, "genomics", index));
            planned.Sample = new PlannedSample(planned.Sample.Record with { Tmb = planned.Genomics.Tmb, MsiStatus = planned.Genomics.MsiStatus }, hasFiles: true);
        }
        else if (u < DemoCohort.CompleteProfileFraction + 0.10)
        {
            int cellularity = 5 * rng.Next(1, 4); // 5..15 %: failed quality control, no calls
            planned.Sample = new PlannedSample(NewSample(id, rng.Pick(tumor.SpecimenSites), cellularity), hasFiles: false);
        }

        return planned;
    }

    // The collection date is set by the timeline, once the therapy lines are known.
    private static Sample NewSample(string patientId, string site, int cellularity) =>
        new($"{patientId}-T1", patientId, DateOnly.MinValue, site, cellularity, "NGS-802", "GRCh38");
}
