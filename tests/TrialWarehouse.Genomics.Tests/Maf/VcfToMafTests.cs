using TrialWarehouse.Domain;
using TrialWarehouse.Genomics.Maf;

namespace TrialWarehouse.Genomics.Tests.Maf;

public class VcfToMafTests
{
    private static string Caller(string name) => TestData.PathOf("callers", name);

    private const string VepLayout =
        "Allele|Consequence|IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|EXON|INTRON|HGVSc|HGVSp|cDNA_position|CDS_position|Protein_position|Amino_acids|Codons|Existing_variation|ALLELE_NUM|STRAND|CANONICAL|RefSeq|gnomAD_AF";

    private static readonly string[] VepMeta =
    [
        "##reference=GRCh38",
        "##contig=<ID=chr7,length=159345973>",
        "##contig=<ID=chr12,length=133275309>",
        "##contig=<ID=chr17,length=83257441>",
        $"##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: {VepLayout}\">",
        "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
        "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths for the ref and alt alleles\">",
        "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Total depth\">",
        "##FORMAT=<ID=AF,Number=A,Type=Float,Description=\"Allele frequency\">",
    ];

    [Fact]
    public void Convert_Mutect2Snv_FillsEveryColumnVcf2mafFills()
    {
        var pik3ca = MafText.Convert(Caller("mutect2.vcf"))[0];

        Assert.Equal(
            ["PIK3CA", "0", ".", "GRCh38", "chr3", "179234297", "179234297", "+", "Missense_Mutation", "SNP", "A", "A", "G", "novel",
             "PT0001-T1", "PT0001-N1", "A", "A"],
            pik3ca.Pick("Hugo_Symbol", "Entrez_Gene_Id", "Center", "NCBI_Build", "Chromosome", "Start_Position", "End_Position", "Strand",
                "Variant_Classification", "Variant_Type", "Reference_Allele", "Tumor_Seq_Allele1", "Tumor_Seq_Allele2", "dbSNP_RS",
                "Tumor_Sample_Barcode", "Matched_Norm_Sample_Barcode", "Match_Norm_Seq_Allele1", "Match_Norm_Seq_Allele2"));
        // The canonical transcript is chosen; HGVS without the transcript prefix, as vcf2maf writes them.
        Assert.Equal(["c.3140A>G", "p.His1047Arg", "p.H1047R", "ENST00000263967", "100", "60", "40", "50", "50", "0"],
            pik3ca.Pick("HGVSc", "HGVSp", "HGVSp_Short", "Transcript_ID", "t_depth", "t_ref_count", "t_alt_count", "n_depth", "n_ref_count", "n_alt_count"));
        Assert.Equal(["G", "missense_variant", "MODERATE", "PIK3CA", "ENSG00000121879", "Transcript", "ENST00000263967", "protein_coding", "YES", "1"],
            pik3ca.Pick("Allele", "Consequence", "IMPACT", "SYMBOL", "Gene", "Feature_type", "Feature", "BIOTYPE", "CANONICAL", "PICK"));
        Assert.Equal(["PASS", ".", ".", "179234297", "A", "0.4"], pik3ca.Pick("FILTER", "vcf_id", "vcf_qual", "vcf_pos", "vcf_ref", "t_vaf"));
        Assert.Equal("PIK3CA,missense_variant,p.His1047Arg,ENST00000643187,;PIK3CA,missense_variant,p.His1047Arg,ENST00000263967,;", pik3ca["all_effects"]);
        // Columns a VCF does not give stay empty.
        Assert.All(new[] { "dbSNP_Val_Status", "Tumor_Validation_Allele1", "Verification_Status", "BAM_File", "Tumor_Sample_UUID", "flanking_bps" },
            c => Assert.Equal("", pik3ca[c]));
    }

