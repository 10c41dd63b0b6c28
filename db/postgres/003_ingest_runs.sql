-- One row per ingestion run (a delivery ingested by a job, or an `ingest` command): what the data manager reads
-- in the morning with `trialwarehouse jobs status`.

CREATE TABLE ingest_run (
    run_key         BIGINT PRIMARY KEY,
    source          TEXT NOT NULL,
    delivery        TEXT NOT NULL,
    job_id          TEXT,
    started_at      TIMESTAMP NOT NULL,
    duration_ms     BIGINT NOT NULL,
    files_loaded    INTEGER NOT NULL,
    files_unchanged INTEGER NOT NULL,
    files_rejected  INTEGER NOT NULL,
    rows_loaded     BIGINT NOT NULL
);
