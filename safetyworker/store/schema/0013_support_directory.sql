-- Support given and the local services directory (issue 19, docs/support.md).
-- A contact log entry records the minutes spent, travel minutes and the kinds of support given (a JSON list of
-- the words in records/support.py). NULL minutes: not recorded (entries written before this version).
ALTER TABLE contact_log ADD COLUMN minutes INTEGER;
ALTER TABLE contact_log ADD COLUMN travel_minutes INTEGER;
ALTER TABLE contact_log ADD COLUMN support_kinds TEXT NOT NULL DEFAULT '[]';

-- Work done for a person without them there (a call to housing, a letter, a referral). Append-only like the
-- contact log: a correction is a new row naming the one it corrects.
CREATE TABLE support_entry (
    id             TEXT PRIMARY KEY,
    created_hlc    TEXT NOT NULL,
    device_id      TEXT NOT NULL,
    case_id        TEXT NOT NULL REFERENCES case_record (id),
    at             TEXT NOT NULL,
    minutes        INTEGER NOT NULL,
    travel_minutes INTEGER NOT NULL DEFAULT 0,
    support_kinds  TEXT NOT NULL DEFAULT '[]',
    note           TEXT NOT NULL DEFAULT '',
    author         TEXT NOT NULL DEFAULT '',
    corrects_id    TEXT REFERENCES support_entry (id)
);
CREATE INDEX support_entry_by_case ON support_entry (case_id, at);
CREATE INDEX support_entry_corrects ON support_entry (corrects_id);
CREATE TRIGGER support_entry_no_update BEFORE UPDATE ON support_entry
BEGIN SELECT RAISE(ABORT, 'support entries are append-only'); END;
CREATE TRIGGER support_entry_no_delete BEFORE DELETE ON support_entry
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'purge_in_progress')
BEGIN SELECT RAISE(ABORT, 'support entries are append-only'); END;
CREATE TRIGGER sync_change_support AFTER INSERT ON support_entry
BEGIN DELETE FROM sync_change WHERE tbl = 'support_entry' AND record_id = NEW.id;
      INSERT INTO sync_change (tbl, record_id) VALUES ('support_entry', NEW.id); END;

-- The local services directory: field-stamped, organisation-wide (no case). The office's entries (owner '')
-- go to every laptop; a worker's own entry (owner: that worker's id) travels to the office, and only that
-- worker's laptop may change it (sync/authority.py). Lists are JSON; flags 0/1; checked YYYY-MM-DD or NULL.
CREATE TABLE directory_entry (
    id             TEXT PRIMARY KEY,
    created_hlc    TEXT NOT NULL,
    updated_hlc    TEXT NOT NULL,
    deleted_hlc    TEXT,
    name           TEXT NOT NULL,
    kinds          TEXT NOT NULL DEFAULT '[]',
    serves         TEXT NOT NULL DEFAULT '["any"]',
    areas          TEXT NOT NULL DEFAULT '[]',
    outreach       INTEGER NOT NULL DEFAULT 0,
    hours          TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    languages      TEXT NOT NULL DEFAULT '[]',
    welsh_language INTEGER NOT NULL DEFAULT 0,
    referral       TEXT NOT NULL DEFAULT '',
    checked        TEXT,
    owner          TEXT NOT NULL DEFAULT ''
);
