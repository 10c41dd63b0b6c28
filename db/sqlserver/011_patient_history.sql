-- Patient history (slowly changing dimension, type 2): one row per version of a patient's attributes, the ones
-- dim_patient holds and the two derived from follow-up (vital status, last contact). A version is valid from
-- valid_from (inclusive) to valid_to (exclusive; NULL while current), in the warehouse's time: the load or withdrawal
-- that changed an attribute closes the open version and opens the next (db/README.md). file_key is the file whose
-- load or withdrawal opened the version; patients_file_key the patients file the attributes come from.
-- A dimension, read by row (one patient's versions): a rowstore keyed by patient and version.

CREATE TABLE dbo.dim_patient_history (
    patient_key        BIGINT NOT NULL,
    version            INT NOT NULL,
    patient_id         NVARCHAR(64) NOT NULL,
    sex                NVARCHAR(1) NOT NULL,
    birth_year         INT NOT NULL,
    tumor_type         NVARCHAR(32) NOT NULL,
    diagnosis_date     DATE NOT NULL,
    site               NVARCHAR(200),
    arm                NVARCHAR(100),
    vital_status       NVARCHAR(16) NOT NULL,
    last_contact_date  DATE,
    patients_file_key  BIGINT NOT NULL,
    valid_from         DATETIME2 NOT NULL,
    valid_to           DATETIME2,
    file_key           BIGINT NOT NULL,
    CONSTRAINT pk_dim_patient_history PRIMARY KEY (patient_key, version)
);

-- Patients loaded before this migration start with one version, from the load of their patients file.
INSERT INTO dbo.dim_patient_history (patient_key, version, patient_id, sex, birth_year, tumor_type, diagnosis_date, site, arm,
                                 vital_status, last_contact_date, patients_file_key, valid_from, valid_to, file_key)
SELECT p.patient_key, 1, p.patient_id, p.sex, p.birth_year, p.tumor_type, p.diagnosis_date, p.site, p.arm,
       CASE WHEN EXISTS (SELECT 1 FROM dbo.fact_follow_up f WHERE f.patient_key = p.patient_key AND f.kind = 'death') THEN 'deceased' ELSE 'alive' END,
       (SELECT MAX(f.event_date) FROM dbo.fact_follow_up f WHERE f.patient_key = p.patient_key),
       p.file_key, COALESCE((SELECT s.loaded_at FROM dbo.dim_source_file s WHERE s.file_key = p.file_key), SYSUTCDATETIME()), NULL, p.file_key
FROM dbo.dim_patient p;
