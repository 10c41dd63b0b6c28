namespace TrialWarehouse.Genomics.Maf;

/// <summary>
/// The columns of the MAF we write, in order: the MAF 2.4 standard columns with vcf2maf's additions, the VEP columns
/// vcf2maf carries, <c>vcf_pos</c>, then ours (see docs/formats.md, "MAF").
/// </summary>
public static class MafColumns
{
    public const string Version = "#version 2.4";

    public static readonly string[] Standard =
    [
        "Hugo_Symbol", "Entrez_Gene_Id", "Center", "NCBI_Build", "Chromosome", "Start_Position", "End_Position", "Strand",
        "Variant_Classification", "Variant_Type", "Reference_Allele", "Tumor_Seq_Allele1", "Tumor_Seq_Allele2",
        "dbSNP_RS", "dbSNP_Val_Status", "Tumor_Sample_Barcode", "Matched_Norm_Sample_Barcode",
        "Match_Norm_Seq_Allele1", "Match_Norm_Seq_Allele2", "Tumor_Validation_Allele1", "Tumor_Validation_Allele2",
        "Match_Norm_Validation_Allele1", "Match_Norm_Validation_Allele2", "Verification_Status", "Validation_Status",
        "Mutation_Status", "Sequencing_Phase", "Sequence_Source", "Validation_Method", "Score", "BAM_File", "Sequencer",
        "Tumor_Sample_UUID", "Matched_Norm_Sample_UUID", "HGVSc", "HGVSp", "HGVSp_Short", "Transcript_ID", "Exon_Number",
        "t_depth", "t_ref_count", "t_alt_count", "n_depth", "n_ref_count", "n_alt_count", "all_effects",
    ];

    /// <summary>The VEP CSQ fields vcf2maf copies (STRAND as STRAND_VEP), then its own FILTER, flanking_bps, vcf_id, vcf_qual.</summary>
    public static readonly string[] Vep =
    [
        "Allele", "Gene", "Feature", "Feature_type", "Consequence", "cDNA_position", "CDS_position", "Protein_position",
        "Amino_acids", "Codons", "Existing_variation", "ALLELE_NUM", "DISTANCE", "STRAND_VEP", "SYMBOL", "SYMBOL_SOURCE",
        "HGNC_ID", "BIOTYPE", "CANONICAL", "CCDS", "ENSP", "SWISSPROT", "TREMBL", "UNIPARC", "RefSeq", "SIFT", "PolyPhen",
        "EXON", "INTRON", "DOMAINS", "AF", "AFR_AF", "AMR_AF", "ASN_AF", "EAS_AF", "EUR_AF", "SAS_AF", "AA_AF", "EA_AF",
        "CLIN_SIG", "SOMATIC", "PUBMED", "MOTIF_NAME", "MOTIF_POS", "HIGH_INF_POS", "MOTIF_SCORE_CHANGE", "IMPACT", "PICK",
        "VARIANT_CLASS", "TSL", "HGVS_OFFSET", "PHENO", "MINIMISED", "GENE_PHENO", "FILTER", "flanking_bps", "vcf_id",
        "vcf_qual", "gnomAD_AF", "gnomAD_AFR_AF", "gnomAD_AMR_AF", "gnomAD_ASJ_AF", "gnomAD_EAS_AF", "gnomAD_FIN_AF",
        "gnomAD_NFE_AF", "gnomAD_OTH_AF", "gnomAD_SAS_AF",
    ];

    /// <summary>
    /// Ours, after vcf2maf's <c>vcf_pos</c>: the REF of the split, trimmed VCF record (so an indel's padding base, which
    /// the MAF alleles drop, is not lost) and the tumor VAF as the caller adapter read it (Mutect2's AF is not
    /// t_alt_count/t_depth).
    /// </summary>
    public static readonly string[] Ours = ["vcf_pos", "vcf_ref", "t_vaf"];

    public static readonly string[] All = [.. Standard, .. Vep, .. Ours];

    public static string HeaderLine => string.Join('\t', All);
}
