using TrialWarehouse.Domain;

namespace TrialWarehouse.Reports.Tests;

/// <summary>A realistic report: metastatic breast cancer, PIK3CA p.H1047R and ERBB2 amplification, three lines, one matched.</summary>
internal static class SampleReports
{
    public const string Disclaimer =
        "This report is intended for discussion by the molecular tumor board and does not by itself constitute a treatment " +
        "recommendation. Variants were called against GRCh38 from a targeted panel; alterations below the limit of detection " +
        "(VAF < 2%) or outside the panel are not reported. Actionability reflects the knowledge base version stated above.";

    public static TumorBoardReport BreastCancer() => new(
        Institution: "Institut Paoli-Calmettes, Marseille",
        ReportDate: new DateOnly(2024, 5, 14),
        Patient: new ReportPatient("PM-0417", "female", 1968, "Breast invasive ductal carcinoma (HR+, metastatic)", new DateOnly(2019, 11, 4)),
        Samples:
        [
            new ReportSample("PM-0417-T1", new DateOnly(2023, 9, 12), "Liver metastasis (core biopsy)", 62, "NGS panel 802 genes + aCGH", "GRCh38", 6.3, "MSS"),
        ],
        Mutations:
        [
            new ReportMutation("PM-0417-T1", "PIK3CA", "p.H1047R", "c.3140A>G", "missense_variant", "chr3:179234297", 0.341, 612),
            new ReportMutation("PM-0417-T1", "TP53", "p.R248Q", "c.743G>A", "missense_variant", "chr17:7674220", 0.487, 540),
            new ReportMutation("PM-0417-T1", "GATA3", "p.M294Kfs*96", "c.879_880insA", "frameshift_variant", "chr10:8069611", 0.212, 433),
            new ReportMutation("PM-0417-T1", "CDH1", null, "c.1320+1G>T", "splice_donor_variant", "chr16:68808816", 0.058, 388),
        ],
        CopyNumbers:
        [
            new ReportCopyNumber("PM-0417-T1", "ERBB2", CopyNumberStates.Amplification, 2.41, 14.2),
            new ReportCopyNumber("PM-0417-T1", "CCND1", CopyNumberStates.Gain, 0.52, 3.1),
            new ReportCopyNumber("PM-0417-T1", "MYC", CopyNumberStates.Neutral, 0.04, 2.0),
            new ReportCopyNumber("PM-0417-T1", "CDKN2A", CopyNumberStates.DeepDeletion, -3.1, 0.0),
        ],
        TherapyLines:
        [
            new ReportTherapyLine(1, "Letrozole + palbociclib", new DateOnly(2020, 1, 15), new DateOnly(2021, 6, 2), "PR", new DateOnly(2021, 5, 20), false, null, 491, false),
            new ReportTherapyLine(2, "Paclitaxel + bevacizumab", new DateOnly(2021, 6, 21), new DateOnly(2022, 2, 10), "SD", new DateOnly(2022, 1, 28), false, null, 221, false),
            new ReportTherapyLine(3, "Alpelisib + fulvestrant", new DateOnly(2023, 10, 2), null, "PR", null, true, "PIK3CA p.H1047R", 225, true),
        ],
        Actionable:
        [
            new ReportActionableAlteration("PIK3CA", "p.H1047R", "I", "A", ["alpelisib + fulvestrant", "capivasertib + fulvestrant"], "SOLAR-1, CAPItello-291"),
            new ReportActionableAlteration("ERBB2", "amplification", "I", "A", ["trastuzumab deruxtecan"], "DESTINY-Breast04"),
            new ReportActionableAlteration("CDKN2A", "deep deletion", "III", "C", ["palbociclib (investigational)"], null),
        ],
        KnowledgeBaseVersion: "OncoKB 2024-04 (v4.16)",
        Disclaimer: Disclaimer);

    /// <summary>The sample with <paramref name="count"/> synthetic mutations, enough to need several pages.</summary>
    public static TumorBoardReport WithManyMutations(int count) => BreastCancer() with
    {
        Mutations =
        [
            .. Enumerable.Range(0, count).Select(i => new ReportMutation(
                "PM-0417-T1", $"GENE{i:000}", $"p.A{100 + i}T", $"c.{300 + i}G>A", "missense_variant",
                $"chr{1 + i % 22}:{1_000_000 + 7919 * i}", 0.05 + i % 40 / 100.0, 200 + i)),
        ],
    };

