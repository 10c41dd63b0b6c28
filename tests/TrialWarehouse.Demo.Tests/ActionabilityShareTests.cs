using System.Globalization;
using TrialWarehouse.Actionability;
using TrialWarehouse.Genomics.CopyNumber;
using TrialWarehouse.Genomics.Somatic;
using TrialWarehouse.Genomics.StructuralVariants;
using Xunit.Abstractions;

namespace TrialWarehouse.Demo.Tests;

/// <summary>
/// The share of patients with at least one actionable alteration, computed by the annotation engine on a PERMED-01-sized
/// demo cohort read back with the product's own readers. Nothing in the generator names this share: it follows from
/// the per-tumor-type alteration frequencies and the default knowledge base.
/// </summary>
public sealed class ActionabilityShareTests(ITestOutputHelper output)
{
    [Fact]
    public void PERMED_01_sized_cohort_share_with_an_actionable_alteration_is_computed_by_the_engine()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"twdemo-share-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            var summary = DemoCohort.Write(dir, patients: 550, seed: 1);
            var tumorTypes = CohortFiles.ReadTable(Path.Combine(dir, "patients.csv"), ',')
                .ToDictionary(p => p["patient_id"], p => p["tumor_type"], StringComparer.Ordinal);
            var kb = KnowledgeBaseFile.Default;

            // Read and annotate the samples in parallel (the readers and the engine share no state); keep the test fast.
            var results = CohortFiles.ReadTable(Path.Combine(dir, "samples.csv"), ',')
                .Where(sample => File.Exists(Path.Combine(dir, sample["sample_id"] + ".vcf")))
                .AsParallel()
                .Select(sample => (Patient: sample["patient_id"], Actionable: HasActionableAlteration(dir, sample, tumorTypes[sample["patient_id"]], kb)))
                .ToList();
            var actionablePatients = results.Where(r => r.Actionable).Select(r => r.Patient).ToHashSet(StringComparer.Ordinal);
            var byTumorType = results.GroupBy(r => tumorTypes[r.Patient], StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (Profiled: g.Count(), Actionable: g.Count(r => r.Actionable)), StringComparer.Ordinal);

            foreach (var (type, (profiled, withActionable)) in byTumorType.OrderByDescending(kv => kv.Value.Profiled))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{type,-9} {withActionable,3}/{profiled,3} profiled patients with an actionable alteration"));
            }

            double share = actionablePatients.Count / (double)summary.Patients;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{actionablePatients.Count}/{summary.Patients} patients ({share:P1}) with >= 1 actionable alteration; {summary.ProfiledSamples} with a complete profile"));
            Assert.Equal(550, summary.Patients);
            // PERMED-01: 393/550 (71%), counted over an 802-gene panel with HRD and TMB scores. The demo models about 40
            // genes, the MSI/TMB signatures and the commonest kinase fusions (no ESR1 or ERBB2 hotspots, no HRD), so at realistic
            // frequencies it stays somewhat below that.
            Assert.InRange(share, 0.60, 0.80);
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    // As ActionabilityAnnotation does: PASS mutations with a gene (one alteration per distinct change), then every
    // copy-number call that is not neutral, the sample's positive signatures and its fusions; best match per alteration;
    // resistance and unconfirmed germline evidence do not count.
    private static bool HasActionableAlteration(string dir, Dictionary<string, string> sample, string tumorType, KnowledgeBase kb)
    {
        string sampleId = sample["sample_id"];
        var alterations = new List<Alteration>();
        var seen = new HashSet<Alteration>();
        foreach (var call in SomaticVcf.Read(Path.Combine(dir, sampleId + ".vcf")).Calls.Where(c => c.Filter == "PASS" && c.Gene is not null))
        {
            var alteration = Alteration.Mutation(call.Gene!, call.HgvsP, call.Consequence, call.Exon);
            if (seen.Add(alteration))
            {
                alterations.Add(alteration);
            }
        }

        alterations.AddRange(CopyNumberFile.Read(Path.Combine(dir, sampleId + ".cna.tsv"))
            .Where(c => c.State != 0).Select(c => Alteration.CopyNumber(c.Gene, c.State)));
        double? tmb = sample["tmb"].Length == 0 ? null : double.Parse(sample["tmb"], CultureInfo.InvariantCulture);
        alterations.AddRange(TrialWarehouse.Domain.GenomicSignatures.Positive(tmb, sample["msi_status"]).Select(Alteration.OfSignature));
        string sv = Path.Combine(dir, sampleId + ".sv.vcf");
        if (File.Exists(sv))
        {
            alterations.AddRange(SvVcf.Read(sv).Calls.Select(f => Alteration.Fusion(f.Gene5, f.Gene3)).Distinct());
        }
        return Annotator.BestPerAlteration(Annotator.Annotate(kb, tumorType, alterations)).Any(m => m.CountsForActionability);
    }
}

public sealed class DemoTumorTypeTests
{
    [Fact]
    public void EveryTumorTypeTheDemoWrites_IsAKnownOncoTreeCode()
    {
        var folder = Path.Combine(Path.GetTempPath(), "trialwarehouse-demo-oncotree-" + Guid.NewGuid().ToString("N"));
        var demo = DemoCohort.Write(folder, patients: 300, seed: 4);

        var unknown = TrialWarehouse.Clinical.ClinicalFiles.ReadPatients(Path.Combine(demo.OutputDirectory, "patients.csv"))
            .Select(p => p.TumorType).Distinct().Where(t => !TrialWarehouse.Actionability.OncoTree.IsKnown(t)).ToList();

        Assert.Empty(unknown);
    }
}
