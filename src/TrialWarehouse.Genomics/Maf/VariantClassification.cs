namespace TrialWarehouse.Genomics.Maf;

/// <summary>
/// MAF Variant_Classification from a Sequence Ontology consequence, as vcf2maf derives it: of the terms VEP gives one
/// transcript, the first in vcf2maf's priority (Ensembl's severity estimate, with its own ties) is classified; a
/// frameshift or protein_altering_variant is named by Variant_Type and whether the length change is a multiple of 3.
/// </summary>
public static class VariantClassification
{
    /// <summary>Classification of a variant with no consequence (an unannotated VCF), as vcf2maf writes when VEP is skipped.</summary>
    public const string Unannotated = "Targeted_Region";

    private const int Lowest = 20;

    private static readonly Dictionary<string, int> Priority = new(StringComparer.Ordinal)
    {
        ["transcript_ablation"] = 1, ["exon_loss_variant"] = 1,
        ["splice_donor_variant"] = 2, ["splice_acceptor_variant"] = 2,
        ["stop_gained"] = 3, ["frameshift_variant"] = 3, ["stop_lost"] = 3,
        ["start_lost"] = 4, ["initiator_codon_variant"] = 4,
        ["disruptive_inframe_insertion"] = 5, ["disruptive_inframe_deletion"] = 5, ["conservative_inframe_insertion"] = 5,
        ["conservative_inframe_deletion"] = 5, ["inframe_insertion"] = 5, ["inframe_deletion"] = 5, ["protein_altering_variant"] = 5,
        ["missense_variant"] = 6, ["conservative_missense_variant"] = 6, ["rare_amino_acid_variant"] = 6,
        ["transcript_amplification"] = 7,
        ["splice_region_variant"] = 8,
        ["start_retained_variant"] = 9, ["stop_retained_variant"] = 9, ["synonymous_variant"] = 9,
        ["incomplete_terminal_codon_variant"] = 10,
        ["coding_sequence_variant"] = 11, ["mature_miRNA_variant"] = 11, ["exon_variant"] = 11,
        ["5_prime_UTR_variant"] = 12, ["5_prime_UTR_premature_start_codon_gain_variant"] = 12, ["3_prime_UTR_variant"] = 12,
        ["non_coding_exon_variant"] = 13, ["non_coding_transcript_exon_variant"] = 13,
        ["non_coding_transcript_variant"] = 14, ["nc_transcript_variant"] = 14, ["intron_variant"] = 14,
        ["intragenic_variant"] = 14, ["INTRAGENIC"] = 14,
        ["NMD_transcript_variant"] = 15,
        ["upstream_gene_variant"] = 16, ["downstream_gene_variant"] = 16,
        ["TFBS_ablation"] = 17, ["TFBS_amplification"] = 17, ["TF_binding_site_variant"] = 17,
        ["regulatory_region_ablation"] = 17, ["regulatory_region_amplification"] = 17, ["regulatory_region_variant"] = 17,
        ["regulatory_region"] = 17,
        ["feature_elongation"] = 18, ["feature_truncation"] = 18,
        ["intergenic_variant"] = 19, ["intergenic_region"] = 19,
    };

    /// <summary>vcf2maf's rank of a term (1 most severe); terms it does not know rank last, as it ranks them.</summary>
    public static int PriorityOf(string term) => Priority.GetValueOrDefault(term, Lowest);

