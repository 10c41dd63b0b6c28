namespace TrialWarehouse.Demo;

/// <summary>
/// Tumor mutational burden and microsatellite instability per tumor type, as a panel pipeline reports them.
/// TMB is log-normal around an approximate median of panel TMB for the tumor type (after Chalmers et al., Genome
/// Med 2017, PMID 28420421: melanoma, lung adenocarcinoma and bladder highest; pancreas, prostate and glioblastoma
/// lowest); MSI-H shares are approximate values for advanced disease, far below the all-stage figures (colorectal
/// about 5% in the metastatic setting against about 15% overall; endometrial the highest). MSI-H tumors are
/// hypermutated, so their TMB is drawn around 40 mut/Mb.
/// </summary>
internal static class SignatureRates
{
    private const double Spread = 0.8; // standard deviation of ln(TMB) within a tumor type

    private static readonly Dictionary<string, (double MedianTmb, double MsiHigh)> ByTumorType = new(StringComparer.Ordinal)
    {
        ["BRCA"] = (3.0, 0.005),
        ["COADREAD"] = (3.6, 0.05),
        ["LUAD"] = (7.0, 0.005),
        ["PAAD"] = (1.8, 0.01),
        ["HGSOC"] = (3.0, 0.01),
        ["BLCA"] = (7.2, 0.01),
        ["PRAD"] = (2.0, 0.03),
        ["HNSC"] = (5.0, 0.005),
        ["STAD"] = (4.0, 0.06),
        ["UCEC"] = (4.5, 0.17),
        ["CHOL"] = (2.5, 0.02),
        ["SKCM"] = (13.0, 0.005),
        ["GB"] = (2.7, 0.005),
        ["ESCA"] = (4.5, 0.01),
    };

    /// <summary>Draws the sample's TMB (mutations per megabase, one decimal) and MSI status.</summary>
    public static (double Tmb, string MsiStatus) Draw(string tumorType, SplitMix64 rng)
    {
        var (median, msiHigh) = ByTumorType[tumorType];
        bool unstable = rng.Chance(msiHigh);
        double tmb = unstable ? rng.NextLogNormal(40, 0.5) : rng.NextLogNormal(median, Spread);
        return (Math.Round(Math.Min(tmb, 999), 1, MidpointRounding.AwayFromZero), unstable ? "MSI-H" : "MSS");
    }
}
