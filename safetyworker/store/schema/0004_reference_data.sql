-- Reference data the office keeps for every laptop (for now the helpline numbers printed on plans): one
-- field-stamped record per kind, so it travels in the office's bundles like any other change.
CREATE TABLE reference_data (
    id          TEXT PRIMARY KEY,           -- the kind: 'helplines'
    created_hlc TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    deleted_hlc TEXT,
    body        TEXT NOT NULL,              -- JSON, in the shape of resources/reference/<id>.json
    checked     TEXT NOT NULL DEFAULT ''    -- when the office last checked it (as the office wrote it)
);
