-- One row per GraphQL request, over HTTP or in-process (`trialwarehouse query`): who asked, with which role, when,
-- which operation, and how it ended. Hashes rather than texts: variables may hold identifiers, and the audit
-- trail must not become a second copy of the data it protects.

CREATE TABLE dbo.query_audit (
    audit_key        BIGINT PRIMARY KEY,
    executed_at      DATETIME2 NOT NULL,
    key_name         NVARCHAR(200) NOT NULL,
    role             NVARCHAR(40) NOT NULL,
    operation_name   NVARCHAR(200),
    query_sha256     CHAR(64) NOT NULL,
    variables_sha256 CHAR(64),
    outcome          NVARCHAR(20) NOT NULL,
    duration_ms      BIGINT NOT NULL
);
