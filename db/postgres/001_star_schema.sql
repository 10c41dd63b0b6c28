-- TrialWarehouse star schema, first cut. See db/README.md for the grain of each table.
-- No foreign-key constraints, as on DuckDB: the loaders enforce references, so all engines behave alike.

CREATE TABLE dim_source_file (
    file_key      BIGINT PRIMARY KEY,
    file_name     TEXT NOT NULL,
    content_hash  TEXT NOT NULL UNIQUE,
    kind          TEXT NOT NULL,
    loaded_at     TIMESTAMP NOT NULL,
    job_id        TEXT,
    row_count     BIGINT NOT NULL,
    status        TEXT NOT NULL
);

CREATE TABLE dim_patient (
    patient_key     BIGINT PRIMARY KEY,
    patient_id      TEXT NOT NULL UNIQUE,
    sex             TEXT NOT NULL,
    birth_year      INTEGER NOT NULL,
    tumor_type      TEXT NOT NULL,
    diagnosis_date  DATE NOT NULL,
    site            TEXT,
    arm             TEXT,
    file_key        BIGINT NOT NULL
);

CREATE TABLE dim_sample (
    sample_key         BIGINT PRIMARY KEY,
    sample_id          TEXT NOT NULL UNIQUE,
    patient_key        BIGINT NOT NULL,
    collection_date    DATE NOT NULL,
    specimen_site      TEXT NOT NULL,
    tumor_cellularity  DOUBLE PRECISION,
    assay              TEXT NOT NULL,
    genome_build       TEXT NOT NULL,
    file_key           BIGINT NOT NULL
);

CREATE TABLE dim_gene (
    gene_key  BIGINT PRIMARY KEY,
    symbol    TEXT NOT NULL UNIQUE
);

CREATE TABLE dim_variant (
    variant_key    BIGINT PRIMARY KEY,
    genome_build   TEXT NOT NULL,
    chrom          TEXT NOT NULL,
    pos            BIGINT NOT NULL,
    ref            TEXT NOT NULL,
    alt            TEXT NOT NULL,
    gene_key       BIGINT,
    consequence    TEXT,
    transcript_id  TEXT,
    hgvsc          TEXT,
    hgvsp          TEXT
);

CREATE TABLE fact_variant_call (
    sample_key   BIGINT NOT NULL,
    variant_key  BIGINT NOT NULL,
    vaf          DOUBLE PRECISION,
    depth        INTEGER,
    alt_count    INTEGER,
    filter       TEXT NOT NULL,
    file_key     BIGINT NOT NULL
);

CREATE TABLE fact_copy_number (
    sample_key   BIGINT NOT NULL,
    gene_key     BIGINT NOT NULL,
    cn_state     INTEGER NOT NULL,
    log2_ratio   DOUBLE PRECISION,
    copy_number  DOUBLE PRECISION,
    file_key     BIGINT NOT NULL
);

CREATE TABLE fact_therapy_line (
    patient_key         BIGINT NOT NULL,
    line_number         INTEGER NOT NULL,
    regimen             TEXT NOT NULL,
    drugs               TEXT NOT NULL,
    start_date          DATE NOT NULL,
    end_date            DATE,
    reason_stopped      TEXT,
    best_response       TEXT,
    progression_date    DATE,
    matched             BOOLEAN NOT NULL,
    matched_alteration  TEXT,
    file_key            BIGINT NOT NULL
);

CREATE TABLE fact_follow_up (
    patient_key  BIGINT NOT NULL,
    event_date   DATE NOT NULL,
    kind         TEXT NOT NULL,
    ecog         INTEGER,
    file_key     BIGINT NOT NULL
);

CREATE INDEX ix_fact_variant_call_sample ON fact_variant_call (sample_key);
CREATE INDEX ix_fact_copy_number_sample ON fact_copy_number (sample_key);
CREATE INDEX ix_fact_therapy_line_patient ON fact_therapy_line (patient_key);
CREATE INDEX ix_fact_follow_up_patient ON fact_follow_up (patient_key);
CREATE INDEX ix_dim_sample_patient ON dim_sample (patient_key);
