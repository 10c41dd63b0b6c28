-- Conformed dimensions shared by the facts: calendar dates, tumor types (OncoTree, seeded by the application from the
-- shipped release), regimens and their drugs, and RECIST responses. Facts keep their dates and codes as well, so
-- the engines can do date arithmetic (PFS, OS) without a join; the keys serve analysts' tools that slice by them.

-- One row per calendar day, 1900-01-01 .. 2099-12-31; date_key is YYYYMMDD.
CREATE TABLE dbo.dim_date (
    date_key       INT PRIMARY KEY,
    calendar_date  DATE NOT NULL UNIQUE,
    year           INT NOT NULL,
    quarter        INT NOT NULL,
    month          INT NOT NULL,
    day            INT NOT NULL,
    iso_weekday    INT NOT NULL
);

WITH digits AS (SELECT d FROM (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS v(d)),
     numbers AS (
         SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d AS n
         FROM digits a CROSS JOIN digits b CROSS JOIN digits c CROSS JOIN digits e CROSS JOIN digits f),
     days AS (SELECT DATEADD(DAY, n, CAST('1900-01-01' AS DATE)) AS d, n FROM numbers WHERE n < 73049)
INSERT INTO dbo.dim_date (date_key, calendar_date, year, quarter, month, day, iso_weekday)
SELECT YEAR(d) * 10000 + MONTH(d) * 100 + DAY(d), d, YEAR(d), DATEPART(QUARTER, d), MONTH(d), DAY(d), n % 7 + 1
FROM days;

CREATE TABLE dbo.dim_tumor_type (
    tumor_type        NVARCHAR(40) PRIMARY KEY,
    name              NVARCHAR(200) NOT NULL,
    parent            NVARCHAR(40),
    tissue            NVARCHAR(40) NOT NULL,
    oncotree_version  NVARCHAR(100) NOT NULL
);

CREATE TABLE dbo.dim_regimen (
    regimen_key  BIGINT PRIMARY KEY,
    name         NVARCHAR(400) NOT NULL,
    drugs        NVARCHAR(1000) NOT NULL
);

CREATE TABLE dbo.dim_drug (
    drug_key  BIGINT PRIMARY KEY,
    name      NVARCHAR(200) NOT NULL UNIQUE
);

-- The drugs of a regimen (a bridge: a regimen has one or more drugs, a drug is in many regimens).
CREATE TABLE dbo.bridge_regimen_drug (
    regimen_drug_key  BIGINT PRIMARY KEY,
    regimen_key       BIGINT NOT NULL,
    drug_key          BIGINT NOT NULL
);

CREATE TABLE dbo.dim_response (
    response_key  INT PRIMARY KEY,
    code          NVARCHAR(4) NOT NULL UNIQUE,
    description   NVARCHAR(40) NOT NULL
);
INSERT INTO dbo.dim_response (response_key, code, description) VALUES
    (1, 'CR', 'complete response'), (2, 'PR', 'partial response'), (3, 'SD', 'stable disease'),
    (4, 'PD', 'progressive disease'), (5, 'NE', 'not evaluable');

ALTER TABLE dbo.dim_patient ADD diagnosis_date_key INT NULL;
ALTER TABLE dbo.dim_sample ADD collection_date_key INT NULL;
ALTER TABLE dbo.fact_therapy_line ADD regimen_key BIGINT NULL;
ALTER TABLE dbo.fact_therapy_line ADD response_key INT NULL;
ALTER TABLE dbo.fact_therapy_line ADD start_date_key INT NULL;
ALTER TABLE dbo.fact_therapy_line ADD end_date_key INT NULL;
ALTER TABLE dbo.fact_therapy_line ADD progression_date_key INT NULL;
ALTER TABLE dbo.fact_follow_up ADD event_date_key INT NULL;
