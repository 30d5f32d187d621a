-- Agencies, information sharing and the actions that come from it (docs/sharing.md).
-- All field-stamped records, so an edit (an action marked done, a contact's new number) merges field by field.

-- The organisation's list of agencies, sent from the office to every laptop. added_by: '' for the office's own;
-- the worker id of the laptop that added a local one (a laptop may add its own, never change the office's).
CREATE TABLE agency (
    id          TEXT PRIMARY KEY,
    created_hlc TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    deleted_hlc TEXT,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'other',
    phone       TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    added_by    TEXT NOT NULL DEFAULT ''
);

-- A named person at an agency (a probation officer, a programme tutor). phone: E.164 (records/phone.py).
CREATE TABLE agency_contact (
    id          TEXT PRIMARY KEY,
    created_hlc TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    deleted_hlc TEXT,
    agency_id   TEXT NOT NULL,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agency_contact_by_agency ON agency_contact (agency_id);

-- The agency contacts involved in a case (its probation officer, its programme tutor).
CREATE TABLE case_agency_contact (
    id          TEXT PRIMARY KEY,
    created_hlc TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    deleted_hlc TEXT,
    case_id     TEXT NOT NULL REFERENCES case_record (id),
    contact_id  TEXT NOT NULL
);
CREATE INDEX case_agency_contact_by_case ON case_agency_contact (case_id);

-- What was received from or shared with an agency contact, when, on what basis (consent, or safeguarding
-- without consent: then reason says why), and who recorded it.
CREATE TABLE sharing_record (
    id          TEXT PRIMARY KEY,
    created_hlc TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    deleted_hlc TEXT,
    case_id     TEXT NOT NULL REFERENCES case_record (id),
    direction   TEXT NOT NULL,
    contact_id  TEXT NOT NULL,
    shared_on   TEXT NOT NULL,
    summary     TEXT NOT NULL,
    basis       TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sharing_record_by_case ON sharing_record (case_id, shared_on);

-- Who must pass what on, to whom, by when. owner_contact_id NULL: the safety worker who holds the case.
-- Open until done_on is set (with done_how).
CREATE TABLE sharing_action (
    id               TEXT PRIMARY KEY,
    created_hlc      TEXT NOT NULL,
    updated_hlc      TEXT NOT NULL,
    deleted_hlc      TEXT,
    case_id          TEXT NOT NULL REFERENCES case_record (id),
    sharing_id       TEXT NOT NULL,
    what             TEXT NOT NULL,
    owner_contact_id TEXT,
    to_contact_id    TEXT,
    due_on           TEXT NOT NULL,
    done_on          TEXT,
    done_how         TEXT NOT NULL DEFAULT '',
    done_by          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sharing_action_by_case ON sharing_action (case_id, due_on);
CREATE INDEX sharing_action_open ON sharing_action (done_on, due_on);
