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

    private const string UpdateRowCountSql = "UPDATE dim_source_file SET row_count = @RowCount WHERE file_key = @FileKey";

    private const string SampleBuildSql = "SELECT genome_build FROM dim_sample WHERE sample_key = @SampleKey";
}
