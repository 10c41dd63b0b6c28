namespace TrialWarehouse.Warehouse.Reading;

public sealed partial class WarehouseReader
{
    // Empty strings and negative numbers mean "no criterion": typed NULL parameters are awkward on PostgreSQL. It
    // starts on a line of its own, so that it can follow any FROM clause. FilterArgsAsync gives the parameters.
    private const string PatientWhere = "\n" + """
        WHERE (@AnyTumorType = 1 OR p.tumor_type IN @TumorTypes)
          AND (@Gene = '' OR @AlterationClass <> '' OR p.patient_key IN (
                SELECT s.patient_key FROM dim_sample s
                JOIN fact_variant_call f ON f.sample_key = s.sample_key
                JOIN dim_variant v ON v.variant_key = f.variant_key
                JOIN dim_gene g ON g.gene_key = v.gene_key
                WHERE g.symbol = @Gene
                UNION
                SELECT s.patient_key FROM dim_sample s
                JOIN fact_copy_number c ON c.sample_key = s.sample_key
                JOIN dim_gene g ON g.gene_key = c.gene_key
                WHERE g.symbol = @Gene AND c.cn_state <> 0))
          AND (@AlterationClass = '' OR p.patient_key IN (
                SELECT s.patient_key FROM dim_sample s
                JOIN fact_variant_call f ON f.sample_key = s.sample_key
                JOIN dim_variant v ON v.variant_key = f.variant_key
                JOIN dim_gene g ON g.gene_key = v.gene_key
                WHERE @AlterationClass = 'mutation' AND (@Gene = '' OR g.symbol = @Gene)
                  AND f.filter = 'PASS' AND v.consequence IN 
        """ + ProteinChangingConsequences + """

                UNION
                SELECT s.patient_key FROM dim_sample s
                JOIN fact_copy_number c ON c.sample_key = s.sample_key
                JOIN dim_gene g ON g.gene_key = c.gene_key
                WHERE c.cn_state = @CnState AND (@Gene = '' OR g.symbol = @Gene)))
          AND (@TierRank < 0 OR p.patient_key IN (
                SELECT s.patient_key FROM dim_sample s
                JOIN fact_actionable_match m ON m.sample_key = s.sample_key
                WHERE m.kb_version_key = @FilterKbVersionKey AND m.is_best = @Yes AND m.counts = @Yes AND m.escat_rank <= @TierRank))
          AND (@Treatment = '' OR p.patient_key IN (
                SELECT t.patient_key FROM fact_therapy_line t
                WHERE LOWER(t.regimen) = @Treatment OR CONCAT(';', LOWER(t.drugs), ';') LIKE @TreatmentPattern ESCAPE '\'))
          AND (@Matched < 0 OR @Matched = CASE WHEN p.patient_key IN (
                SELECT t.patient_key FROM fact_therapy_line t WHERE t.matched = @Yes) THEN 1 ELSE 0 END)
          AND p.diagnosis_date >= @DiagnosedFrom AND p.diagnosis_date <= @DiagnosedTo
          AND (@AnyCollectionDate = 1 OR p.patient_key IN (
                SELECT s.patient_key FROM dim_sample s WHERE s.collection_date >= @CollectedFrom AND s.collection_date <= @CollectedTo))
          AND (@CtcConversion < 0 OR @CtcConversion = CASE WHEN p.patient_key IN (
        """ + CtcConversionOnMatchedLineSql + """
                ) THEN 1 ELSE 0 END)
          AND (@MinNectin4HScore < 0 OR p.patient_key IN (
        """ + Nectin4HScoreSql + """
                ))
        """;

    // Mutations that alter a gene for cohort purposes (as cBioPortal counts them): not synonymous, intronic or UTR.
    private const string ProteinChangingConsequences = """
        ('missense_variant', 'stop_gained', 'frameshift_variant', 'splice_acceptor_variant',
                                'splice_donor_variant', 'inframe_insertion', 'inframe_deletion', 'start_lost', 'stop_lost',
                                'protein_altering_variant')
        """;

    private const string PatientColumns = """
        p.patient_key AS PatientKey, p.patient_id AS PatientId, p.sex AS Sex, p.birth_year AS BirthYear,
        p.tumor_type AS TumorType, p.diagnosis_date AS DiagnosisDate, p.site AS Site, p.arm AS Arm
        """;

    private const string CountPatientsSql = "SELECT CAST(COUNT(*) AS BIGINT) FROM dim_patient p " + PatientWhere;

    private const string PatientsPageSql = "SELECT " + PatientColumns + " FROM dim_patient p " + PatientWhere + """

          AND p.patient_id > @After
        ORDER BY p.patient_id
        OFFSET 0 ROWS FETCH NEXT @First ROWS ONLY
        """;

    private const string PatientsByKeySql = "SELECT " + PatientColumns + " FROM dim_patient p WHERE p.patient_key IN @Keys ORDER BY p.patient_id";

    private const string PatientByIdSql = "SELECT " + PatientColumns + " FROM dim_patient p WHERE p.patient_id = @PatientId";

    private const string SamplesSql = """
        SELECT sample_key AS SampleKey, patient_key AS PatientKey, sample_id AS SampleId, collection_date AS CollectionDate,
               specimen_site AS SpecimenSite, tumor_cellularity AS TumorCellularity, assay AS Assay, genome_build AS GenomeBuild,
               tmb AS Tmb, msi_status AS MsiStatus
        FROM dim_sample
        WHERE patient_key IN @Keys
        ORDER BY sample_id
        """;

