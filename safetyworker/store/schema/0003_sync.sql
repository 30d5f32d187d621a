-- Sync between laptops and the office (DESIGN.md, Sync bundles).

-- The stamp another device wrote that this device's own chain of edits to a field started from. A bundle
-- carries it, so the office can tell an edit made with the other value in view (applied) from one made
-- without it (concurrent: both values kept, a conflict queued). NULL: the field was first written here.
ALTER TABLE field_stamp ADD COLUMN base_hlc TEXT;

-- Private and public keys of this store (office: age identity and signing key; laptop: device keys).
-- They live inside the encrypted database, never in a file of their own.
CREATE TABLE sync_key (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Office: one row per enrolled worker (device keys filled in by the first bundle that laptop sends).
-- Laptop: one row, the office.
CREATE TABLE sync_peer (
    peer_id          TEXT PRIMARY KEY,          -- worker id (office side) or office id (laptop side)
    role             TEXT NOT NULL,             -- 'worker' or 'office'
    name             TEXT NOT NULL,
    device_id        TEXT UNIQUE,               -- the peer's device (its HLC device id)
    signing_public   TEXT,                      -- Ed25519 public key, hex
    age_recipient    TEXT,                      -- age X25519 recipient (age1...)
    enrol_token      TEXT,                      -- office side: proves the first bundle came from the enrolled laptop
    status           TEXT NOT NULL DEFAULT 'pending',  -- pending, active, revoked
    created_at       TEXT NOT NULL,
    seq_in           INTEGER NOT NULL DEFAULT 0,    -- highest sequence number received from the peer
    hash_in          TEXT NOT NULL DEFAULT '',      -- hash of that bundle
    seq_out          INTEGER NOT NULL DEFAULT 0,    -- sequence number of the last bundle sent to the peer
    hash_out         TEXT NOT NULL DEFAULT '',
    acked_seq        INTEGER NOT NULL DEFAULT 0,    -- our last bundle the peer said it applied
    acked_change     INTEGER NOT NULL DEFAULT 0,    -- and how far our change list had got when we sent it
    last_sent_at     TEXT,
    last_received_at TEXT
);

-- Every bundle applied (or recognised): a second import of the same bundle is a no-op that says so.
CREATE TABLE sync_bundle_seen (
    bundle_id   TEXT PRIMARY KEY,
    peer_id     TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    hash        TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    operations  INTEGER NOT NULL
) WITHOUT ROWID;

-- Sequence numbers not yet seen from a peer (reported, never blocking).
CREATE TABLE sync_gap (
    peer_id TEXT NOT NULL,
    seq     INTEGER NOT NULL,
    PRIMARY KEY (peer_id, seq)
) WITHOUT ROWID;

-- Two devices changed one field without seeing each other's change: both values are kept for a person.
CREATE TABLE sync_conflict (
    id          TEXT PRIMARY KEY,
    tbl         TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    field       TEXT NOT NULL,
    case_id     TEXT,
    status      TEXT NOT NULL DEFAULT 'open',   -- open, resolved
    opened_at   TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT
);
CREATE UNIQUE INDEX sync_conflict_open ON sync_conflict (tbl, record_id, field) WHERE status = 'open';

CREATE TABLE sync_conflict_value (
    conflict_id TEXT NOT NULL REFERENCES sync_conflict (id),
    device_id   TEXT NOT NULL,
    hlc         TEXT NOT NULL,
    value_json  TEXT NOT NULL,
    PRIMARY KEY (conflict_id, device_id)
) WITHOUT ROWID;

-- Records erased for good: a later edit from any device is dropped, never resurrects them.
CREATE TABLE sync_erased (
    tbl       TEXT NOT NULL,
    record_id TEXT NOT NULL,
    erased_at TEXT NOT NULL,
    PRIMARY KEY (tbl, record_id)
) WITHOUT ROWID;

-- Office: which worker holds which case (what goes into that worker's bundles).
CREATE TABLE sync_assignment (
    case_id     TEXT PRIMARY KEY,
    peer_id     TEXT NOT NULL REFERENCES sync_peer (peer_id),
    assigned_at TEXT NOT NULL,
    previous_peer_id TEXT                     -- the worker it was transferred from, told to drop it
) WITHOUT ROWID;

-- What changed, in the order this store learnt of it (local edits and applied bundles alike): one row per
-- record, moved to the end each time the record changes (deleted and added again: an upsert that fires the
-- trigger would override INSERT OR REPLACE's conflict handling). A bundle holds the records past the watermark its
-- peer acknowledged. (HLC stamps cannot serve: a bundle from a laptop whose clock is behind arrives late with
-- old stamps that still have to travel on.)
CREATE TABLE sync_change (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    tbl       TEXT NOT NULL,
    record_id TEXT NOT NULL,
    UNIQUE (tbl, record_id)
);
CREATE TRIGGER sync_change_stamp_insert AFTER INSERT ON field_stamp
BEGIN DELETE FROM sync_change WHERE tbl = NEW.tbl AND record_id = NEW.record_id;
      INSERT INTO sync_change (tbl, record_id) VALUES (NEW.tbl, NEW.record_id); END;
CREATE TRIGGER sync_change_stamp_update AFTER UPDATE ON field_stamp
BEGIN DELETE FROM sync_change WHERE tbl = NEW.tbl AND record_id = NEW.record_id;
      INSERT INTO sync_change (tbl, record_id) VALUES (NEW.tbl, NEW.record_id); END;
CREATE TRIGGER sync_change_log AFTER INSERT ON contact_log
BEGIN DELETE FROM sync_change WHERE tbl = 'contact_log' AND record_id = NEW.id;
      INSERT INTO sync_change (tbl, record_id) VALUES ('contact_log', NEW.id); END;
CREATE TRIGGER sync_change_note AFTER INSERT ON case_note
BEGIN DELETE FROM sync_change WHERE tbl = 'case_note' AND record_id = NEW.id;
      INSERT INTO sync_change (tbl, record_id) VALUES ('case_note', NEW.id); END;
CREATE TRIGGER sync_change_plan AFTER INSERT ON safety_plan_version
BEGIN DELETE FROM sync_change WHERE tbl = 'safety_plan_version' AND record_id = NEW.id;
      INSERT INTO sync_change (tbl, record_id) VALUES ('safety_plan_version', NEW.id); END;
CREATE TRIGGER sync_change_assignment_insert AFTER INSERT ON sync_assignment
BEGIN DELETE FROM sync_change WHERE tbl = 'sync_assignment' AND record_id = NEW.case_id;
      INSERT INTO sync_change (tbl, record_id) VALUES ('sync_assignment', NEW.case_id); END;
CREATE TRIGGER sync_change_assignment_update AFTER UPDATE ON sync_assignment
BEGIN DELETE FROM sync_change WHERE tbl = 'sync_assignment' AND record_id = NEW.case_id;
      INSERT INTO sync_change (tbl, record_id) VALUES ('sync_assignment', NEW.case_id); END;
-- Rows already in a store made before sync existed count as changed once, so the first bundle carries them.
INSERT OR IGNORE INTO sync_change (tbl, record_id) SELECT DISTINCT tbl, record_id FROM field_stamp;
INSERT OR IGNORE INTO sync_change (tbl, record_id) SELECT 'contact_log', id FROM contact_log;
INSERT OR IGNORE INTO sync_change (tbl, record_id) SELECT 'case_note', id FROM case_note;
INSERT OR IGNORE INTO sync_change (tbl, record_id) SELECT 'safety_plan_version', id FROM safety_plan_version;

-- Laptop: its own edits that a later edit from elsewhere replaced here before the office had seen them (it took the
-- office's bundle in before sending its own). They still travel with the next bundles, until the office
-- acknowledges one that carried them (change_seq: how far the change list had got when the edit was outvoted),
-- so the office keeps both values as a conflict instead of one being silently lost.
CREATE TABLE sync_outvoted (
    tbl        TEXT NOT NULL,
    record_id  TEXT NOT NULL,
    field      TEXT NOT NULL,
    value_json TEXT NOT NULL,
    hlc        TEXT NOT NULL,
    base_hlc   TEXT,
    change_seq INTEGER NOT NULL,
    PRIMARY KEY (tbl, record_id, field)
) WITHOUT ROWID;

-- Bundles this store sent to each peer, and how far its change list had got, so an acknowledgement of
-- bundle N moves that peer's watermark to what bundle N held.
CREATE TABLE sync_sent (
    peer_id    TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    bundle_id  TEXT NOT NULL,
    change_seq INTEGER NOT NULL,
    sent_at    TEXT NOT NULL,
    -- this store's clock when the bundle was written: its own edits stamped up to then travelled in it (or in an
    -- earlier one), so once it is acknowledged only later ones of its own are still waiting for the peer
    clock_hlc  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (peer_id, seq)
) WITHOUT ROWID;

-- Taking a case off a laptop deletes its log and notes; a correction points at the entry it corrects, and
-- without these indexes each deleted entry scanned the whole log for rows pointing at it.
CREATE INDEX contact_log_corrects ON contact_log (corrects_id);
CREATE INDEX case_note_corrects ON case_note (corrects_id);
