-- Conformed dimensions shared by the facts: calendar dates, tumor types (OncoTree, seeded by the application from the
-- shipped release), regimens and their drugs, and RECIST responses. Facts keep their dates and codes as well, so
-- the engines can do date arithmetic (PFS, OS) without a join; the keys serve analysts' tools that slice by them.

-- One row per calendar day, 1900-01-01 .. 2099-12-31; date_key is YYYYMMDD.
CREATE TABLE dim_date (
    date_key       INTEGER PRIMARY KEY,
    calendar_date  DATE NOT NULL UNIQUE,
    year           INTEGER NOT NULL,
    quarter        INTEGER NOT NULL,
    month          INTEGER NOT NULL,
    day            INTEGER NOT NULL,
    iso_weekday    INTEGER NOT NULL
);
INSERT INTO dim_date
SELECT CAST(to_char(d, 'YYYYMMDD') AS INTEGER), d::date, EXTRACT(YEAR FROM d), EXTRACT(QUARTER FROM d), EXTRACT(MONTH FROM d), EXTRACT(DAY FROM d), EXTRACT(ISODOW FROM d)
FROM generate_series(TIMESTAMP '1900-01-01', TIMESTAMP '2099-12-31', INTERVAL '1 day') AS t(d);

CREATE TABLE dim_tumor_type (
    tumor_type      TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    parent          TEXT,
    tissue          TEXT NOT NULL,
    oncotree_version TEXT NOT NULL
);

CREATE TABLE dim_regimen (
    regimen_key  BIGINT PRIMARY KEY,
    name         TEXT NOT NULL,
    drugs        TEXT NOT NULL
);

CREATE TABLE dim_drug (
    drug_key  BIGINT PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE
);

-- The drugs of a regimen (a bridge: a regimen has one or more drugs, a drug is in many regimens).
CREATE TABLE bridge_regimen_drug (
    regimen_drug_key  BIGINT PRIMARY KEY,
    regimen_key       BIGINT NOT NULL,
    drug_key          BIGINT NOT NULL
);

CREATE TABLE dim_response (
    response_key  INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    description   TEXT NOT NULL
);
INSERT INTO dim_response VALUES
    (1, 'CR', 'complete response'), (2, 'PR', 'partial response'), (3, 'SD', 'stable disease'),
    (4, 'PD', 'progressive disease'), (5, 'NE', 'not evaluable');

ALTER TABLE dim_patient ADD COLUMN diagnosis_date_key INTEGER;
ALTER TABLE dim_sample ADD COLUMN collection_date_key INTEGER;
ALTER TABLE fact_therapy_line ADD COLUMN regimen_key BIGINT;
ALTER TABLE fact_therapy_line ADD COLUMN response_key INTEGER;
ALTER TABLE fact_therapy_line ADD COLUMN start_date_key INTEGER;
ALTER TABLE fact_therapy_line ADD COLUMN end_date_key INTEGER;
ALTER TABLE fact_therapy_line ADD COLUMN progression_date_key INTEGER;
ALTER TABLE fact_follow_up ADD COLUMN event_date_key INTEGER;
