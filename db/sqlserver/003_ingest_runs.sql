-- One row per ingestion run (a delivery ingested by a job, or an `ingest` command): what the data manager reads
-- in the morning with `trialwarehouse jobs status`.

CREATE TABLE dbo.ingest_run (
    run_key         BIGINT PRIMARY KEY,
    source          NVARCHAR(20) NOT NULL,
    delivery        NVARCHAR(400) NOT NULL,
    job_id          NVARCHAR(100),
    started_at      DATETIME2 NOT NULL,
    duration_ms     BIGINT NOT NULL,
    files_loaded    INT NOT NULL,
    files_unchanged INT NOT NULL,
    files_rejected  INT NOT NULL,
    rows_loaded     BIGINT NOT NULL
);
