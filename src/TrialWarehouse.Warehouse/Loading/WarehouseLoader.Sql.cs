namespace TrialWarehouse.Warehouse.Loading;

public sealed partial class WarehouseLoader
{
    private const string FileStatusSql = "SELECT status FROM dim_source_file WHERE content_hash = @ContentHash";

    private const string DeleteFileSql = "DELETE FROM dim_source_file WHERE file_key = @FileKey";

    private const string PreviousDeliverySql =
        "SELECT file_key FROM dim_source_file WHERE file_name = @FileName AND kind = @Kind AND status = 'loaded'";

    private const string SetFileStatusSql = "UPDATE dim_source_file SET status = @Status WHERE file_key = @FileKey";

    private const string InsertFileSql = """
        INSERT INTO dim_source_file (file_key, file_name, content_hash, kind, loaded_at, job_id, row_count, status)
        VALUES (@FileKey, @FileName, @ContentHash, @Kind, @LoadedAt, @JobId, @RowCount, @Status)
        """;

    private const string SampleBuildSql = "SELECT genome_build FROM dim_sample WHERE sample_key = @SampleKey";

    private const string VariantIdentitySql =
        "SELECT variant_key, genome_build, chrom, pos, ref, alt FROM dim_variant WHERE variant_key IN @Keys";

    private const string MergePatientSql = """
        MERGE INTO dim_patient AS t
        USING (SELECT @PatientKey AS patient_key, @PatientId AS patient_id, @Sex AS sex, @BirthYear AS birth_year,
                      @TumorType AS tumor_type, @DiagnosisDate AS diagnosis_date, @Site AS site, @Arm AS arm,
                      @FileKey AS file_key) AS s
        ON t.patient_key = s.patient_key
        WHEN MATCHED THEN UPDATE SET sex = s.sex, birth_year = s.birth_year, tumor_type = s.tumor_type,
            diagnosis_date = s.diagnosis_date, site = s.site, arm = s.arm, file_key = s.file_key
        WHEN NOT MATCHED THEN INSERT (patient_key, patient_id, sex, birth_year, tumor_type, diagnosis_date, site, arm, file_key)
            VALUES (s.patient_key, s.patient_id, s.sex, s.birth_year, s.tumor_type, s.diagnosis_date, s.site, s.arm, s.file_key);
        """;

    private const string MergeSampleSql = """
        MERGE INTO dim_sample AS t
        USING (SELECT @SampleKey AS sample_key, @SampleId AS sample_id, @PatientKey AS patient_key,
                      @CollectionDate AS collection_date, @SpecimenSite AS specimen_site,
                      @TumorCellularity AS tumor_cellularity, @Assay AS assay, @GenomeBuild AS genome_build,
                      @FileKey AS file_key) AS s
        ON t.sample_key = s.sample_key
        WHEN MATCHED THEN UPDATE SET patient_key = s.patient_key, collection_date = s.collection_date,
            specimen_site = s.specimen_site, tumor_cellularity = s.tumor_cellularity, assay = s.assay,
            genome_build = s.genome_build, file_key = s.file_key
        WHEN NOT MATCHED THEN INSERT (sample_key, sample_id, patient_key, collection_date, specimen_site, tumor_cellularity,
                                      assay, genome_build, file_key)
            VALUES (s.sample_key, s.sample_id, s.patient_key, s.collection_date, s.specimen_site, s.tumor_cellularity,
                    s.assay, s.genome_build, s.file_key);
        """;
}
