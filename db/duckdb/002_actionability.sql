-- Actionability: knowledge-base versions and rules as dimensions, and the matches of each sample's alterations
-- under each version as a fact, so results stay queryable per version after the knowledge base changes.

CREATE TABLE dim_kb_version (
    kb_version_key  BIGINT PRIMARY KEY,
    version         VARCHAR NOT NULL UNIQUE,
    title           VARCHAR,
    source          VARCHAR NOT NULL,
    content_hash    VARCHAR NOT NULL UNIQUE,
    loaded_at       TIMESTAMP NOT NULL,
    rule_count      INTEGER NOT NULL
);

CREATE TABLE dim_kb_rule (
    rule_key        BIGINT PRIMARY KEY,
    kb_version_key  BIGINT NOT NULL,
    line            INTEGER NOT NULL,
    gene            VARCHAR NOT NULL,
    alteration      VARCHAR NOT NULL,
    tumor_type      VARCHAR NOT NULL,
    escat           VARCHAR NOT NULL,
    oncokb          VARCHAR,
    drugs           VARCHAR NOT NULL,
    evidence        VARCHAR NOT NULL,
    pmids           VARCHAR NOT NULL
);

CREATE TABLE fact_actionable_match (
    sample_key       BIGINT NOT NULL,
    kb_version_key   BIGINT NOT NULL,
    rule_key         BIGINT NOT NULL,
    gene             VARCHAR NOT NULL,
    alteration       VARCHAR NOT NULL,
    alteration_kind  VARCHAR NOT NULL,
    escat            VARCHAR NOT NULL,
    escat_rank       INTEGER NOT NULL,
    oncokb           VARCHAR,
    scope            VARCHAR NOT NULL,
    is_best          BOOLEAN NOT NULL,
    counts           BOOLEAN NOT NULL,
    vaf              DOUBLE,
    annotated_at     TIMESTAMP NOT NULL
);

-- The exon of the chosen transcript a variant falls in (exon-level knowledge-base rules, e.g. EGFR exon 19 deletions).
ALTER TABLE dim_variant ADD COLUMN exon INTEGER;
