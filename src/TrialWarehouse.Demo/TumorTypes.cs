namespace TrialWarehouse.Demo;

/// <summary>One group of mutually exclusive driver hotspots (e.g. the PIK3CA helical and kinase-domain hotspots).</summary>
internal sealed record DriverGroup(string Gene, double Probability, IReadOnlyList<(string Key, double Weight)> Hotspots);

/// <summary>
/// What the demo generator knows about one OncoTree tumor type: frequency, sex, drivers, copy-number events, and
/// truncating (nonsense) mutations of tumor suppressors, which unlike hotspots fall anywhere along the gene.
/// </summary>
internal sealed record TumorType(
    string Code,
    double Weight,
    double FemaleFraction,
    IReadOnlyList<string> SpecimenSites,
    IReadOnlyList<DriverGroup> Drivers,
    IReadOnlyList<(string Gene, double Probability)> Amplifications,
    IReadOnlyList<(string Gene, double Probability)> DeepDeletions,
    IReadOnlyList<(string Regimen, string Drugs)> StandardRegimens,
    IReadOnlyList<(string Gene, double Probability)>? Truncating = null)
{
    public IReadOnlyList<(string Gene, double Probability)> TruncatingDrivers => Truncating ?? [];
}

internal static class TumorTypes
{
    private static readonly IReadOnlyList<(string, double)> Pik3ca = [("PIK3CA_H1047R", 0.45), ("PIK3CA_E545K", 0.30), ("PIK3CA_E542K", 0.25)];
    private static readonly IReadOnlyList<(string, double)> Tp53 =
        [("TP53_R175H", 1), ("TP53_R248Q", 1), ("TP53_R248W", 1), ("TP53_R273H", 1), ("TP53_R273C", 1), ("TP53_R282W", 1)];
    private static readonly IReadOnlyList<(string, double)> Pten = [("PTEN_R130*", 0.6), ("PTEN_R233*", 0.4)];
    private static readonly IReadOnlyList<(string, double)> Brca = [("BRCA1_E23fs", 0.5), ("BRCA2_S1982fs", 0.5)];
    private static readonly IReadOnlyList<(string, double)> Brca2First = [("BRCA1_E23fs", 0.25), ("BRCA2_S1982fs", 0.75)];
    private static readonly IReadOnlyList<(string, double)> KrasGi = [("KRAS_G12D", 0.45), ("KRAS_G12V", 0.40), ("KRAS_G12C", 0.15)];
    private static readonly IReadOnlyList<(string, double)> KrasLung = [("KRAS_G12C", 0.45), ("KRAS_G12V", 0.25), ("KRAS_G12D", 0.30)];
    private static readonly IReadOnlyList<(string, double)> Braf = [("BRAF_V600E", 1)];
    private static readonly IReadOnlyList<(string, double)> Akt1 = [("AKT1_E17K", 1)];
    private static readonly IReadOnlyList<(string, double)> Egfr = [("EGFR_L858R", 1)];
    private static readonly IReadOnlyList<(string, double)> Idh1 = [("IDH1_R132H", 1)];

    private static DriverGroup D(string gene, double p, IReadOnlyList<(string, double)> hotspots) => new(gene, p, hotspots);