    [Fact]
    public void Convert_Mutect2Deletion_TrimsThePaddingBaseAndKeepsTheVcfPosition()
    {
        var egfr = MafText.Convert(Caller("mutect2.vcf"))[1];

        Assert.Equal(["55174772", "55174786", "DEL", "In_Frame_Del", "GGAATTAAGAGAAGC", "GGAATTAAGAGAAGC", "-", "GGAATTAAGAGAAGC", "GGAATTAAGAGAAGC"],
            egfr.Pick("Start_Position", "End_Position", "Variant_Type", "Variant_Classification", "Reference_Allele", "Tumor_Seq_Allele1",
                "Tumor_Seq_Allele2", "Match_Norm_Seq_Allele1", "Match_Norm_Seq_Allele2"));
        Assert.Equal(["55174771", "AGGAATTAAGAGAAGC", "inframe_deletion,splice_region_variant", "p.Glu746_Ala750del", "p.E746_A750del"],
            egfr.Pick("vcf_pos", "vcf_ref", "Consequence", "HGVSp", "HGVSp_Short"));
    }

    [Fact]
    public void Convert_Mutect2SynonymousAndMultiallelic_OneRowPerAltWithItsOwnCounts()
    {
        var rows = MafText.Convert(Caller("mutect2.vcf"));

        // Five records, one of them with two ALTs, one symbolic (<DEL> is not a small variant): five rows.
        Assert.Equal(5, rows.Count);
        Assert.Equal(["Silent", "p.Gln61=", "p.Q61=", "weak_evidence"], rows[2].Pick("Variant_Classification", "HGVSp", "HGVSp_Short", "FILTER"));
        var tp53 = rows.Skip(3).ToList();
        Assert.Equal(["T", "A"], tp53.Select(r => r["Tumor_Seq_Allele2"]));
        Assert.Equal(["C", "C"], tp53.Select(r => r["Tumor_Seq_Allele1"]));
        Assert.Equal(["12", "8"], tp53.Select(r => r["t_alt_count"]));
        Assert.Equal(["30", "30"], tp53.Select(r => r["t_ref_count"]));
        Assert.Equal(["p.R248Q", "p.R248L"], tp53.Select(r => r["HGVSp_Short"]));
    }

    [Fact]
    public void Convert_Strelka2Snvs_ReadsTierOneCountsOfTumorAndNormal()
    {
        var rows = MafText.Convert(Caller("strelka2.snvs.vcf"), new VcfToMafOptions { TumorId = "PT0003-T1", NormalId = "PT0003-N1" });

        Assert.Equal(["PT0003-T1", "PT0003-N1", "GRCh37", "T", "C", "T", "100", "65", "35", "60", "60", "0", "Targeted_Region", "Unknown", ""],
            rows[0].Pick("Tumor_Sample_Barcode", "Matched_Norm_Sample_Barcode", "NCBI_Build", "Reference_Allele", "Tumor_Seq_Allele2",
                "Tumor_Seq_Allele1", "t_depth", "t_ref_count", "t_alt_count", "n_depth", "n_ref_count", "n_alt_count",
                "Variant_Classification", "Hugo_Symbol", "dbSNP_RS"));
        Assert.Equal(["40", "36", "4", "LowEVS"], rows[1].Pick("t_depth", "t_ref_count", "t_alt_count", "FILTER"));
    }

    [Fact]
    public void Convert_Strelka2Indel_TakesTarAndTirAndTrimsTheDeletion()
    {
        var indel = MafText.Convert(Caller("strelka2.indels.vcf"))[0];

        Assert.Equal(["strelka2.indels", "NORMAL", "115256601", "115256601", "DEL", "A", "-", "A", "80", "60", "20", "55", "55", "0", "115256600"],
            indel.Pick("Tumor_Sample_Barcode", "Matched_Norm_Sample_Barcode", "Start_Position", "End_Position", "Variant_Type", "Reference_Allele",
                "Tumor_Seq_Allele2", "Tumor_Seq_Allele1", "t_depth", "t_ref_count", "t_alt_count", "n_depth", "n_ref_count", "n_alt_count", "vcf_pos"));
    }

