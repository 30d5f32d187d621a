-- The audit trail you can read and verify (issue 16, docs/audit.md).
-- Where the trail ends, kept beside it in meta: how many events were written and the last one's hash. A trail cut
-- short (its last events deleted) no longer matches them. Stores made before this start from what they hold.
INSERT OR REPLACE INTO meta (key, value) SELECT 'audit_count', CAST(count(*) AS TEXT) FROM audit_event;
INSERT OR REPLACE INTO meta (key, value)
    SELECT 'audit_head', hash FROM audit_event ORDER BY seq DESC LIMIT 1;

-- A laptop's bundles carry its audit events not yet acknowledged: how far each bundle got, and how far the office
-- has acknowledged (like change_seq and acked_change for the changes).
ALTER TABLE sync_sent ADD COLUMN audit_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_peer ADD COLUMN acked_audit INTEGER NOT NULL DEFAULT 0;

-- Office side: each laptop's audit trail as its bundles brought it, and the head last seen. A bundle whose trail
-- does not extend that head (cut, rewritten, or an older copy restored) starts a new epoch; the earlier events
-- are kept as evidence and the problem is recorded. Codes and ids only, never case content.
CREATE TABLE audit_peer (
    peer_id    TEXT PRIMARY KEY,
    epoch      INTEGER NOT NULL DEFAULT 1,
    count      INTEGER NOT NULL DEFAULT 0,   -- events in the laptop's trail at its last bundle
    last_seq   INTEGER NOT NULL DEFAULT 0,   -- the laptop's seq of its last event
    head       TEXT NOT NULL DEFAULT '',     -- and that event's hash
    seen_at    TEXT NOT NULL,
    problem    TEXT NOT NULL DEFAULT '',     -- '' or the code of the last break found (docs/audit.md)
    problem_at TEXT NOT NULL DEFAULT ''
);
CREATE TABLE audit_peer_event (
    peer_id   TEXT NOT NULL,
    epoch     INTEGER NOT NULL,
    seq       INTEGER NOT NULL,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    target_id TEXT NOT NULL DEFAULT '',
    detail    TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL,
    PRIMARY KEY (peer_id, epoch, seq)
);
CREATE INDEX audit_peer_event_by_target ON audit_peer_event (target_id);
CREATE INDEX audit_event_by_target ON audit_event (target_id);
CREATE TRIGGER audit_peer_event_no_update BEFORE UPDATE ON audit_peer_event
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_peer_event_no_delete BEFORE DELETE ON audit_peer_event
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
