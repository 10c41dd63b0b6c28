using System.Globalization;
using System.Text;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Demo;

/// <summary>What <see cref="DemoCohort.Write"/> wrote: file names (relative to the output directory, in the order
/// they should be loaded) and counts.</summary>
public sealed record DemoSummary(
    string OutputDirectory,
    IReadOnlyList<string> Files,
    int Patients,
    int Samples,
    int ProfiledSamples,
    int TherapyLines,
    int MatchedLines,
    int FollowUpEvents,
    int Deaths,
    int VariantRecords,
    int CopyNumberRows,
    int CtcDraws = 0,
    int IhcScores = 0,
    int ModelResponses = 0);

/// <summary>
/// Writes a synthetic, deterministic PERMED-01-like cohort as input files in the formats of docs/formats.md:
/// patients.csv, samples.csv, therapy_lines.csv, follow_up.csv, ctc.csv, ihc.csv, model_responses.csv, and per profiled tumor sample a Mutect2-style
/// VEP-annotated VCF and a gene-level copy-number table, plus a structural-variant VCF where the sample has a fusion. The same seed gives byte-identical files on any machine
/// and culture (SplitMix64, integer/IEEE arithmetic only, invariant formatting, LF line ends, UTF-8 without BOM).
/// No real patient data: every value is drawn from the generator.
/// </summary>
public static class DemoCohort
{
    /// <summary>Data cut-off: no date in the cohort is later.</summary>
    public static readonly DateOnly DataCutoff = new(2025, 6, 30);

    /// <summary>Fraction of patients given a genomically matched line (PERMED-01: 94/550).</summary>
    public const double MatchedFraction = 0.17;

    /// <summary>Fraction of patients with a complete profile, a sample with VCF and copy-number files (441/550).</summary>
    public const double CompleteProfileFraction = 0.80;

    internal static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static DemoSummary Write(string outputDirectory, int patients = 60, int seed = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentOutOfRangeException.ThrowIfLessThan(patients, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(patients, 9999);

        var cohort = CohortPlanner.Plan(patients, seed);
        Directory.CreateDirectory(outputDirectory);
        var files = new List<string>();

        void WriteFile(string name, string content)
        {
            File.WriteAllText(Path.Combine(outputDirectory, name), content, Utf8NoBom);
            files.Add(name);
        }

        WriteFile("patients.csv", ClinicalWriter.Patients(cohort));
        WriteFile("samples.csv", ClinicalWriter.Samples(cohort));
        WriteFile("therapy_lines.csv", ClinicalWriter.TherapyLines(cohort));
        WriteFile("follow_up.csv", ClinicalWriter.FollowUp(cohort));
        var ctc = cohort.SelectMany(p => Biomarkers.CtcDraws(p, SplitMix64.ForStream(seed, "ctc", p.Index))).ToList();
        var ihc = cohort.SelectMany(p => Biomarkers.Ihc(p, SplitMix64.ForStream(seed, "ihc", p.Index))).ToList();
        var models = cohort.SelectMany(p => Biomarkers.Models(p, SplitMix64.ForStream(seed, "models", p.Index))).ToList();
        WriteFile("ctc.csv", BiomarkerWriter.Ctc(ctc));
        WriteFile("ihc.csv", BiomarkerWriter.Ihc(ihc));
        WriteFile("model_responses.csv", BiomarkerWriter.Models(models));

        int cnaRows = 0;
        foreach (var p in cohort)
        {
            if (p.Genomics is { } g && p.Sample is { HasFiles: true } s)
            {
                WriteFile($"{s.SampleId}.cna.tsv", CnaWriter.Write(s, g));
                cnaRows += g.CopyNumbers.Count;
            }
        }

        int variantRecords = 0;
        foreach (var p in cohort)
        {
            if (p.Genomics is { } g && p.Sample is { HasFiles: true } s)
            {
                WriteFile($"{s.SampleId}.vcf", VcfWriter.Write(p, s, g));
                variantRecords += g.Variants.Count;
                // The structural-variant caller's file only where it found a junction: most samples have none to deliver.
                if (g.Fusions.Count > 0)
                    WriteFile($"{s.SampleId}.sv.vcf", SvVcfWriter.Write(s, g, SplitMix64.ForStream(p.Seed, "sv-support", p.Index)));
            }
        }

        return new DemoSummary(
            Path.GetFullPath(outputDirectory),
            files,
            cohort.Count,
            cohort.Count(p => p.Sample is not null),
            cohort.Count(p => p.Sample is { HasFiles: true }),
            cohort.Sum(p => p.Lines.Count),
            cohort.Sum(p => p.Lines.Count(l => l.Matched)),
            cohort.Sum(p => p.Events.Count),
            cohort.Count(p => p.Events.Any(e => e.Kind == "death")),
            variantRecords,
            cnaRows,
            ctc.Count,
            ihc.Count,
            models.Count);
    }

    internal static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Num(double value, string format)
    {
        string text = value.ToString(format, CultureInfo.InvariantCulture);
        return text.StartsWith('-') && text.AsSpan(1).IndexOfAnyExcept("0.") < 0 ? text[1..] : text; // never "-0.00"
    }

    internal static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);
}