    /// <summary>
    /// The terms of one transcript's consequence ("missense_variant&amp;splice_region_variant", or ','-separated as
    /// a MAF writes them) sorted most severe first; a stable sort keeps VEP's order among equals, as vcf2maf's does.
    /// </summary>
    public static IReadOnlyList<string> Sorted(string consequences) =>
        [.. consequences.Split(['&', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).OrderBy(PriorityOf)];

    /// <summary>The term a MAF classifies (vcf2maf's One_Consequence): the most severe; intergenic when none is given.</summary>
    public static string OneConsequence(string? consequences) =>
        string.IsNullOrWhiteSpace(consequences) ? "intergenic_variant" : Sorted(consequences) is [var first, ..] ? first : "intergenic_variant";

    /// <summary>Variant_Classification of a term for a variant of <paramref name="variantType"/> (SNP .. ONP, INS, DEL).</summary>
    public static string Of(string? term, string variantType, bool inFrame)
    {
        if (string.IsNullOrEmpty(term))
        {
            return Unannotated;
        }

        bool proteinAltering = term == "protein_altering_variant";
        return term switch
        {
            "splice_acceptor_variant" or "splice_donor_variant" or "transcript_ablation" or "exon_loss_variant" => "Splice_Site",
            "stop_gained" => "Nonsense_Mutation",
            _ when (term == "frameshift_variant" || (proteinAltering && !inFrame)) && variantType == "DEL" => "Frame_Shift_Del",
            _ when (term == "frameshift_variant" || (proteinAltering && !inFrame)) && variantType == "INS" => "Frame_Shift_Ins",
            "stop_lost" => "Nonstop_Mutation",
            "initiator_codon_variant" or "start_lost" => "Translation_Start_Site",
            _ when term.EndsWith("inframe_insertion", StringComparison.Ordinal) || (proteinAltering && inFrame && variantType == "INS") => "In_Frame_Ins",
            _ when term.EndsWith("inframe_deletion", StringComparison.Ordinal) || (proteinAltering && inFrame && variantType == "DEL") => "In_Frame_Del",
            "missense_variant" or "coding_sequence_variant" or "conservative_missense_variant" or "rare_amino_acid_variant" => "Missense_Mutation",
            "transcript_amplification" or "intron_variant" or "INTRAGENIC" or "intragenic_variant" => "Intron",
            "splice_region_variant" => "Splice_Region",
            "incomplete_terminal_codon_variant" or "synonymous_variant" or "stop_retained_variant" or "NMD_transcript_variant" => "Silent",
            "mature_miRNA_variant" or "exon_variant" or "non_coding_exon_variant" or "non_coding_transcript_exon_variant"
                or "non_coding_transcript_variant" or "nc_transcript_variant" => "RNA",
            "5_prime_UTR_variant" or "5_prime_UTR_premature_start_codon_gain_variant" => "5'UTR",
            "3_prime_UTR_variant" => "3'UTR",
            "TF_binding_site_variant" or "regulatory_region_variant" or "regulatory_region" or "intergenic_variant" or "intergenic_region" => "IGR",
            "upstream_gene_variant" => "5'Flank",
            "downstream_gene_variant" => "3'Flank",
            _ => "Targeted_Region",
        };
    }

    /// <summary>The classifications cBioPortal's MAF accepts (its validator rejects others).</summary>
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "Frame_Shift_Del", "Frame_Shift_Ins", "In_Frame_Del", "In_Frame_Ins", "Missense_Mutation", "Nonsense_Mutation",
        "Silent", "Splice_Site", "Translation_Start_Site", "Nonstop_Mutation", "3'UTR", "3'Flank", "5'UTR", "5'Flank",
        "IGR", "Intron", "RNA", "Targeted_Region", "Splice_Region", "De_novo_Start_InFrame", "De_novo_Start_OutOfFrame",
        "Unknown",
    };

    /// <summary>A SO term that a Variant_Classification stands for, for a MAF that gives no Consequence column.</summary>
    public static string? TermOf(string classification) => classification switch
    {
        "Splice_Site" => "splice_acceptor_variant",
        "Nonsense_Mutation" => "stop_gained",
        "Frame_Shift_Del" or "Frame_Shift_Ins" => "frameshift_variant",
        "Nonstop_Mutation" => "stop_lost",
        "Translation_Start_Site" => "start_lost",
        "In_Frame_Ins" => "inframe_insertion",
        "In_Frame_Del" => "inframe_deletion",
        "Missense_Mutation" => "missense_variant",
        "Intron" => "intron_variant",
        "Splice_Region" => "splice_region_variant",
        "Silent" => "synonymous_variant",
        "RNA" => "non_coding_transcript_exon_variant",
        "5'UTR" => "5_prime_UTR_variant",
        "3'UTR" => "3_prime_UTR_variant",
        "IGR" => "intergenic_variant",
        "5'Flank" => "upstream_gene_variant",
        "3'Flank" => "downstream_gene_variant",
        _ => null,
    };
}
