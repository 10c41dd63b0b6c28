namespace TrialWarehouse.Demo;

/// <summary>
/// A somatic hotspot at its GRCh38 position, with its VEP-style annotation on the Ensembl canonical (MANE Select)
/// transcript. <see cref="Ref"/> and <see cref="Alt"/> are on the forward strand, VCF-style (indels carry the
/// padding base); <see cref="HgvsC"/> and <see cref="HgvsP"/> are on the transcript.
/// </summary>
public sealed record Hotspot(
    string Key,
    string Gene,
    string Chrom,
    long Position,
    string Ref,
    string Alt,
    string HgvsC,
    string HgvsP,
    string ShortP,
    string Consequence,
    string Impact,
    string Exon,
    string CdsPosition,
    int ProteinPosition,
    string AminoAcids,
    string Codons,
    string Evidence)
{
    /// <summary>The alteration as a tumor board names it, e.g. <c>PIK3CA p.H1047R</c>.</summary>
    public string Alteration => $"{Gene} {ShortP}";

    public GeneInfo GeneInfo => Genes.Get(Gene);
}

/// <summary>A gene with its Ensembl ids (canonical transcript and its protein), HGNC id, strand and GRCh38 extent.</summary>
public sealed record GeneInfo(
    string Symbol,
    string GeneId,
    string HgncId,
    string Transcript,
    string Protein,
    string Chrom,
    long Start,
    long End,
    int Strand,
    int ExonCount,
    int ProteinLength);

public static class Genes
{
    /// <summary>
    /// Genes carrying the hotspots, and genes used for background (passenger) variants. Extents are GRCh38 gene
    /// bodies (Ensembl); passenger variants are drawn inside them, away from the ends.
    /// </summary>
    public static readonly IReadOnlyList<GeneInfo> All =
    [
        new("PIK3CA", "ENSG00000121879", "HGNC:8975", "ENST00000263967.4", "ENSP00000263967.3", "chr3", 179148114, 179240093, 1, 21, 1068),
        new("KRAS", "ENSG00000133703", "HGNC:6407", "ENST00000311936.8", "ENSP00000256078.4", "chr12", 25205246, 25250936, -1, 5, 189),
        new("BRAF", "ENSG00000157764", "HGNC:1097", "ENST00000646891.2", "ENSP00000493543.1", "chr7", 140719327, 140924929, -1, 18, 766),
        new("AKT1", "ENSG00000142208", "HGNC:391", "ENST00000649815.2", "ENSP00000497822.1", "chr14", 104769349, 104795751, -1, 14, 480),
        new("EGFR", "ENSG00000146648", "HGNC:3236", "ENST00000275493.7", "ENSP00000275493.2", "chr7", 55019017, 55211628, 1, 28, 1210),
        new("TP53", "ENSG00000141510", "HGNC:11998", "ENST00000269305.9", "ENSP00000269305.4", "chr17", 7661779, 7687538, -1, 11, 393),
        new("PTEN", "ENSG00000171862", "HGNC:9588", "ENST00000371953.8", "ENSP00000361021.3", "chr10", 87863113, 87971930, 1, 9, 403),
        new("IDH1", "ENSG00000138413", "HGNC:5382", "ENST00000345146.7", "ENSP00000260985.2", "chr2", 208236227, 208266074, -1, 10, 414),
        new("BRCA1", "ENSG00000012048", "HGNC:1100", "ENST00000357654.9", "ENSP00000350283.3", "chr17", 43044295, 43125483, -1, 23, 1863),
        new("BRCA2", "ENSG00000139618", "HGNC:1101", "ENST00000380152.8", "ENSP00000369497.3", "chr13", 32315474, 32400266, 1, 27, 3418),
        new("APC", "ENSG00000134982", "HGNC:583", "ENST00000257430.9", "ENSP00000257430.4", "chr5", 112707498, 112846239, 1, 16, 2843),
        new("ARID1A", "ENSG00000117713", "HGNC:11110", "ENST00000324856.13", "ENSP00000320485.7", "chr1", 26696015, 26782104, 1, 20, 2285),
        new("KMT2C", "ENSG00000055609", "HGNC:13726", "ENST00000262189.11", "ENSP00000262189.6", "chr7", 152134922, 152436005, -1, 59, 4911),
        new("KMT2D", "ENSG00000167548", "HGNC:7133", "ENST00000301067.12", "ENSP00000301067.7", "chr12", 49018975, 49060794, -1, 55, 5537),
        new("NF1", "ENSG00000196712", "HGNC:7765", "ENST00000358273.9", "ENSP00000351015.4", "chr17", 31094927, 31382116, 1, 58, 2839),
        new("ATM", "ENSG00000149311", "HGNC:795", "ENST00000675843.1", "ENSP00000501606.1", "chr11", 108222484, 108369102, 1, 63, 3056),
        new("LRP1B", "ENSG00000168702", "HGNC:6693", "ENST00000389484.8", "ENSP00000374135.3", "chr2", 140231423, 142131016, -1, 91, 4599),
        new("FAT1", "ENSG00000083857", "HGNC:3595", "ENST00000441802.7", "ENSP00000406229.2", "chr4", 186587794, 186726722, -1, 27, 4588),
        new("NOTCH1", "ENSG00000148400", "HGNC:7881", "ENST00000651671.1", "ENSP00000498587.1", "chr9", 136494433, 136546048, -1, 34, 2555),
        new("CDH1", "ENSG00000039068", "HGNC:1748", "ENST00000261769.10", "ENSP00000261769.5", "chr16", 68737292, 68835537, 1, 16, 882),
        new("GATA3", "ENSG00000107485", "HGNC:4172", "ENST00000379328.9", "ENSP00000368632.3", "chr10", 8045378, 8075198, 1, 6, 443),
        new("MAP3K1", "ENSG00000095015", "HGNC:6848", "ENST00000399503.4", "ENSP00000382423.3", "chr5", 56815574, 56896152, 1, 20, 1512),
        new("SMAD4", "ENSG00000141646", "HGNC:6770", "ENST00000342988.8", "ENSP00000341551.3", "chr18", 51028394, 51085045, 1, 12, 552),
        new("FBXW7", "ENSG00000109670", "HGNC:16712", "ENST00000281708.10", "ENSP00000281708.4", "chr4", 152320544, 152536873, -1, 11, 707),
        new("RB1", "ENSG00000139687", "HGNC:9884", "ENST00000267163.6", "ENSP00000267163.4", "chr13", 48303747, 48481890, 1, 27, 928),
        new("MET", "ENSG00000105976", "HGNC:7029", "ENST00000397752.8", "ENSP00000380860.3", "chr7", 116672196, 116798377, 1, 21, 1390),
        new("FGFR2", "ENSG00000066468", "HGNC:3689", "ENST00000358487.10", "ENSP00000351276.6", "chr10", 121478334, 121598458, -1, 18, 821),
    ];

