using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Warehouse.Loading;

public sealed partial class WarehouseLoader
{
    /// <summary>
    /// Removes what a loaded file contributed (by content hash or file name) and marks it withdrawn in the ledger.
    /// Patients and samples it introduced go too, unless other data still refers to them. An earlier delivery that
    /// this file superseded is not restored: deliver it again to bring it back; but the patient attributes a withdrawn
    /// patients file gave go back to those of the patients' previous version (PatientHistory).
    /// </summary>
    /// <returns>The files withdrawn; empty when no loaded file matches.</returns>
    public Task<IReadOnlyList<SourceFileRow>> WithdrawAsync(string hashOrName, CancellationToken cancellationToken = default) =>
        warehouse.InTransactionAsync(async tx =>
        {
            var files = await tx.QueryAsync<SourceFileRow>(LoadedFilesMatchingSql, new { Key = hashOrName }, cancellationToken);
            foreach (var file in files)
            {
                await PatientHistory.RestoreAsync(tx, warehouse.Engine, file.FileKey, cancellationToken);
                await RemoveContributionAsync(tx, file.FileKey, FileStatus.Withdrawn, cancellationToken);
                await tx.ExecuteAsync(DeleteUnreferencedSamplesSql, new { file.FileKey }, cancellationToken);
                await tx.ExecuteAsync(DeleteUnreferencedPatientsSql, new { file.FileKey }, cancellationToken);
                await PatientHistory.RefreshAsync(tx, file.FileKey, time.GetUtcNow().UtcDateTime, null, cancellationToken);
            }
            return files;
        }, cancellationToken);

    private const string LoadedFilesMatchingSql = """
        SELECT file_key AS FileKey, file_name AS FileName, content_hash AS ContentHash, kind AS Kind, loaded_at AS LoadedAt,
               job_id AS JobId, row_count AS RowsLoaded, status AS Status
        FROM dim_source_file
        WHERE (content_hash = @Key OR file_name = @Key) AND status = 'loaded'
        """;

    private const string DeleteUnreferencedSamplesSql = """
        DELETE FROM dim_sample
        WHERE file_key = @FileKey
          AND sample_key NOT IN (SELECT sample_key FROM fact_variant_call UNION SELECT sample_key FROM fact_copy_number
                             UNION SELECT sample_key FROM fact_fusion UNION SELECT sample_key FROM fact_ihc_score
                             UNION SELECT sample_key FROM fact_model_response)
        """;

    private const string DeleteUnreferencedPatientsSql = """
        DELETE FROM dim_patient
        WHERE file_key = @FileKey
          AND patient_key NOT IN (SELECT patient_key FROM dim_sample
                                  UNION SELECT patient_key FROM fact_therapy_line
                                  UNION SELECT patient_key FROM fact_follow_up
                                  UNION SELECT patient_key FROM fact_ctc_count)
        """;
}
