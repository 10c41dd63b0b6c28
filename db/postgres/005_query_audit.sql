-- One row per GraphQL request, over HTTP or in-process (`trialwarehouse query`): who asked, with which role, when,
-- which operation, and how it ended. Hashes rather than texts: variables may hold identifiers, and the audit
-- trail must not become a second copy of the data it protects.

CREATE TABLE query_audit (
    audit_key        BIGINT PRIMARY KEY,
    executed_at      TIMESTAMP NOT NULL,
    key_name         TEXT NOT NULL,
    role             TEXT NOT NULL,
    operation_name   TEXT,
    query_sha256     TEXT NOT NULL,
    variables_sha256 TEXT,
    outcome          TEXT NOT NULL,
    duration_ms      BIGINT NOT NULL
);
