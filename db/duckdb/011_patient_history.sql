-- Patient history (slowly changing dimension, type 2): one row per version of a patient's attributes, the ones
-- dim_patient holds and the two derived from follow-up (vital status, last contact). A version is valid from
-- valid_from (inclusive) to valid_to (exclusive; NULL while current), in the warehouse's time: the load or withdrawal
-- that changed an attribute closes the open version and opens the next (db/README.md). file_key is the file whose
-- load or withdrawal opened the version; patients_file_key the patients file the attributes come from.

CREATE TABLE dim_patient_history (
    patient_key        BIGINT NOT NULL,
    version            INTEGER NOT NULL,
    patient_id         VARCHAR NOT NULL,
    sex                VARCHAR NOT NULL,
    birth_year         INTEGER NOT NULL,
    tumor_type         VARCHAR NOT NULL,
    diagnosis_date     DATE NOT NULL,
    site               VARCHAR,
    arm                VARCHAR,
    vital_status       VARCHAR NOT NULL,
    last_contact_date  DATE,
    patients_file_key  BIGINT NOT NULL,
    valid_from         TIMESTAMP NOT NULL,
    valid_to           TIMESTAMP,
    file_key           BIGINT NOT NULL,
    PRIMARY KEY (patient_key, version)
);

-- Patients loaded before this migration start with one version, from the load of their patients file.
INSERT INTO dim_patient_history (patient_key, version, patient_id, sex, birth_year, tumor_type, diagnosis_date, site, arm,
                                 vital_status, last_contact_date, patients_file_key, valid_from, valid_to, file_key)
SELECT p.patient_key, 1, p.patient_id, p.sex, p.birth_year, p.tumor_type, p.diagnosis_date, p.site, p.arm,
       CASE WHEN EXISTS (SELECT 1 FROM fact_follow_up f WHERE f.patient_key = p.patient_key AND f.kind = 'death') THEN 'deceased' ELSE 'alive' END,
       (SELECT MAX(f.event_date) FROM fact_follow_up f WHERE f.patient_key = p.patient_key),
       p.file_key, COALESCE((SELECT s.loaded_at FROM dim_source_file s WHERE s.file_key = p.file_key), CAST(CURRENT_TIMESTAMP AS TIMESTAMP)), NULL, p.file_key
FROM dim_patient p;