    /// <summary>Roughly the PERMED-01 case mix: breast cancer by far the largest group, then digestive, lung, gynaecological.</summary>
    public static readonly IReadOnlyList<TumorType> All =
    [
        new("BRCA", 40, 0.99, ["liver metastasis", "lymph node metastasis", "bone metastasis", "skin metastasis", "pleural metastasis"],
            [D("PIK3CA", 0.40, Pik3ca), D("TP53", 0.40, Tp53), D("AKT1", 0.05, Akt1), D("PTEN", 0.06, Pten), D("BRCA", 0.08, Brca)],
            [("ERBB2", 0.15), ("CCND1", 0.20), ("MYC", 0.12), ("FGFR1", 0.14), ("CCNE1", 0.04), ("CDK4", 0.03), ("MDM2", 0.03)],
            [("PTEN", 0.05), ("CDKN2A", 0.04), ("RB1", 0.02)],
            [("Letrozole + palbociclib", "letrozole;palbociclib"), ("Paclitaxel + bevacizumab", "paclitaxel;bevacizumab"), ("Capecitabine", "capecitabine"),
             ("Eribulin", "eribulin"), ("Fulvestrant", "fulvestrant"), ("Docetaxel", "docetaxel"), ("Vinorelbine", "vinorelbine")],
            [("NF1", 0.08), ("ARID1A", 0.08), ("ATM", 0.03)]),
        new("COADREAD", 9, 0.45, ["liver metastasis", "lung metastasis", "peritoneal metastasis"],
            [D("KRAS", 0.45, KrasGi), D("BRAF", 0.10, Braf), D("PIK3CA", 0.18, Pik3ca), D("TP53", 0.60, Tp53)],
            [("ERBB2", 0.05), ("MYC", 0.08), ("EGFR", 0.02), ("MET", 0.02)],
            [("SMAD4", 0.06), ("CDKN2A", 0.02), ("PTEN", 0.03)],
            [("FOLFOX + bevacizumab", "oxaliplatin;fluorouracil;folinic acid;bevacizumab"), ("FOLFIRI + cetuximab", "irinotecan;fluorouracil;folinic acid;cetuximab"),
             ("Trifluridine/tipiracil", "trifluridine;tipiracil"), ("Regorafenib", "regorafenib")],
            [("ARID1A", 0.10), ("ATM", 0.07), ("NF1", 0.04)]),
        new("LUAD", 7, 0.40, ["lymph node metastasis", "pleural metastasis", "liver metastasis", "adrenal metastasis"],
            [D("KRAS", 0.32, KrasLung), D("EGFR", 0.15, Egfr), D("BRAF", 0.04, Braf), D("TP53", 0.50, Tp53), D("PIK3CA", 0.05, Pik3ca)],
            [("MET", 0.04), ("EGFR", 0.05), ("MDM2", 0.05), ("CDK4", 0.04), ("NKX2-1", 0.10), ("MYC", 0.05), ("ERBB2", 0.02), ("KRAS", 0.03)],
            [("CDKN2A", 0.22), ("CDKN2B", 0.15)],
            [("Carboplatin + pemetrexed + pembrolizumab", "carboplatin;pemetrexed;pembrolizumab"), ("Docetaxel", "docetaxel"), ("Gemcitabine", "gemcitabine")],
            [("NF1", 0.10), ("ARID1A", 0.07), ("ATM", 0.05)]),
        new("PAAD", 6, 0.47, ["liver metastasis", "peritoneal metastasis", "lung metastasis"],
            [D("KRAS", 0.90, KrasGi), D("TP53", 0.70, Tp53), D("BRCA", 0.05, Brca2First)],
            [("KRAS", 0.05), ("MYC", 0.05)],
            [("CDKN2A", 0.30), ("SMAD4", 0.10)],
            [("FOLFIRINOX", "oxaliplatin;irinotecan;fluorouracil;folinic acid"), ("Gemcitabine + nab-paclitaxel", "gemcitabine;nab-paclitaxel")],
            [("ARID1A", 0.06), ("ATM", 0.04)]),
        new("HGSOC", 6, 1.0, ["peritoneal metastasis", "lymph node metastasis", "liver metastasis"],
            [D("TP53", 0.95, Tp53), D("BRCA", 0.20, Brca), D("PIK3CA", 0.03, Pik3ca)],
            [("CCNE1", 0.20), ("MYC", 0.15), ("KRAS", 0.05)],
            [("RB1", 0.05), ("PTEN", 0.05)],
            [("Carboplatin + paclitaxel", "carboplatin;paclitaxel"), ("Pegylated liposomal doxorubicin", "pegylated liposomal doxorubicin"), ("Gemcitabine", "gemcitabine")],
            [("NF1", 0.06), ("ARID1A", 0.05)]),
        new("BLCA", 5, 0.25, ["lymph node metastasis", "lung metastasis", "bone metastasis"],
            [D("TP53", 0.50, Tp53), D("PIK3CA", 0.22, Pik3ca), D("KRAS", 0.04, KrasGi)],
            [("ERBB2", 0.10), ("CCND1", 0.10), ("MDM2", 0.06), ("CCNE1", 0.08), ("FGFR1", 0.05), ("KRAS", 0.03)],
            [("CDKN2A", 0.25), ("PTEN", 0.03)],
            [("Gemcitabine + cisplatin", "gemcitabine;cisplatin"), ("Pembrolizumab", "pembrolizumab"), ("Vinflunine", "vinflunine")],
            [("ARID1A", 0.20), ("ATM", 0.08), ("NF1", 0.06)]),
        new("PRAD", 5, 0.0, ["bone metastasis", "lymph node metastasis", "liver metastasis"],
            [D("TP53", 0.30, Tp53), D("BRCA", 0.12, Brca2First), D("AKT1", 0.02, Akt1), D("PTEN", 0.06, Pten), D("PIK3CA", 0.05, Pik3ca)],
            [("AR", 0.20), ("MYC", 0.10)],
            [("PTEN", 0.28), ("RB1", 0.05), ("BRCA2", 0.04)],
            [("Docetaxel", "docetaxel"), ("Abiraterone + prednisone", "abiraterone;prednisone"), ("Enzalutamide", "enzalutamide"), ("Cabazitaxel", "cabazitaxel")],
            [("ATM", 0.06)]),
        new("HNSC", 5, 0.25, ["lymph node metastasis", "lung metastasis"],
            [D("TP53", 0.70, Tp53), D("PIK3CA", 0.20, Pik3ca)],
            [("CCND1", 0.25), ("EGFR", 0.10), ("PIK3CA", 0.10), ("FGFR1", 0.08)],
            [("CDKN2A", 0.30)],
            [("Cisplatin + fluorouracil + cetuximab", "cisplatin;fluorouracil;cetuximab"), ("Pembrolizumab", "pembrolizumab"), ("Methotrexate", "methotrexate")],
            [("NF1", 0.04), ("ARID1A", 0.04)]),
        new("STAD", 4, 0.35, ["peritoneal metastasis", "liver metastasis", "lymph node metastasis"],
            [D("TP53", 0.50, Tp53), D("PIK3CA", 0.15, Pik3ca), D("KRAS", 0.08, KrasGi)],
            [("ERBB2", 0.15), ("MET", 0.05), ("CCNE1", 0.10), ("KRAS", 0.06), ("FGFR2", 0.05), ("EGFR", 0.05)],
            [("CDKN2A", 0.10)],
            [("FOLFOX", "oxaliplatin;fluorouracil;folinic acid"), ("Paclitaxel + ramucirumab", "paclitaxel;ramucirumab"), ("Irinotecan", "irinotecan")],
            [("ARID1A", 0.20), ("ATM", 0.06)]),
        new("UCEC", 3, 1.0, ["peritoneal metastasis", "lung metastasis", "lymph node metastasis"],
            [D("PTEN", 0.50, Pten), D("PIK3CA", 0.40, Pik3ca), D("KRAS", 0.18, KrasGi), D("TP53", 0.30, Tp53), D("AKT1", 0.03, Akt1)],
            [("ERBB2", 0.05), ("CCNE1", 0.08), ("MYC", 0.05)],
            [("PTEN", 0.05)],
            [("Carboplatin + paclitaxel", "carboplatin;paclitaxel"), ("Doxorubicin", "doxorubicin"), ("Medroxyprogesterone", "medroxyprogesterone")],
            [("ARID1A", 0.30), ("ATM", 0.05)]),
        new("CHOL", 3, 0.50, ["liver metastasis", "peritoneal metastasis"],
            [D("IDH1", 0.20, Idh1), D("KRAS", 0.18, KrasGi), D("TP53", 0.30, Tp53), D("BRAF", 0.04, Braf), D("PIK3CA", 0.05, Pik3ca)],
            [("ERBB2", 0.06), ("MDM2", 0.03)],
            [("CDKN2A", 0.22)],
            [("Gemcitabine + cisplatin", "gemcitabine;cisplatin"), ("FOLFOX", "oxaliplatin;fluorouracil;folinic acid")],
            [("ARID1A", 0.15)]),
        new("SKCM", 3, 0.45, ["skin metastasis", "lymph node metastasis", "liver metastasis"],
            [D("BRAF", 0.45, Braf), D("TP53", 0.15, Tp53), D("PTEN", 0.08, Pten)],
            [("CCND1", 0.05), ("KIT", 0.03), ("MYC", 0.05), ("CDK4", 0.03)],
            [("CDKN2A", 0.35), ("PTEN", 0.08)],
            [("Nivolumab + ipilimumab", "nivolumab;ipilimumab"), ("Pembrolizumab", "pembrolizumab"), ("Dacarbazine", "dacarbazine")],
            [("NF1", 0.12), ("ARID1A", 0.05)]),
        new("GB", 2, 0.40, ["brain tumor"],
            [D("IDH1", 0.10, Idh1), D("TP53", 0.30, Tp53), D("PTEN", 0.30, Pten), D("PIK3CA", 0.08, Pik3ca)],
            [("EGFR", 0.40), ("CDK4", 0.10), ("MDM2", 0.08), ("PDGFRA", 0.10), ("MET", 0.03)],
            [("CDKN2A", 0.55), ("CDKN2B", 0.45), ("PTEN", 0.10)],
            [("Temozolomide", "temozolomide"), ("Bevacizumab", "bevacizumab"), ("Lomustine", "lomustine")],
            [("NF1", 0.10)]),
        new("ESCA", 2, 0.20, ["lymph node metastasis", "liver metastasis"],
            [D("TP53", 0.80, Tp53), D("PIK3CA", 0.05, Pik3ca)],
            [("ERBB2", 0.18), ("CCND1", 0.15), ("EGFR", 0.05), ("MYC", 0.10), ("MET", 0.04), ("CCNE1", 0.08), ("KRAS", 0.06)],
            [("CDKN2A", 0.30)],
            [("FOLFOX", "oxaliplatin;fluorouracil;folinic acid"), ("Paclitaxel", "paclitaxel"), ("Nivolumab", "nivolumab")],
            [("ARID1A", 0.10)]),
    ];

    /// <summary>The gene-level copy-number panel written for every profiled sample.</summary>
    public static readonly IReadOnlyList<string> CnaPanel =
    [
        "ERBB2", "MYC", "CCND1", "CCNE1", "FGFR1", "FGFR2", "FGFR3", "EGFR", "MET", "CDK4", "CDK6", "MDM2", "KRAS", "PIK3CA", "AKT1",
        "AKT2", "PTEN", "CDKN2A", "CDKN2B", "RB1", "BRCA1", "BRCA2", "TP53", "SMAD4", "ATM", "NF1", "AR", "ESR1", "KIT", "PDGFRA",
        "MCL1", "NKX2-1",
    ];
}
