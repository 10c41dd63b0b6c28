-- Measurements beyond DNA (docs/formats.md: ctc*.csv, ihc*.csv, model_responses*.csv), on the conformed patient,
-- sample, drug and date dimensions. See db/README.md for the grain of each.

-- One CTC count of one blood draw of one patient, by one method. baseline_until = draw_date + 30 days: the last
-- therapy-line start this draw can be the baseline of (docs/endpoints.md), so the engines compare dates only.
CREATE TABLE fact_ctc_count (
    patient_key     BIGINT NOT NULL,
    draw_date       DATE NOT NULL,
    method          VARCHAR NOT NULL,
    ctc_count       INTEGER NOT NULL,
    atypical_count  INTEGER,
    emt_count       INTEGER,
    line_number     INTEGER,
    baseline_until  DATE NOT NULL,
    file_key        BIGINT NOT NULL,
    draw_date_key   INTEGER NOT NULL
);

-- One immunohistochemistry score of one marker on one sample, by one scoring system; value on that system's scale
-- (intensity 0-3, h_score 0-300, percent_positive 0-100).
CREATE TABLE fact_ihc_score (
    sample_key      BIGINT NOT NULL,
    marker          VARCHAR NOT NULL,
    gene_symbol     VARCHAR NOT NULL,
    scoring         VARCHAR NOT NULL,
    score           DOUBLE NOT NULL,
    antibody_clone  VARCHAR NOT NULL,
    ish_result      VARCHAR,
    file_key        BIGINT NOT NULL
);

-- One drug response measured on one patient-derived model (PDX or tumoroid) grown from one sample.
CREATE TABLE fact_model_response (
    sample_key      BIGINT NOT NULL,
    model_id        VARCHAR NOT NULL,
    model_kind      VARCHAR NOT NULL,
    passage         INTEGER,
    drug_key        BIGINT NOT NULL,
    drug            VARCHAR NOT NULL,
    dose            DOUBLE,
    dose_unit       VARCHAR,
    measure         VARCHAR NOT NULL,
    measure_value   DOUBLE,
    value_unit      VARCHAR,
    response_class  VARCHAR,
    file_key        BIGINT NOT NULL
);