    /// <summary>
    /// The benchmark patient of issue 9: 40 alterations (32 mutations, 8 copy-number alterations) and 6 therapy lines,
    /// with actionable alterations in tiers I to IV.
    /// </summary>
    public static TumorBoardReport FortyAlterationsSixLines()
    {
        string[] genes =
        [
            "PIK3CA", "TP53", "GATA3", "CDH1", "ESR1", "AKT1", "PTEN", "MAP3K1", "KMT2C", "ARID1A", "NF1", "ERBB2",
            "BRCA2", "ATM", "CHEK2", "PALB2", "RB1", "FGFR1", "NOTCH1", "SF3B1", "TBX3", "RUNX1", "CBFB", "FOXA1",
            "SPEN", "MAP2K4", "KMT2D", "ZFHX3", "NCOR1", "CTCF", "PIK3R1", "ERBB3",
        ];
        var mutations = genes.Select((gene, i) => new ReportMutation(
                "PM-0417-T1", gene, $"p.{"ARGHKLQSTV"[i % 10]}{120 + 37 * i}{"WCDEYPNMIF"[i % 10]}", $"c.{358 + 111 * i}G>A",
                i % 4 == 0 ? "frameshift_variant" : i % 7 == 0 ? "stop_gained" : "missense_variant",
                $"chr{1 + i % 22}:{2_000_000 + 104_729 * i}", 0.04 + i % 45 / 100.0, 180 + 13 * i))
            .ToList();
        var baseline = BreastCancer();
        return baseline with
        {
            Mutations = mutations,
            CopyNumbers =
            [
                new ReportCopyNumber("PM-0417-T1", "ERBB2", CopyNumberStates.Amplification, 2.41, 14.2),
                new ReportCopyNumber("PM-0417-T1", "CCND1", CopyNumberStates.Amplification, 1.62, 8.4),
                new ReportCopyNumber("PM-0417-T1", "FGFR1", CopyNumberStates.Gain, 0.61, 3.4),
                new ReportCopyNumber("PM-0417-T1", "MYC", CopyNumberStates.Gain, 0.55, 3.2),
                new ReportCopyNumber("PM-0417-T1", "CDKN2A", CopyNumberStates.DeepDeletion, -3.1, 0.0),
                new ReportCopyNumber("PM-0417-T1", "PTEN", CopyNumberStates.ShallowDeletion, -0.71, 1.2),
                new ReportCopyNumber("PM-0417-T1", "RB1", CopyNumberStates.ShallowDeletion, -0.64, 1.3),
                new ReportCopyNumber("PM-0417-T1", "MDM2", CopyNumberStates.Gain, 0.48, 3.0),
            ],
            TherapyLines =
            [
                new ReportTherapyLine(1, "Letrozole + palbociclib", new DateOnly(2020, 1, 15), new DateOnly(2021, 6, 2), "PR", new DateOnly(2021, 5, 20), false, null, 491, false),
                new ReportTherapyLine(2, "Paclitaxel + bevacizumab", new DateOnly(2021, 6, 21), new DateOnly(2022, 2, 10), "SD", new DateOnly(2022, 1, 28), false, null, 221, false),
                new ReportTherapyLine(3, "Alpelisib + fulvestrant", new DateOnly(2022, 3, 1), new DateOnly(2022, 12, 5), "PR", new DateOnly(2022, 11, 30), true, "PIK3CA p.H1047R", 274, false),
                new ReportTherapyLine(4, "Capecitabine", new DateOnly(2022, 12, 20), new DateOnly(2023, 5, 15), "SD", new DateOnly(2023, 5, 2), false, null, 133, false),
                new ReportTherapyLine(5, "Trastuzumab deruxtecan", new DateOnly(2023, 6, 1), new DateOnly(2024, 1, 10), "PR", new DateOnly(2024, 1, 3), true, "ERBB2 amplification", 216, false),
                new ReportTherapyLine(6, "Eribulin", new DateOnly(2024, 2, 1), null, null, null, false, null, 103, true),
            ],
            Actionable =
            [
                .. baseline.Actionable,
                new ReportActionableAlteration("ESR1", mutations[4].HgvsP!, "II", "3A", ["elacestrant"], "EMERALD"),
                new ReportActionableAlteration("AKT1", mutations[5].HgvsP!, "II", "3A", ["capivasertib + fulvestrant"], "CAPItello-291"),
                new ReportActionableAlteration("BRCA2", mutations[12].HgvsP!, "IV", "4", ["olaparib (investigational, germline status unknown)"], null),
                new ReportActionableAlteration("ETV6", "ETV6::NTRK3 fusion", "I-C", "1", ["larotrectinib"], "NAVIGATE, tumor-agnostic"),
                new ReportActionableAlteration("", "TMB-high", "I-C", "1", ["pembrolizumab"], "KEYNOTE-158"),
            ],
            Fusions = [new ReportFusion("PM-0417-T1", "ETV6", "NTRK3", "chr12:11869000", "chr15:87940000", 21)],
        };
    }
}
