-- Decisions are stored deflated from now on (StoredJson: an ALL decision shrinks about 13-fold).
-- Rows written before keep their text: an audit log is never rewritten, and each row's hash is
-- over the JSON itself, so both forms verify alike. Exactly one form per row.
ALTER TABLE decision_audit ALTER COLUMN decision_json DROP NOT NULL;
ALTER TABLE decision_audit ADD COLUMN decision_deflated BYTEA;
ALTER TABLE decision_audit ADD CONSTRAINT decision_audit_one_json_form
    CHECK ((decision_json IS NULL) <> (decision_deflated IS NULL));
