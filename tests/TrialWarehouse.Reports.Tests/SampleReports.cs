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
            new ReportSample("PM-0417-T1", new DateOnly(2023, 9, 12), "Liver metastasis (core biopsy)", 62, "NGS panel 802 genes + aCGH", "GRCh38"),
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
}
