-- Portable between H2 and PostgreSQL: no vendor types, no identity columns.

-- Every decision, hash-chained: hash = sha256(prev_hash + canonical content), see AuditChain.
CREATE TABLE decision_audit (
    seq           BIGINT       NOT NULL PRIMARY KEY,
    decision_id   VARCHAR(64)  NOT NULL UNIQUE,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    caller_key_id VARCHAR(64)  NOT NULL,
    pack_set      VARCHAR(80)  NOT NULL,
    overall       VARCHAR(16)  NOT NULL,
    request_json  TEXT         NOT NULL,
    decision_json TEXT         NOT NULL,
    prev_hash     VARCHAR(64)  NOT NULL,
    hash          VARCHAR(64)  NOT NULL
);

-- One row: the end of the chain. Appenders lock it (SELECT ... FOR UPDATE) so appends serialize.
CREATE TABLE audit_chain_head (
    id        INTEGER     NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- API keys, stored as SHA-256 of the key; the key itself is shown once and never stored.
CREATE TABLE api_key (
    id         VARCHAR(32)  NOT NULL PRIMARY KEY,
    key_hash   VARCHAR(64)  NOT NULL UNIQUE,
    role       VARCHAR(16)  NOT NULL,
    label      VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(32)
);

-- Every pack set made live: who, when, which snapshot replaced which.
CREATE TABLE pack_publication (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    key_id        VARCHAR(32)  NOT NULL,
    snapshot_hash VARCHAR(80)  NOT NULL,
    previous_hash VARCHAR(80)  NOT NULL,
    packs         VARCHAR(2000) NOT NULL
);
