-- The exchange side of the matching core. Portable between H2 and PostgreSQL: no vendor types.

-- One event contract listed on the matching core (its id is the market's contract id). The
-- eligibility per jurisdiction, as the latest decision derived it, is a JSON array.
CREATE TABLE listing (
    id               VARCHAR(64)  NOT NULL PRIMARY KEY,
    listed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    listed_by        VARCHAR(64)  NOT NULL,
    subject_json     TEXT         NOT NULL,
    decision_id      VARCHAR(64)  NOT NULL,
    snapshot_hash    VARCHAR(80)  NOT NULL,
    eligibility_json TEXT         NOT NULL
);

-- What happened to a listing: listed, and every change of a jurisdiction's verdict after a new
-- pack snapshot, with the rule ids that fired in the new decision and not the old (added) and
-- the other way round (removed), comma-separated.
CREATE TABLE listing_event (
    listing_id    VARCHAR(64)   NOT NULL REFERENCES listing (id),
    seq           INTEGER       NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    jurisdiction  VARCHAR(8),
    old_verdict   VARCHAR(16),
    new_verdict   VARCHAR(16)   NOT NULL,
    rules_added   VARCHAR(4000) NOT NULL,
    rules_removed VARCHAR(4000) NOT NULL,
    decision_id   VARCHAR(64)   NOT NULL,
    snapshot_hash VARCHAR(80)   NOT NULL,
    PRIMARY KEY (listing_id, seq)
);

-- Trading accounts: the matching core keeps its own copy per market in its journal, but the
-- exchange-wide directory is rebuilt from here on start.
CREATE TABLE participant (
    id                      VARCHAR(64)  NOT NULL PRIMARY KEY,
    beneficial_owner        VARCHAR(200) NOT NULL,
    affiliate_group         VARCHAR(200) NOT NULL,
    jurisdiction            VARCHAR(8)   NOT NULL,
    age_years               INTEGER      NOT NULL,
    age_verified            BOOLEAN      NOT NULL,
    affiliated_market_maker BOOLEAN      NOT NULL,
    self_trade_mode         VARCHAR(16)  NOT NULL,
    registered_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by           VARCHAR(64)  NOT NULL
);