    private const string MutationsSql = """
        SELECT f.sample_key AS SampleKey, g.symbol AS Gene, v.genome_build AS GenomeBuild, v.chrom AS Chrom, v.pos AS Pos,
               v.ref AS Ref, v.alt AS Alt, v.consequence AS Consequence, v.transcript_id AS TranscriptId, v.hgvsc AS HgvsC,
               v.hgvsp AS HgvsP, v.exon AS Exon, f.vaf AS Vaf, f.depth AS Depth, f.alt_count AS AltCount, f.filter AS Filter
        FROM fact_variant_call f
        JOIN dim_variant v ON v.variant_key = f.variant_key
        LEFT JOIN dim_gene g ON g.gene_key = v.gene_key
        WHERE f.sample_key IN @Keys
        ORDER BY f.sample_key, v.chrom, v.pos, v.ref, v.alt
        """;

    private const string FusionsSql = """
        SELECT f.sample_key AS SampleKey, g5.symbol AS Gene5, g3.symbol AS Gene3, f.chrom5 AS Chrom5, f.pos5 AS Position5,
               f.chrom3 AS Chrom3, f.pos3 AS Position3, f.supporting_reads AS SupportingReads
        FROM fact_fusion f
        JOIN dim_gene g5 ON g5.gene_key = f.gene5_key
        JOIN dim_gene g3 ON g3.gene_key = f.gene3_key
        WHERE f.sample_key IN @Keys
        ORDER BY f.sample_key, g5.symbol, g3.symbol, f.pos5, f.pos3
        """;

    private const string CopyNumbersSql = """
        SELECT c.sample_key AS SampleKey, g.symbol AS Gene, c.cn_state AS State, c.log2_ratio AS Log2Ratio,
               c.copy_number AS CopyNumber
        FROM fact_copy_number c
        JOIN dim_gene g ON g.gene_key = c.gene_key
        WHERE c.sample_key IN @Keys
        ORDER BY c.sample_key, g.symbol
        """;

    private const string TherapyLinesSql = """
        SELECT patient_key AS PatientKey, line_number AS LineNumber, regimen AS Regimen, drugs AS Drugs, start_date AS StartDate,
               end_date AS EndDate, reason_stopped AS ReasonStopped, best_response AS BestResponse,
               progression_date AS ProgressionDate, matched AS Matched, matched_alteration AS MatchedAlteration
        FROM fact_therapy_line
        WHERE patient_key IN @Keys
        ORDER BY patient_key, line_number
        """;

    private const string FollowUpSql = """
        SELECT patient_key AS PatientKey, event_date AS EventDate, kind AS Kind, ecog AS Ecog
        FROM fact_follow_up
        WHERE patient_key IN @Keys
        ORDER BY patient_key, event_date, kind
        """;

    private const string SourceFilesSql = """
        SELECT file_key AS FileKey, file_name AS FileName, content_hash AS ContentHash, kind AS Kind, loaded_at AS LoadedAt,
               job_id AS JobId, row_count AS RowsLoaded, status AS Status
        FROM dim_source_file
        ORDER BY loaded_at, file_name
        """;

    private const string KnowledgeBasesSql = """
        SELECT kb_version_key AS KbVersionKey, version AS Version, title AS Title, source AS Source, content_hash AS ContentHash,
               loaded_at AS LoadedAt, rule_count AS RuleCount
        FROM dim_kb_version
        ORDER BY loaded_at DESC, version DESC
        """;

    private const string ActionableMatchesSql = """
        SELECT m.sample_key AS SampleKey, m.kb_version_key AS KbVersionKey, v.version AS KbVersion, m.gene AS Gene,
               m.alteration AS Alteration, m.alteration_kind AS AlterationKind, m.escat AS Escat, m.escat_rank AS EscatRank,
               m.oncokb AS OncoKb, m.scope AS Scope, m.is_best AS IsBest, m.counts AS Counts, m.vaf AS Vaf,
               r.alteration AS Matcher, r.tumor_type AS RuleTumorType, r.drugs AS Drugs, r.evidence AS Evidence, r.pmids AS Pmids
        FROM fact_actionable_match m
        JOIN dim_kb_rule r ON r.rule_key = m.rule_key
        JOIN dim_kb_version v ON v.kb_version_key = m.kb_version_key
        WHERE m.sample_key IN @Keys AND m.kb_version_key = @KbVersionKey
        ORDER BY m.sample_key, m.escat_rank, m.gene, m.alteration, r.line
        """;

    private const string PatientsTouchedSql = """
        SELECT p.patient_id FROM dim_patient p
        WHERE p.file_key IN @Keys
           OR p.patient_key IN (SELECT patient_key FROM fact_therapy_line WHERE file_key IN @Keys)
           OR p.patient_key IN (SELECT patient_key FROM fact_follow_up WHERE file_key IN @Keys)
           OR p.patient_key IN (SELECT patient_key FROM fact_ctc_count WHERE file_key IN @Keys)
           OR p.patient_key IN (SELECT s.patient_key FROM dim_sample s
                                WHERE s.file_key IN @Keys
                                   OR s.sample_key IN (SELECT sample_key FROM fact_variant_call WHERE file_key IN @Keys)
                                   OR s.sample_key IN (SELECT sample_key FROM fact_copy_number WHERE file_key IN @Keys)
                                   OR s.sample_key IN (SELECT sample_key FROM fact_ihc_score WHERE file_key IN @Keys)
                                   OR s.sample_key IN (SELECT sample_key FROM fact_model_response WHERE file_key IN @Keys))
        ORDER BY p.patient_id
        """;
}
