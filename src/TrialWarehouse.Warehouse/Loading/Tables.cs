using TrialWarehouse.Warehouse.Engines;
using static TrialWarehouse.Warehouse.Engines.ColumnType;

namespace TrialWarehouse.Warehouse.Loading;

/// <summary>The tables the bulk paths write, with their columns in row order.</summary>
internal static class Tables
{
    public static readonly BulkTable Patient = BulkTable.Of("dim_patient",
        ("patient_key", BigInt), ("patient_id", Text), ("sex", Text), ("birth_year", Int), ("tumor_type", Text), ("diagnosis_date", Date),
        ("site", Text), ("arm", Text), ("file_key", BigInt), ("diagnosis_date_key", Int));

    public static readonly BulkTable Sample = BulkTable.Of("dim_sample",
        ("sample_key", BigInt), ("sample_id", Text), ("patient_key", BigInt), ("collection_date", Date), ("specimen_site", Text),
        ("tumor_cellularity", Float), ("assay", Text), ("genome_build", Text), ("tmb", Float), ("msi_status", Text), ("file_key", BigInt),
        ("collection_date_key", Int));

    /// <summary>Pseudonym to hospital id (migration 012); read through the clinician role only.</summary>
    public static readonly BulkTable IdentifierMap = BulkTable.Of("identifier_map",
        ("identifier_key", BigInt), ("pseudonym", Text), ("kind", Text), ("source_id", Text));

    public static readonly BulkTable Gene = BulkTable.Of("dim_gene", ("gene_key", BigInt), ("symbol", Text));

    public static readonly BulkTable Variant = BulkTable.Of("dim_variant",
        ("variant_key", BigInt), ("genome_build", Text), ("chrom", Text), ("pos", BigInt), ("ref", Text), ("alt", Text),
        ("gene_key", BigInt), ("consequence", Text), ("transcript_id", Text), ("hgvsc", Text), ("hgvsp", Text), ("exon", Int));

    public static readonly BulkTable VariantCall = BulkTable.Of("fact_variant_call",
        ("sample_key", BigInt), ("variant_key", BigInt), ("vaf", Float), ("depth", Int), ("alt_count", Int),
        ("filter", Text), ("file_key", BigInt));

    /// <summary>
    /// A variant file's calls as read, in file order (<c>ordinal</c>), before they become genes, variants and facts;
    /// its columns carry the names of those tables' columns. Each load makes its own, under a name of its own.
    /// </summary>
    public static readonly BulkTable StagedCall = BulkTable.Of("stg_call",
        ("ordinal", BigInt), ("variant_key", BigInt), ("genome_build", Text), ("chrom", Text), ("pos", BigInt), ("ref", Text), ("alt", Text),
        ("gene_key", BigInt), ("consequence", Text), ("transcript_id", Text), ("hgvsc", Text), ("hgvsp", Text), ("exon", Int),
        ("symbol", Text), ("vaf", Float), ("depth", Int), ("alt_count", Int), ("filter", Text));

    public static readonly BulkTable CopyNumber = BulkTable.Of("fact_copy_number",
        ("sample_key", BigInt), ("gene_key", BigInt), ("cn_state", Int), ("log2_ratio", Float), ("copy_number", Float),
        ("file_key", BigInt));

    public static readonly BulkTable Fusion = BulkTable.Of("fact_fusion",
        ("sample_key", BigInt), ("gene5_key", BigInt), ("gene3_key", BigInt), ("chrom5", Text), ("pos5", BigInt),
        ("chrom3", Text), ("pos3", BigInt), ("supporting_reads", Int), ("file_key", BigInt));

    public static readonly BulkTable TherapyLine = BulkTable.Of("fact_therapy_line",
        ("patient_key", BigInt), ("line_number", Int), ("regimen", Text), ("drugs", Text), ("start_date", Date),
        ("end_date", Date), ("reason_stopped", Text), ("best_response", Text), ("progression_date", Date),
        ("matched", Bool), ("matched_alteration", Text), ("file_key", BigInt), ("regimen_key", BigInt), ("response_key", Int),
        ("start_date_key", Int), ("end_date_key", Int), ("progression_date_key", Int));

    public static readonly BulkTable FollowUp = BulkTable.Of("fact_follow_up",
        ("patient_key", BigInt), ("event_date", Date), ("kind", Text), ("ecog", Int), ("file_key", BigInt), ("event_date_key", Int));

    public static readonly BulkTable CtcCount = BulkTable.Of("fact_ctc_count",
        ("patient_key", BigInt), ("draw_date", Date), ("method", Text), ("ctc_count", Int), ("atypical_count", Int), ("emt_count", Int),
        ("line_number", Int), ("baseline_until", Date), ("file_key", BigInt), ("draw_date_key", Int));

    public static readonly BulkTable IhcScore = BulkTable.Of("fact_ihc_score",
        ("sample_key", BigInt), ("marker", Text), ("gene_symbol", Text), ("scoring", Text), ("score", Float), ("antibody_clone", Text),
        ("ish_result", Text), ("file_key", BigInt));

    public static readonly BulkTable ModelResponse = BulkTable.Of("fact_model_response",
        ("sample_key", BigInt), ("model_id", Text), ("model_kind", Text), ("passage", Int), ("drug_key", BigInt), ("drug", Text),
        ("dose", Float), ("dose_unit", Text), ("measure", Text), ("measure_value", Float), ("value_unit", Text), ("response_class", Text),
        ("file_key", BigInt));

    public static readonly BulkTable Regimen = BulkTable.Of("dim_regimen", ("regimen_key", BigInt), ("name", Text), ("drugs", Text));

    public static readonly BulkTable Drug = BulkTable.Of("dim_drug", ("drug_key", BigInt), ("name", Text));

    public static readonly BulkTable RegimenDrug = BulkTable.Of("bridge_regimen_drug",
        ("regimen_drug_key", BigInt), ("regimen_key", BigInt), ("drug_key", BigInt));

    public static readonly BulkTable TumorType = BulkTable.Of("dim_tumor_type",
        ("tumor_type", Text), ("name", Text), ("parent", Text), ("tissue", Text), ("oncotree_version", Text));

    /// <summary>Every fact table: what a superseded or withdrawn file contributed is deleted from these.</summary>
    public static readonly string[] Facts = ["fact_variant_call", "fact_copy_number", "fact_fusion", "fact_therapy_line", "fact_follow_up",
        "fact_ctc_count", "fact_ihc_score", "fact_model_response"];
}
