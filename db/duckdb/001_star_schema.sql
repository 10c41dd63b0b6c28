-- TrialWarehouse star schema, first cut. See db/README.md for the grain of each table.
-- No foreign-key constraints: the loaders enforce references, and DuckDB's foreign keys forbid the upserts of
-- dimension rows that facts point at.

CREATE TABLE dim_source_file (
    file_key      BIGINT PRIMARY KEY,
    file_name     VARCHAR NOT NULL,
    content_hash  VARCHAR NOT NULL UNIQUE,
    kind          VARCHAR NOT NULL,
    loaded_at     TIMESTAMP NOT NULL,
    job_id        VARCHAR,
    row_count     BIGINT NOT NULL,
    status        VARCHAR NOT NULL
);

CREATE TABLE dim_patient (
    patient_key     BIGINT PRIMARY KEY,
    patient_id      VARCHAR NOT NULL UNIQUE,
    sex             VARCHAR NOT NULL,
    birth_year      INTEGER NOT NULL,
    tumor_type      VARCHAR NOT NULL,
    diagnosis_date  DATE NOT NULL,
    site            VARCHAR,
    arm             VARCHAR,
    file_key        BIGINT NOT NULL
);

CREATE TABLE dim_sample (
    sample_key         BIGINT PRIMARY KEY,
    sample_id          VARCHAR NOT NULL UNIQUE,
    patient_key        BIGINT NOT NULL,
    collection_date    DATE NOT NULL,
    specimen_site      VARCHAR NOT NULL,
    tumor_cellularity  DOUBLE,
    assay              VARCHAR NOT NULL,
    genome_build       VARCHAR NOT NULL,
    file_key           BIGINT NOT NULL
);

CREATE TABLE dim_gene (
    gene_key  BIGINT PRIMARY KEY,
    symbol    VARCHAR NOT NULL UNIQUE
);

CREATE TABLE dim_variant (
    variant_key    BIGINT PRIMARY KEY,
    genome_build   VARCHAR NOT NULL,
    chrom          VARCHAR NOT NULL,
    pos            BIGINT NOT NULL,
    ref            VARCHAR NOT NULL,
    alt            VARCHAR NOT NULL,
    gene_key       BIGINT,
    consequence    VARCHAR,
    transcript_id  VARCHAR,
    hgvsc          VARCHAR,
    hgvsp          VARCHAR
);

CREATE TABLE fact_variant_call (
    sample_key   BIGINT NOT NULL,
    variant_key  BIGINT NOT NULL,
    vaf          DOUBLE,
    depth        INTEGER,
    alt_count    INTEGER,
    filter       VARCHAR NOT NULL,
    file_key     BIGINT NOT NULL
);

CREATE TABLE fact_copy_number (
    sample_key   BIGINT NOT NULL,
    gene_key     BIGINT NOT NULL,
    cn_state     INTEGER NOT NULL,
    log2_ratio   DOUBLE,
    copy_number  DOUBLE,
    file_key     BIGINT NOT NULL
);

CREATE TABLE fact_therapy_line (
    patient_key         BIGINT NOT NULL,
    line_number         INTEGER NOT NULL,
    regimen             VARCHAR NOT NULL,
    drugs               VARCHAR NOT NULL,
    start_date          DATE NOT NULL,
    end_date            DATE,
    reason_stopped      VARCHAR,
    best_response       VARCHAR,
    progression_date    DATE,
    matched             BOOLEAN NOT NULL,
    matched_alteration  VARCHAR,
    file_key            BIGINT NOT NULL
);

CREATE TABLE fact_follow_up (
    patient_key  BIGINT NOT NULL,
    event_date   DATE NOT NULL,
    kind         VARCHAR NOT NULL,
    ecog         INTEGER,
    file_key     BIGINT NOT NULL
);
