-- Actionability: knowledge-base versions and rules as dimensions, and the matches of each sample's alterations
-- under each version as a fact, so results stay queryable per version after the knowledge base changes.

CREATE TABLE dbo.dim_kb_version (
    kb_version_key  BIGINT PRIMARY KEY,
    version         NVARCHAR(100) NOT NULL UNIQUE,
    title           NVARCHAR(400),
    source          NVARCHAR(400) NOT NULL,
    content_hash    NVARCHAR(64) NOT NULL UNIQUE,
    loaded_at       DATETIME2 NOT NULL,
    rule_count      INT NOT NULL
);

CREATE TABLE dbo.dim_kb_rule (
    rule_key        BIGINT PRIMARY KEY,
    kb_version_key  BIGINT NOT NULL,
    line            INT NOT NULL,
    gene            NVARCHAR(64) NOT NULL,
    alteration      NVARCHAR(200) NOT NULL,
    tumor_type      NVARCHAR(32) NOT NULL,
    escat           NVARCHAR(8) NOT NULL,
    oncokb          NVARCHAR(4),
    drugs           NVARCHAR(1000) NOT NULL,
    evidence        NVARCHAR(2000) NOT NULL,
    pmids           NVARCHAR(400) NOT NULL
);

CREATE TABLE dbo.fact_actionable_match (
    sample_key       BIGINT NOT NULL,
    kb_version_key   BIGINT NOT NULL,
    rule_key         BIGINT NOT NULL,
    gene             NVARCHAR(64) NOT NULL,
    alteration       NVARCHAR(200) NOT NULL,
    alteration_kind  NVARCHAR(20) NOT NULL,
    escat            NVARCHAR(8) NOT NULL,
    escat_rank       INT NOT NULL,
    oncokb           NVARCHAR(4),
    scope            NVARCHAR(20) NOT NULL,
    is_best          BIT NOT NULL,
    counts           BIT NOT NULL,
    vaf              FLOAT,
    annotated_at     DATETIME2 NOT NULL
);

CREATE CLUSTERED COLUMNSTORE INDEX cci_fact_actionable_match ON dbo.fact_actionable_match;

-- The exon of the chosen transcript a variant falls in (exon-level knowledge-base rules, e.g. EGFR exon 19 deletions).
ALTER TABLE dbo.dim_variant ADD exon INT;
