-- Actionability: knowledge-base versions and rules as dimensions, and the matches of each sample's alterations
-- under each version as a fact, so results stay queryable per version after the knowledge base changes.

CREATE TABLE dim_kb_version (
    kb_version_key  BIGINT PRIMARY KEY,
    version         TEXT NOT NULL UNIQUE,
    title           TEXT,
    source          TEXT NOT NULL,
    content_hash    TEXT NOT NULL UNIQUE,
    loaded_at       TIMESTAMP NOT NULL,
    rule_count      INTEGER NOT NULL
);

CREATE TABLE dim_kb_rule (
    rule_key        BIGINT PRIMARY KEY,
    kb_version_key  BIGINT NOT NULL,
    line            INTEGER NOT NULL,
    gene            TEXT NOT NULL,
    alteration      TEXT NOT NULL,
    tumor_type      TEXT NOT NULL,
    escat           TEXT NOT NULL,
    oncokb          TEXT,
    drugs           TEXT NOT NULL,
    evidence        TEXT NOT NULL,
    pmids           TEXT NOT NULL
);

CREATE TABLE fact_actionable_match (
    sample_key       BIGINT NOT NULL,
    kb_version_key   BIGINT NOT NULL,
    rule_key         BIGINT NOT NULL,
    gene             TEXT NOT NULL,
    alteration       TEXT NOT NULL,
    alteration_kind  TEXT NOT NULL,
    escat            TEXT NOT NULL,
    escat_rank       INTEGER NOT NULL,
    oncokb           TEXT,
    scope            TEXT NOT NULL,
    is_best          BOOLEAN NOT NULL,
    counts           BOOLEAN NOT NULL,
    vaf              DOUBLE PRECISION,
    annotated_at     TIMESTAMP NOT NULL
);

CREATE INDEX ix_fact_actionable_match_sample ON fact_actionable_match (sample_key, kb_version_key);

-- The exon of the chosen transcript a variant falls in (exon-level knowledge-base rules, e.g. EGFR exon 19 deletions).
ALTER TABLE dim_variant ADD COLUMN exon INTEGER;
