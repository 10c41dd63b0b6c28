using TrialWarehouse.Domain;

namespace TrialWarehouse.Warehouse.Loading;

// Loads of the multi-sample files of a cBioPortal study folder: one transaction per file, as every other load.
public sealed partial class WarehouseLoader
{
    /// <summary>A discrete copy-number matrix: every sample it has a column for is replaced, even one with no call left.</summary>
    public Task<LoadResult> LoadCopyNumbersAsync(SourceFile file, IReadOnlyList<string> sampleIds, IReadOnlyList<CopyNumberCall> calls,
        CancellationToken cancellationToken = default) =>
        LoadAsync(file, calls.Count, (tx, ids) => InsertCopyNumbersAsync(tx, file, ids.Samples(sampleIds), ids.Of(calls), cancellationToken), cancellationToken);

    /// <summary>The fusions of several samples (a cBioPortal data_sv.txt): each sample's build is checked and its fusions replaced.</summary>
    public Task<LoadResult> LoadFusionsAsync(SourceFile file, IReadOnlyList<FusionProfile> profiles, CancellationToken cancellationToken = default) =>
        LoadAsync(file, profiles.Sum(p => (long)p.Calls.Count), async (tx, ids) =>
        {
            var pseudonymousProfiles = profiles.Select(ids.Of).ToList();
            foreach (var profile in pseudonymousProfiles)
                await RequireSampleBuildAsync(tx, file, profile.SampleId, profile.GenomeBuild, "SV file", cancellationToken);
            var samples = await ReplaceSampleCallsAsync(tx, file, "fact_fusion", pseudonymousProfiles.Select(p => p.SampleId), cancellationToken);
            var calls = pseudonymousProfiles.SelectMany(p => p.Calls).ToList();
            await EnsureGenesAsync(tx, calls.SelectMany(c => new[] { c.Gene5, c.Gene3 }), cancellationToken);
            await tx.BulkInsertAsync(Tables.Fusion, calls.Select(c => new object?[]
            {
                samples[c.SampleId], StableKey.Gene(c.Gene5), StableKey.Gene(c.Gene3), c.Chrom5, c.Position5, c.Chrom3, c.Position3,
                c.SupportingReads, file.Key,
            }), cancellationToken);
        }, cancellationToken);
}