    [Fact]
    public void Convert_VarScan2_TakesRdAndAdAndTheGenotypes()
    {
        var row = MafText.Convert(Caller("varscan2.vcf"))[0];

        Assert.Equal(["1", "27100000", "G", "G", "A", "G", "G", "84", "46", "38", "70", "70", "0", "0.452"],
            row.Pick("Chromosome", "Start_Position", "Reference_Allele", "Tumor_Seq_Allele1", "Tumor_Seq_Allele2", "Match_Norm_Seq_Allele1",
                "Match_Norm_Seq_Allele2", "t_depth", "t_ref_count", "t_alt_count", "n_depth", "n_ref_count", "n_alt_count", "t_vaf"));
    }

    [Fact]
    public void Convert_VarDictIndelsAndSplice_ClassifiesByTypeAndFrame()
    {
        using var dir = new TempDirectory();
        // VarDict writes AD (REF,ALT), DP and AF per sample, and names its columns after the samples.
        string path = dir.Write("vardict.vcf", Vcf.Text("VCFv4.2", [.. VepMeta, "##source=VarDict_v1.8.2", "##tumor_sample=S1-T", "##normal_sample=S1-N"],
            Vcf.WithSamples("S1-T", "S1-N"),
            ["chr7", "55181378", "rs121434569", "C", "T", "50", "PASS",
             "CSQ=T|missense_variant|MODERATE|EGFR|ENSG00000146648|Transcript|ENST00000275493|protein_coding|20/28||ENST00000275493.7:c.2369C>T|ENSP00000275493.2:p.Thr790Met|2557/9905|2369/3633|790/1210|T/M|aCg/aTg|rs121434569&COSV51765492|1|1|YES|NM_005228.5|0.0005",
             "GT:AD:DP:AF", "0/1:70,30:100:0.3", "0/0:60,0:60:0"],
            ["chr12", "25245347", ".", "T", "TA", "50", "PASS",
             "CSQ=A|frameshift_variant|HIGH|KRAS|ENSG00000133703|Transcript|ENST00000256078|protein_coding|2/6||ENST00000256078.10:c.37dup|ENSP00000256078.5:p.Tyr13LeufsTer2|227/5417|37-38/570|13/189|Y/LX|tac/tTac||1|-1|YES||",
             "GT:AD:DP:AF", "0/1:40,10:50:0.2", "0/0:30,0:30:0"],
            ["chr12", "25245360", ".", "G", "GCCA", "50", "PASS",
             "CSQ=CCA|protein_altering_variant|MODERATE|KRAS|ENSG00000133703|Transcript|ENST00000256078|protein_coding|2/6||ENST00000256078.10:c.20_21insTGG|ENSP00000256078.5:p.Ala7_Gly8insGly|210/5417|20-21/570|7-8/189|-/G|-/TGG||1|-1|YES||",
             "GT:AD:DP:AF", "0/1:45,15:60:0.25", "0/0:30,0:30:0"],
            ["chr17", "7673536", ".", "C", "T", "50", "PASS",
             "CSQ=T|splice_acceptor_variant|HIGH|TP53|ENSG00000141510|Transcript|ENST00000269305|protein_coding||8/10|ENST00000269305.9:c.920-1G>A|||||||1|-1|YES||",
             "GT:AD:DP:AF", "1/1:5,45:50:0.9", "0/0:30,0:30:0"]));

        var rows = MafText.Convert(path);

        Assert.Equal(["Missense_Mutation", "rs121434569", "20/28", "p.T790M", "rs121434569", "50", "S1-T", "S1-N", "1", "0.0005", "NM_005228.5"],
            rows[0].Pick("Variant_Classification", "dbSNP_RS", "Exon_Number", "HGVSp_Short", "vcf_id", "vcf_qual", "Tumor_Sample_Barcode",
                "Matched_Norm_Sample_Barcode", "STRAND_VEP", "gnomAD_AF", "RefSeq"));
        Assert.Equal(["25245347", "25245348", "INS", "-", "A", "Frame_Shift_Ins", "p.Y13Lfs*2", "novel", "-1"],
            rows[1].Pick("Start_Position", "End_Position", "Variant_Type", "Reference_Allele", "Tumor_Seq_Allele2", "Variant_Classification", "HGVSp_Short", "dbSNP_RS", "STRAND_VEP"));
        Assert.Equal(["INS", "CCA", "In_Frame_Ins"], rows[2].Pick("Variant_Type", "Tumor_Seq_Allele2", "Variant_Classification"));
        // c.920-1: codon round((920 + 920 mod 3) / 3) = 307; homozygous tumor GT: both tumor alleles are the ALT.
        Assert.Equal(["Splice_Site", "p.X307_splice", "", "T", "T"],
            rows[3].Pick("Variant_Classification", "HGVSp_Short", "HGVSp", "Tumor_Seq_Allele1", "Tumor_Seq_Allele2"));
    }

