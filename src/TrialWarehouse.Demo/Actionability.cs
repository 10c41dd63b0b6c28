namespace TrialWarehouse.Demo;

/// <summary>A matched therapy the demo tumor board may choose for an alteration found in the patient's files.</summary>
internal sealed record MatchedOption(string Alteration, string Regimen, string Drugs, int Priority);

/// <summary>
/// The demo's stand-in for the molecular tumor board: which planted alterations lead to which matched regimen
/// (roughly ESCAT I-II / OncoKB 1-3 drug classes of the PERMED-01 era). TP53 is never actionable.
/// </summary>
internal static class Actionability
{
    public static MatchedOption? ForHotspot(Hotspot h, string tumorType)
    {
        bool breast = tumorType == "BRCA";
        return h.Gene switch
        {
            "PIK3CA" => breast ? new(h.Alteration, "Alpelisib + fulvestrant", "alpelisib;fulvestrant", 1) : new(h.Alteration, "Alpelisib", "alpelisib", 3),
            "AKT1" => new(h.Alteration, breast ? "Capivasertib + fulvestrant" : "Capivasertib", breast ? "capivasertib;fulvestrant" : "capivasertib", 2),
            "KRAS" when h.Key == "KRAS_G12C" => new(h.Alteration, "Sotorasib", "sotorasib", 1),
            "KRAS" => new(h.Alteration, "Trametinib", "trametinib", 4),
            "BRAF" => tumorType == "COADREAD"
                ? new(h.Alteration, "Encorafenib + cetuximab", "encorafenib;cetuximab", 1)
                : new(h.Alteration, "Dabrafenib + trametinib", "dabrafenib;trametinib", 1),
            "EGFR" => new(h.Alteration, "Osimertinib", "osimertinib", 1),
            "PTEN" => new(h.Alteration, breast ? "Everolimus + exemestane" : "Everolimus", breast ? "everolimus;exemestane" : "everolimus", 3),
            "IDH1" => new(h.Alteration, "Ivosidenib", "ivosidenib", 1),
            "BRCA1" or "BRCA2" => new(h.Alteration, "Olaparib", "olaparib", 1),
            _ => null,
        };
    }

    public static MatchedOption? ForTruncating(string gene, string alteration, string tumorType) => gene switch
    {
        "ATM" => new(alteration, "Olaparib", "olaparib", tumorType == "PRAD" ? 2 : 4),
        "ARID1A" => new(alteration, "Ceralasertib", "ceralasertib", 4),
        "NF1" => new(alteration, "Trametinib", "trametinib", 4),
        _ => null,
    };

    /// <summary>Checkpoint inhibition for MSI-H (first choice) or TMB-high tumors, whatever the tumor type.</summary>
    public static MatchedOption ForSignature(string signature) =>
        new(signature, "Pembrolizumab", "pembrolizumab", signature == TrialWarehouse.Domain.GenomicSignatures.MsiHigh ? 1 : 2);

    public static MatchedOption ForFusion(Fusion fusion) => fusion.Gene3 switch
    {
        "ALK" => new(fusion.Alteration, "Alectinib", "alectinib", 1),
        "NTRK1" or "NTRK3" => new(fusion.Alteration, "Larotrectinib", "larotrectinib", 1),
        _ when fusion.Gene5 == "FGFR2" => new(fusion.Alteration, "Pemigatinib", "pemigatinib", 1),
        _ => new(fusion.Alteration, "Erdafitinib", "erdafitinib", 1),
    };

    public static MatchedOption? ForCopyNumber(string gene, int state, string tumorType)
    {
        bool breast = tumorType == "BRCA";
        string name = $"{gene} {TrialWarehouse.Domain.CopyNumberStates.Name(state)}";
        if (state == TrialWarehouse.Domain.CopyNumberStates.Amplification)
        {
            return gene switch
            {
                "ERBB2" => new(name, "Trastuzumab emtansine", "trastuzumab emtansine", 1),
                "CCND1" or "CDK4" => new(name, breast ? "Palbociclib + letrozole" : "Palbociclib", breast ? "palbociclib;letrozole" : "palbociclib", 3),
                "MET" => new(name, "Crizotinib", "crizotinib", 2),
                "FGFR1" or "FGFR2" => new(name, "Erdafitinib", "erdafitinib", 3),
                _ => null,
            };
        }

        if (state == TrialWarehouse.Domain.CopyNumberStates.DeepDeletion)
        {
            return gene switch
            {
                "PTEN" => new(name, breast ? "Everolimus + exemestane" : "Everolimus", breast ? "everolimus;exemestane" : "everolimus", 3),
                "CDKN2A" => new(name, "Palbociclib", "palbociclib", 4),
                "BRCA2" => new(name, "Olaparib", "olaparib", 1),
                _ => null,
            };
        }

        return null;
    }
}
