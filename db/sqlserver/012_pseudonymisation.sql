-- Pseudonymisation: dimensions and facts hold keyed pseudonyms (HMAC-SHA-256 under Pseudonymisation:Secret) instead of
-- the patient, sample and model ids of the hospital files. identifier_map links each pseudonym to the id it stands
-- for; only the clinician role reads it through the API, and a deployment grants it to the clinician-facing login
-- only (docs/operations.md). pseudonymisation_key records the fingerprint of the secret the warehouse was built
-- under, so that loads under another secret are refused instead of splitting patients in two.

CREATE TABLE dbo.identifier_map (
    identifier_key  BIGINT PRIMARY KEY,
    pseudonym       NVARCHAR(18) NOT NULL UNIQUE,
    kind            NVARCHAR(16) NOT NULL,
    source_id       NVARCHAR(200) NOT NULL
);
CREATE INDEX ix_identifier_map_source ON dbo.identifier_map (kind, source_id);

CREATE TABLE dbo.pseudonymisation_key (
    fingerprint     NVARCHAR(16) PRIMARY KEY,
    recorded_at     DATETIME2 NOT NULL
);
