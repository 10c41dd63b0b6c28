using System.Globalization;
using TrialWarehouse.Clinical;
using TrialWarehouse.Domain;
using Xunit.Abstractions;

namespace TrialWarehouse.Demo.Tests;

/// <summary>
/// The demo's CTC counts, IHC scores and model responses, read back with the product's readers (so they are valid input)
/// on a PERMED-01-sized cohort: the shares the generator aims at, and the CTC kinetics computed by the product's rule.
/// </summary>
public sealed class BiomarkerShareTests(ITestOutputHelper output) : IDisposable
{
    private readonly CohortFiles files = CohortFiles.Generate(550, seed: 1, "biomarkers");

    public void Dispose() => Directory.Delete(files.Directory, recursive: true);

    private string PathOf(string name) => Path.Combine(files.Directory, name);

    [Fact]
    public void Breast_cancer_HER2_scores_follow_the_0_1_2_3_distribution_and_the_amplified_tumors_are_HER2_positive()
    {
        var ihc = ClinicalFiles.ReadIhcResults(PathOf("ihc.csv"));
        var breast = files.Samples.Where(s => TumorTypeOf(s["patient_id"]) == "BRCA").Select(s => s["sample_id"]).ToHashSet();
        var her2 = ihc.Where(r => r.Marker == "HER2").ToList();
        var amplified = files.Samples.Where(s => breast.Contains(s["sample_id"]) && File.Exists(PathOf(s["sample_id"] + ".cna.tsv")))
            .Where(s => files.Text(s["sample_id"] + ".cna.tsv").Split('\n').Any(l => l.Split('\t') is [_, "ERBB2", _, _, "2"]))
            .Select(s => s["sample_id"]).ToHashSet();

        Assert.Equal(breast.Order(StringComparer.Ordinal), her2.Select(r => r.SampleId).Order(StringComparer.Ordinal));
        var shares = Enumerable.Range(0, 4).Select(score => her2.Count(r => r.Value == score) / (double)her2.Count).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"HER2 in {her2.Count} breast samples: 0 {shares[0]:P0}, 1+ {shares[1]:P0}, 2+ {shares[2]:P0}, 3+ {shares[3]:P0}; {amplified.Count} ERBB2-amplified"));
        Assert.InRange(shares[0], 0.25, 0.42);
        Assert.InRange(shares[1], 0.22, 0.38);
        Assert.InRange(shares[2], 0.13, 0.28);
        Assert.InRange(shares[3], 0.08, 0.22);
        Assert.All(her2.Where(r => amplified.Contains(r.SampleId)), r => Assert.True(IhcVocabulary.IsHer2Positive(r), $"{r.SampleId} is amplified but {r.ValueText}"));
        double low = her2.Count(IhcVocabulary.IsHer2Low) / (double)her2.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"HER2-low {low:P0}"));
        Assert.InRange(low, 0.35, 0.60);
    }

    [Fact]
    public void Urothelial_samples_have_a_nectin4_H_score_and_no_other_tumor_type_has_one()
    {
        var nectin = ClinicalFiles.ReadIhcResults(PathOf("ihc.csv")).Where(r => r.Marker == "NECTIN4").ToList();
        var urothelial = files.Samples.Where(s => TumorTypeOf(s["patient_id"]) == "BLCA").Select(s => s["sample_id"]).ToHashSet();

        Assert.Equal(urothelial.Order(StringComparer.Ordinal), nectin.Select(r => r.SampleId).Order(StringComparer.Ordinal));
        Assert.All(nectin, r => Assert.Equal(IhcVocabulary.HScore, r.Scoring));
        double high = nectin.Count(r => r.Value >= 200) / (double)nectin.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"nectin-4 H-score >= 200 in {high:P0} of {nectin.Count} urothelial samples"));
        Assert.InRange(high, 0.25, 0.65);
    }

    [Fact]
    public void About_half_of_breast_cancer_baselines_are_at_least_5_and_conversion_is_more_frequent_on_responding_lines()
    {
        var draws = ClinicalFiles.ReadCtcCounts(PathOf("ctc.csv"));
        var lines = ClinicalFiles.ReadTherapyLines(PathOf("therapy_lines.csv")).ToLookup(l => l.PatientId);
        var breastPatients = files.Patients.Where(p => p["tumor_type"] == "BRCA").Select(p => p["patient_id"]).ToList();
        var withDraws = draws.Select(d => d.PatientId).ToHashSet();
        var kinetics = draws.GroupBy(d => d.PatientId)
            .SelectMany(g => CtcKinetics.PerLine(lines[g.Key].ToList(), g.ToList()).Select(k => (Patient: g.Key, Kinetics: k,
                Line: lines[g.Key].Single(l => l.LineNumber == k.LineNumber))))
            .ToList();
        var breastBaselines = kinetics.Where(k => TumorTypeOf(k.Patient) == "BRCA" && k.Kinetics.Baseline is not null).ToList();
        var evaluable = kinetics.Where(k => k.Kinetics.BaselineHigh == true && k.Kinetics.Conversion is not null).ToList();
        double Conversion(Func<string?, bool> response) =>
            evaluable.Where(k => response(k.Line.BestResponse)).Average(k => k.Kinetics.Conversion == true ? 1.0 : 0.0);
        double responding = Conversion(r => r is "CR" or "PR");
        double other = Conversion(r => r is not ("CR" or "PR"));
        double breastShare = breastPatients.Count(withDraws.Contains) / (double)breastPatients.Count;
        double highShare = breastBaselines.Count(k => k.Kinetics.BaselineHigh == true) / (double)breastBaselines.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{draws.Count} draws of {withDraws.Count} patients; breast patients with draws {breastShare:P0}; breast baselines >= 5: {highShare:P0} of {breastBaselines.Count}; conversion {responding:P0} on CR/PR lines, {other:P0} on others ({evaluable.Count} evaluable)"));

        Assert.InRange(breastShare, 0.60, 0.80);
        Assert.InRange(highShare, 0.40, 0.60);
        Assert.True(responding > other + 0.2, $"conversion on responding lines {responding:P0} is not clearly above the others' {other:P0}");
        Assert.Contains(draws, d => d.LineNumber is null);
        Assert.Contains(draws, d => d.LineNumber is not null);
    }

    [Fact]
    public void A_small_share_of_profiled_samples_has_model_responses_whose_measures_fit_their_model_kind()
    {
        var responses = ClinicalFiles.ReadModelResponses(PathOf("model_responses.csv"));
        var profiled = files.Samples.Count(s => File.Exists(PathOf(s["sample_id"] + ".vcf")));
        var samples = responses.Select(r => r.SampleId).Distinct().Count();

        output.WriteLine($"{responses.Count} responses of {responses.Select(r => r.ModelId).Distinct().Count()} models from {samples} of {profiled} profiled samples");
        Assert.InRange(samples / (double)profiled, 0.06, 0.18);
        Assert.Contains(responses, r => r.ModelKind == ModelVocabulary.Pdx);
        Assert.Contains(responses, r => r.ModelKind == ModelVocabulary.Tumoroid);
    }

    [Fact]
    public void The_biomarker_files_are_deterministic_for_a_seed()
    {
        var again = CohortFiles.Generate(550, seed: 1, "biomarkers-again");
        try
        {
            foreach (var name in new[] { "ctc.csv", "ihc.csv", "model_responses.csv" })
                Assert.Equal(files.Text(name), again.Text(name));
        }
        finally
        {
            Directory.Delete(again.Directory, recursive: true);
        }
    }

    private string TumorTypeOf(string patientId) => files.Patients.Single(p => p["patient_id"] == patientId)["tumor_type"];
}
