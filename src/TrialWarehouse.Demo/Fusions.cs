namespace TrialWarehouse.Demo;

/// <summary>
/// A gene fusion the demo plants: the 5' gene's part on the kept side of its breakpoint joined to the 3' gene's part.
/// Breakpoints lie inside the genes' GRCh38 extents (Ensembl, as in the product's gene coordinate table), in the
/// 3' half of the 5' gene and the 5' half of the 3' gene, as real kinase fusions do; they are not published junctions.
/// </summary>
internal sealed record Fusion(string Key, string Gene5, string Chrom5, long Position5, int Strand5, string Gene3, string Chrom3, long Position3, int Strand3)
{
    /// <summary>As the knowledge base labels a fusion, e.g. <c>EML4::ALK fusion</c>.</summary>
    public string Alteration => $"{Gene5}::{Gene3} fusion";
}

/// <summary>
/// Which fusions each tumor type carries, and how often. Rates are approximate prevalences in advanced disease:
/// EML4::ALK in about 4% of lung adenocarcinomas, FGFR2 fusions (BICC1 the commonest partner) in about 10% of
/// cholangiocarcinomas, FGFR3::TACC3 in about 3% of urothelial carcinomas, NTRK fusions well under 1% of solid tumors.
/// </summary>
internal static class Fusions
{
    public static readonly IReadOnlyList<Fusion> All =
    [
        new("EML4_ALK", "EML4", "chr2", 42_300_000, +1, "ALK", "chr2", 29_223_500, -1),
        new("TPM3_NTRK1", "TPM3", "chr1", 154_170_000, -1, "NTRK1", "chr1", 156_844_000, +1),
        new("ETV6_NTRK3", "ETV6", "chr12", 11_869_000, +1, "NTRK3", "chr15", 87_940_000, -1),
        new("FGFR2_BICC1", "FGFR2", "chr10", 121_483_000, -1, "BICC1", "chr10", 58_800_000, +1),
        new("FGFR3_TACC3", "FGFR3", "chr4", 1_808_000, +1, "TACC3", "chr4", 1_739_000, +1),
    ];

    private const double NtrkInAnyTumor = 0.002; // each of the two NTRK fusions

    private static readonly Dictionary<string, (string Key, double Probability)[]> ByTumorType = new(StringComparer.Ordinal)
    {
        ["LUAD"] = [("EML4_ALK", 0.04)],
        ["CHOL"] = [("FGFR2_BICC1", 0.10)],
        ["BLCA"] = [("FGFR3_TACC3", 0.03)],
    };

    public static IEnumerable<Fusion> Draw(string tumorType, SplitMix64 rng)
    {
        var rates = ByTumorType.GetValueOrDefault(tumorType, []).Append(("TPM3_NTRK1", NtrkInAnyTumor)).Append(("ETV6_NTRK3", NtrkInAnyTumor));
        foreach (var (key, probability) in rates)
        {
            if (rng.Chance(probability))
            {
                yield return All.Single(f => f.Key == key);
            }
        }
    }
}
