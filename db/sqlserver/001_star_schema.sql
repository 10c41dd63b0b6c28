-- TrialWarehouse star schema, first cut. See db/README.md for the grain of each table.
-- No foreign-key constraints, as on DuckDB: the loaders enforce references, so all engines behave alike.
-- Fact tables are clustered columnstores: they are scanned and aggregated, rarely read by row.

CREATE TABLE dbo.dim_source_file (
    file_key      BIGINT PRIMARY KEY,
    file_name     NVARCHAR(400) NOT NULL,
    content_hash  NVARCHAR(64) NOT NULL UNIQUE,
    kind          NVARCHAR(40) NOT NULL,
    loaded_at     DATETIME2 NOT NULL,
    job_id        NVARCHAR(100),
    row_count     BIGINT NOT NULL,
    status        NVARCHAR(20) NOT NULL
);

CREATE TABLE dbo.dim_patient (
    patient_key     BIGINT PRIMARY KEY,
    patient_id      NVARCHAR(64) NOT NULL UNIQUE,
    sex             NVARCHAR(1) NOT NULL,
    birth_year      INT NOT NULL,
    tumor_type      NVARCHAR(32) NOT NULL,
    diagnosis_date  DATE NOT NULL,
    site            NVARCHAR(200),
    arm             NVARCHAR(100),
    file_key        BIGINT NOT NULL
);

CREATE TABLE dbo.dim_sample (
    sample_key         BIGINT PRIMARY KEY,
    sample_id          NVARCHAR(64) NOT NULL UNIQUE,
    patient_key        BIGINT NOT NULL,
    collection_date    DATE NOT NULL,
    specimen_site      NVARCHAR(200) NOT NULL,
    tumor_cellularity  FLOAT,
    assay              NVARCHAR(100) NOT NULL,
    genome_build       NVARCHAR(16) NOT NULL,
    file_key           BIGINT NOT NULL
);

CREATE TABLE dbo.dim_gene (
    gene_key  BIGINT PRIMARY KEY,
    symbol    NVARCHAR(64) NOT NULL UNIQUE
);

CREATE TABLE dbo.dim_variant (
    variant_key    BIGINT PRIMARY KEY,
    genome_build   NVARCHAR(16) NOT NULL,
    chrom          NVARCHAR(64) NOT NULL,
    pos            BIGINT NOT NULL,
    ref            NVARCHAR(MAX) NOT NULL,
    alt            NVARCHAR(MAX) NOT NULL,
    gene_key       BIGINT,
    consequence    NVARCHAR(100),
    transcript_id  NVARCHAR(64),
    hgvsc          NVARCHAR(400),
    hgvsp          NVARCHAR(400)
);

CREATE TABLE dbo.fact_variant_call (
    sample_key   BIGINT NOT NULL,
    variant_key  BIGINT NOT NULL,
    vaf          FLOAT,
    depth        INT,
    alt_count    INT,
    filter       NVARCHAR(200) NOT NULL,
    file_key     BIGINT NOT NULL
);

CREATE TABLE dbo.fact_copy_number (
    sample_key   BIGINT NOT NULL,
    gene_key     BIGINT NOT NULL,
    cn_state     INT NOT NULL,
    log2_ratio   FLOAT,
    copy_number  FLOAT,
    file_key     BIGINT NOT NULL
);

CREATE TABLE dbo.fact_therapy_line (
    patient_key         BIGINT NOT NULL,
    line_number         INT NOT NULL,
    regimen             NVARCHAR(400) NOT NULL,
    drugs               NVARCHAR(1000) NOT NULL,
    start_date          DATE NOT NULL,
    end_date            DATE,
    reason_stopped      NVARCHAR(40),
    best_response       NVARCHAR(4),
    progression_date    DATE,
    matched             BIT NOT NULL,
    matched_alteration  NVARCHAR(400),
    file_key            BIGINT NOT NULL
);

CREATE TABLE dbo.fact_follow_up (
    patient_key  BIGINT NOT NULL,
    event_date   DATE NOT NULL,
    kind         NVARCHAR(40) NOT NULL,
    ecog         INT,
    file_key     BIGINT NOT NULL
);

CREATE CLUSTERED COLUMNSTORE INDEX cci_fact_variant_call ON dbo.fact_variant_call;
CREATE CLUSTERED COLUMNSTORE INDEX cci_fact_copy_number ON dbo.fact_copy_number;
CREATE CLUSTERED COLUMNSTORE INDEX cci_fact_therapy_line ON dbo.fact_therapy_line;
CREATE CLUSTERED COLUMNSTORE INDEX cci_fact_follow_up ON dbo.fact_follow_up;
CREATE INDEX ix_dim_sample_patient ON dbo.dim_sample (patient_key);
