using TrialWarehouse.Actionability;
using TrialWarehouse.Domain;
using TrialWarehouse.Warehouse.Loading;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Ingestion;

/// <summary>The outcome of annotating the warehouse under one knowledge-base version.</summary>
public sealed record AnnotationSummary(string KbVersion, int Samples, int Matches, int PatientsWithActionable, int Patients);

/// <summary>
/// Matches every sample's alterations (PASS mutations, non-neutral copy number, the MSI-H and TMB-high signatures, fusions,
/// IHC scores) against a knowledge-base version for
/// its patient's tumor type, and stores all matches of that version at once. Running it again gives the same result,
/// so the job may be delivered twice.
/// </summary>
public sealed class ActionabilityAnnotation(WarehouseReader reader, KnowledgeBaseStore store)
{
    private const int PageSize = 100;

    /// <summary>
    /// The knowledge base to annotate with: the version named, else the newest loaded, else the shipped default
    /// (which is then loaded).
    /// </summary>
    public async Task<KnowledgeBase> ChooseAsync(string? version, CancellationToken cancellationToken = default)
    {
        if (version is not null)
            return await store.ReadAsync(version, cancellationToken)
                   ?? throw new KeyNotFoundException($"no knowledge base version \"{version}\" is loaded; see: trialwarehouse kb list");
        return await reader.KnowledgeBaseAsync(null, cancellationToken) is { } newest
            ? (await store.ReadAsync(newest.Version, cancellationToken))!
            : KnowledgeBaseFile.Default;
    }

    /// <summary>Stores the knowledge base (when new) and annotates every sample under it.</summary>
    public async Task<AnnotationSummary> AnnotateAsync(KnowledgeBase kb, CancellationToken cancellationToken = default)
    {
        var version = await store.LoadAsync(kb, cancellationToken);
        var stored = new List<MatchToStore>();
        int samples = 0, patients = 0, actionable = 0;
        string? after = null;
        while (true)
        {
            var page = await reader.PatientsAsync(new PatientFilter(), after, PageSize, cancellationToken);
            if (page.Count == 0)
                break;
            after = page[^1].PatientId;
            var sampleRows = await reader.SamplesAsync(page.Select(p => p.PatientKey).ToArray(), cancellationToken);
            var sampleKeys = sampleRows.Select(s => s.SampleKey).ToArray();
            var mutations = (await reader.MutationsAsync(sampleKeys, cancellationToken)).ToLookup(m => m.SampleKey);
            var copyNumbers = (await reader.CopyNumbersAsync(sampleKeys, cancellationToken)).ToLookup(c => c.SampleKey);
            var fusions = (await reader.FusionsAsync(sampleKeys, cancellationToken)).ToLookup(f => f.SampleKey);
            var ihc = (await reader.IhcScoresAsync(sampleKeys, cancellationToken)).ToLookup(i => i.SampleKey);
            var samplesOf = sampleRows.ToLookup(s => s.PatientKey);
            foreach (var patient in page)
            {
                patients++;
                var any = false;
                foreach (var sample in samplesOf[patient.PatientKey])
                {
                    samples++;
                    var vafs = new Dictionary<Alteration, double?>();
                    var alterations = new List<Alteration>();
                    foreach (var m in mutations[sample.SampleKey].Where(m => m.Filter == "PASS" && m.Gene is not null))
                    {
                        var alteration = Alteration.Mutation(m.Gene!, m.HgvsP, m.Consequence, m.Exon);
                        if (vafs.TryAdd(alteration, m.Vaf))
                            alterations.Add(alteration);
                    }
                    alterations.AddRange(copyNumbers[sample.SampleKey].Where(c => c.State != 0).Select(c => Alteration.CopyNumber(c.Gene, c.State)));
                    alterations.AddRange(GenomicSignatures.Positive(sample.Tmb, sample.MsiStatus).Select(Alteration.OfSignature));
                    // One alteration per gene pair: the same fusion at two breakpoint pairs is still one finding.
                    alterations.AddRange(fusions[sample.SampleKey].Select(f => Alteration.Fusion(f.Gene5, f.Gene3)).Distinct());
                    alterations.AddRange(ihc[sample.SampleKey].Select(i => Alteration.OfIhc(i.ToDomain(sample.SampleId))));

                    var matches = Annotator.Annotate(kb, patient.TumorType, alterations);
                    var best = Annotator.BestPerAlteration(matches).ToHashSet();
                    any |= best.Any(b => b.CountsForActionability);
                    stored.AddRange(matches.Select(m => new MatchToStore(sample.SampleKey, (int)m.Rule.Line, m, best.Contains(m),
                        vafs.GetValueOrDefault(m.Alteration))));
                }
                if (any)
                    actionable++;
            }
        }
        await store.ReplaceMatchesAsync(version.KbVersionKey, stored, cancellationToken);
        return new AnnotationSummary(version.Version, samples, stored.Count, actionable, patients);
    }
}
