-- Measurements beyond DNA (docs/formats.md: ctc*.csv, ihc*.csv, model_responses*.csv), on the conformed patient,
-- sample, drug and date dimensions. See db/README.md for the grain of each.

-- One CTC count of one blood draw of one patient, by one method. baseline_until = draw_date + 30 days: the last
-- therapy-line start this draw can be the baseline of (docs/endpoints.md), so the engines compare dates only.
CREATE TABLE dbo.fact_ctc_count (
    patient_key     BIGINT NOT NULL,
    draw_date       DATE NOT NULL,
    method          NVARCHAR(40) NOT NULL,
    ctc_count       INT NOT NULL,
    atypical_count  INT,
    emt_count       INT,
    line_number     INT,
    baseline_until  DATE NOT NULL,
    file_key        BIGINT NOT NULL,
    draw_date_key   INT NOT NULL
);

-- One immunohistochemistry score of one marker on one sample, by one scoring system; value on that system's scale
-- (intensity 0-3, h_score 0-300, percent_positive 0-100).
CREATE TABLE dbo.fact_ihc_score (
    sample_key      BIGINT NOT NULL,
    marker          NVARCHAR(40) NOT NULL,
    gene_symbol     NVARCHAR(40) NOT NULL,
    scoring         NVARCHAR(40) NOT NULL,
    score           FLOAT NOT NULL,
    antibody_clone  NVARCHAR(200) NOT NULL,
    ish_result      NVARCHAR(40),
    file_key        BIGINT NOT NULL
);

-- One drug response measured on one patient-derived model (PDX or tumoroid) grown from one sample.
CREATE TABLE dbo.fact_model_response (
    sample_key      BIGINT NOT NULL,
    model_id        NVARCHAR(200) NOT NULL,
    model_kind      NVARCHAR(40) NOT NULL,
    passage         INT,
    drug_key        BIGINT NOT NULL,
    drug            NVARCHAR(200) NOT NULL,
    dose            FLOAT,
    dose_unit       NVARCHAR(40),
    measure         NVARCHAR(40) NOT NULL,
    measure_value   FLOAT,
    value_unit      NVARCHAR(40),
    response_class  NVARCHAR(40),
    file_key        BIGINT NOT NULL
);

CREATE CLUSTERED COLUMNSTORE INDEX cci_fact_ctc_count ON dbo.fact_ctc_count;
CREATE CLUSTERED COLUMNSTORE INDEX cci_fact_ihc_score ON dbo.fact_ihc_score;
CREATE CLUSTERED COLUMNSTORE INDEX cci_fact_model_response ON dbo.fact_model_response;