    /// <summary>Genes that only carry background variants (never a hotspot, no targeted drug for a missense change), so a
    /// passenger cannot look actionable: passengers are synonymous, missense or intronic, never truncating. ATM, ARID1A
    /// and NF1 also carry the tumor types' truncating driver mutations. MET and FGFR2 stay in the table for reference
    /// but carry no passengers.</summary>
    public static readonly IReadOnlyList<string> PassengerGenes =
    [
        "APC", "ARID1A", "KMT2C", "KMT2D", "NF1", "ATM", "LRP1B", "FAT1", "NOTCH1", "CDH1", "GATA3", "MAP3K1", "SMAD4",
        "FBXW7", "RB1",
    ];

    public static GeneInfo Get(string symbol)
    {
        foreach (var g in All)
        {
            if (string.Equals(g.Symbol, symbol, StringComparison.Ordinal))
            {
                return g;
            }
        }

        throw new KeyNotFoundException($"gene {symbol} is not in the demo gene table");
    }
}

/// <summary>
/// The hotspots the demo cohort plants in its VCFs. Each GRCh38 position and reference base was checked against at
/// least two independent public sources (listed in <see cref="Hotspot.Evidence"/>); hotspots that could not be
/// confirmed that way (ESR1 p.D538G / p.Y537S, ERBB2 p.S310F) are left out.
/// </summary>
public static class Hotspots
{
    private const string Gdc = "GDC portal genomic_dna_change (hg38)";