    [Fact]
    public void Convert_TumorOnly_LeavesTheNormalColumnsEmpty()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("PT0009-T1.vcf", Vcf.Text("VCFv4.2", ["##reference=GRCh38", "##contig=<ID=chr7,length=159345973>",
                "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">", "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">"],
            Vcf.WithSamples("PT0009-T1"),
            ["chr7", "140753336", ".", "A", "T", ".", "PASS", ".", "AD:DP", "10,90:100"],
            ["chr7", "140753400", ".", "A", "G", ".", "PASS", ".", "AD:DP", ".,9:."]));

        var rows = MafText.Convert(path);

        // No GT and a VAF of 0.9 (at least vcf2maf's --min-hom-vaf 0.7): homozygous, so Allele1 is the ALT too.
        Assert.Equal(["PT0009-T1", "", "A", "A", "T", "T", "100", "10", "90", "", "", "", "Unknown", "Targeted_Region"],
            rows[0].Pick("Tumor_Sample_Barcode", "Matched_Norm_Sample_Barcode", "Match_Norm_Seq_Allele1", "Match_Norm_Seq_Allele2",
                "Tumor_Seq_Allele1", "Tumor_Seq_Allele2", "t_depth", "t_ref_count", "t_alt_count", "n_depth", "n_ref_count", "n_alt_count",
                "Hugo_Symbol", "Variant_Classification"));
        // A missing count is "." when the sample gives others, as vcf2maf writes it; a depth the caller does not give stays empty.
        Assert.Equal([".", "9", "", "A"], rows[1].Pick("t_ref_count", "t_alt_count", "t_depth", "Tumor_Seq_Allele1"));
    }

    [Fact]
    public void Convert_TumorIdNamingAColumn_ChoosesThatColumn()
    {
        var row = MafText.Convert(Caller("mutect2.vcf"), new VcfToMafOptions { TumorId = "PT0001-N1", NormalId = "PT0001-T1" })[0];

        Assert.Equal(["PT0001-N1", "50", "0", "100", "40"], row.Pick("Tumor_Sample_Barcode", "t_depth", "t_alt_count", "n_depth", "n_alt_count"));
    }

    [Fact]
    public void Convert_InvalidVcf_WritesNothingAndNamesTheLine()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("bad.vcf", Vcf.Text("VCFv4.2", ["##reference=GRCh38"], Vcf.WithSamples("T"),
            ["chr1", "notanumber", ".", "A", "T", ".", "PASS", ".", "GT", "0/1"]));
        string maf = Path.Combine(dir.Path, "out.maf");

        var e = Assert.Throws<InputRejectedException>(() => VcfToMaf.Convert(path, maf, VcfToMafOptions.Default));

        Assert.Contains(e.Errors, error => error.Line == 4);
        Assert.False(File.Exists(maf));
        Assert.False(File.Exists(maf + ".partial"));
    }

    [Fact]
    public void Convert_NoBuildInHeaderOrOptions_AsksForBuild()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("nobuild.vcf", Vcf.Text("VCFv4.2", [], Vcf.WithSamples("T"), ["chr1", "100", ".", "A", "T", ".", "PASS", ".", "GT", "0/1"]));

        var e = Assert.Throws<InputRejectedException>(() => MafText.Convert(path));

        Assert.Contains("--build", e.Errors[0].Message);
        Assert.Equal("GRCh37", MafText.Convert(path, new VcfToMafOptions { Build = "GRCh37" })[0]["NCBI_Build"]);
    }
}