    public static readonly IReadOnlyList<Hotspot> All =
    [
        new("PIK3CA_H1047R", "PIK3CA", "chr3", 179234297, "A", "G", "c.3140A>G", "p.His1047Arg", "p.H1047R", "missense_variant", "MODERATE", "21/21", "3140", 1047, "H/R", "cAt/cGt",
            "GDC chr3:g.179234297A>G (TCGA-BRCA example); cBioPortal-style key 3_179234297_A_G; synthetic-AMP truth set chr3 179234297 A>G p.His1047Arg"),
        new("PIK3CA_E545K", "PIK3CA", "chr3", 179218303, "G", "A", "c.1633G>A", "p.Glu545Lys", "p.E545K", "missense_variant", "MODERATE", "10/21", "1633", 545, "E/K", "Gag/Aag",
            "chr3:g.179218303G>A labelled PIK3CA E545K (hg38) in a variant browser; BEstimate GRCh38 example 3:g.179218303G>A; ClinVar-style table PositionVCF 179218303 G>A"),
        new("PIK3CA_E542K", "PIK3CA", "chr3", 179218294, "G", "A", "c.1624G>A", "p.Glu542Lys", "p.E542K", "missense_variant", "MODERATE", "10/21", "1624", 542, "E/K", "Gaa/Aaa",
            "GRCh38 MAF test fixture 3:g.179218294G>A p.E542K; " + Gdc + " chr3:g.179218294G>A"),
        new("KRAS_G12D", "KRAS", "chr12", 25245350, "C", "T", "c.35G>A", "p.Gly12Asp", "p.G12D", "missense_variant", "MODERATE", "2/5", "35", 12, "G/D", "gGt/gAt",
            Gdc + " chr12:g.25245350C>T; NC_000012.12:g.25245350C>T = NM_004985.5:c.35G>A (HGVS guide); ENST00000311936.8 c.35G>A"),
        new("KRAS_G12V", "KRAS", "chr12", 25245350, "C", "A", "c.35G>T", "p.Gly12Val", "p.G12V", "missense_variant", "MODERATE", "2/5", "35", 12, "G/V", "gGt/gTt",
            "same base as G12D (confirmed above); hg19 table G12V = 25398284 C>A, lifted by the G12D hg19->hg38 offset; key 12_25245350_C_A"),
        new("KRAS_G12C", "KRAS", "chr12", 25245351, "C", "A", "c.34G>T", "p.Gly12Cys", "p.G12C", "missense_variant", "MODERATE", "2/5", "34", 12, "G/C", "Ggt/Tgt",
            "synthetic-AMP truth set chr12 25245351 C>A p.Gly12Cys (c.34G>T, minus strand); hg19 table G12C = 25398285 C>A (same offset)"),
        new("BRAF_V600E", "BRAF", "chr7", 140753336, "A", "T", "c.1799T>A", "p.Val600Glu", "p.V600E", "missense_variant", "MODERATE", "15/18", "1799", 600, "V/E", "gTg/gAg",
            Gdc + " chr7:g.140753336A>T; NC_000007.14:g.140753336A>T = NM_004333.6:c.1799T>A, ENST00000646891.2:c.1799T>A"),
        new("AKT1_E17K", "AKT1", "chr14", 104780214, "C", "T", "c.49G>A", "p.Glu17Lys", "p.E17K", "missense_variant", "MODERATE", "3/14", "49", 17, "E/K", "Gag/Aag",
            "GDC ProteinPaint gdc_ssm=E17K gdc_var=chr14:g.104780214C>T; primer-design table AKT1:E17K chr14 104780214 C>T"),
        new("EGFR_L858R", "EGFR", "chr7", 55191822, "T", "G", "c.2573T>G", "p.Leu858Arg", "p.L858R", "missense_variant", "MODERATE", "21/28", "2573", 858, "L/R", "cTg/cGg",
            "variant record gDot chr7:g.55191822T>G cDot c.2573T>G; variant browser EGFR L858R (hg38) chr7:g.55191822T>G; synthetic-AMP truth set"),
        new("TP53_R175H", "TP53", "chr17", 7675088, "C", "T", "c.524G>A", "p.Arg175His", "p.R175H", "missense_variant", "MODERATE", "5/11", "524", 175, "R/H", "cGc/cAc",
            Gdc + " chr17:g.7675088C>T TP53 R175H (top TP53 missense); synthetic-AMP truth set"),
        new("TP53_R248Q", "TP53", "chr17", 7674220, "C", "T", "c.743G>A", "p.Arg248Gln", "p.R248Q", "missense_variant", "MODERATE", "7/11", "743", 248, "R/Q", "cGg/cAg",
            Gdc + " chr17:g.7674220C>T TP53 R248Q; primer-design table TP53:R248Q chr17 7674220 C>T"),
        new("TP53_R248W", "TP53", "chr17", 7674221, "G", "A", "c.742C>T", "p.Arg248Trp", "p.R248W", "missense_variant", "MODERATE", "7/11", "742", 248, "R/W", "Cgg/Tgg",
            Gdc + " chr17:g.7674221G>A TP53 R248W"),
        new("TP53_R273H", "TP53", "chr17", 7673802, "C", "T", "c.818G>A", "p.Arg273His", "p.R273H", "missense_variant", "MODERATE", "8/11", "818", 273, "R/H", "cGt/cAt",
            Gdc + " chr17:g.7673802C>T TP53 R273H; primer-design table TP53:R273H chr17 7673802 C>T"),
        new("TP53_R273C", "TP53", "chr17", 7673803, "G", "A", "c.817C>T", "p.Arg273Cys", "p.R273C", "missense_variant", "MODERATE", "8/11", "817", 273, "R/C", "Cgt/Tgt",
            Gdc + " chr17:g.7673803G>A TP53 R273C; primer-design table TP53:R273C chr17 7673803 G>A"),
        new("TP53_R282W", "TP53", "chr17", 7673776, "G", "A", "c.844C>T", "p.Arg282Trp", "p.R282W", "missense_variant", "MODERATE", "8/11", "844", 282, "R/W", "Cgg/Tgg",
            Gdc + " chr17:g.7673776G>A TP53 R282W"),
        new("PTEN_R130*", "PTEN", "chr10", 87933147, "C", "T", "c.388C>T", "p.Arg130Ter", "p.R130*", "stop_gained", "HIGH", "5/9", "388", 130, "R/*", "Cga/Tga",
            "variant report PTEN p.Arg130Ter chr10:87933147 ENST00000371953.8 stop_gained rs121913296; synthetic-AMP truth set chr10 87933147 C>T p.Arg130Ter; ProtVar query 10:87933147 C>T"),
        new("PTEN_R233*", "PTEN", "chr10", 87957915, "C", "T", "c.697C>T", "p.Arg233Ter", "p.R233*", "stop_gained", "HIGH", "7/9", "697", 233, "R/*", "Cga/Tga",
            "hotspot table PTEN p.R233* chr10 87957915 C>T; ClinVar P/LP PTEN list chr10:87957915:C:T"),
        new("IDH1_R132H", "IDH1", "chr2", 208248388, "C", "T", "c.395G>A", "p.Arg132His", "p.R132H", "missense_variant", "MODERATE", "4/10", "395", 132, "R/H", "cGt/cAt",
            Gdc + " chr2:g.208248388C>T (IDH1 top mutation); verification set IDH1 R132H minus strand, VCF C>T"),
        new("BRCA1_E23fs", "BRCA1", "chr17", 43124027, "ACT", "A", "c.68_69del", "p.Glu23ValfsTer17", "p.E23Vfs*17", "frameshift_variant", "HIGH", "2/23", "68-69", 23, "E/X", "gAG/g",
            "test 'coding-strand BRCA1 deletion aligns to ClinVar' -> (43124027, ACT, A); report GRCh38 VCF 17:43124027 ACT>A NM_007294.4:c.68_69del (ClinVar 17662)"),
        new("BRCA2_S1982fs", "BRCA2", "chr13", 32340300, "GT", "G", "c.5946del", "p.Ser1982ArgfsTer22", "p.S1982Rfs*22", "frameshift_variant", "HIGH", "11/27", "5946", 1982, "S/X", "agT/ag",
            "ClinVar fixture test query(13, 32340300, GT, G) -> rs80359550 Pathogenic; ACMG write-up chr13:g.32340300GT>G rs80359550"),
    ];

    public static Hotspot Get(string key)
    {
        foreach (var h in All)
        {
            if (string.Equals(h.Key, key, StringComparison.Ordinal))
            {
                return h;
            }
        }

        throw new KeyNotFoundException($"hotspot {key} is not in the demo table");
    }
}
