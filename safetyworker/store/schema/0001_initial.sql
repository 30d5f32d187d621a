-- Safety Worker store, schema 1.
-- Every synced record has a stable id, HLC stamps (created, updated), a tombstone (deleted_hlc) instead of a
-- hard delete, and one row per field in field_stamp saying which device last wrote it and when.
-- Notes and the contact log are append-only: triggers refuse UPDATE and DELETE (DELETE only while a whole
-- case is purged after the office acknowledged its closure: meta key 'purge_in_progress').

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE field_stamp (
    tbl       TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field     TEXT NOT NULL,
    hlc       TEXT NOT NULL,
    device_id TEXT NOT NULL,
    PRIMARY KEY (tbl, record_id, field)
) WITHOUT ROWID;
CREATE INDEX field_stamp_by_hlc ON field_stamp (hlc);

CREATE TABLE case_record (
    id                 TEXT PRIMARY KEY,
    created_hlc        TEXT NOT NULL,
    updated_hlc        TEXT NOT NULL,
    deleted_hlc        TEXT,
    preferred_name     TEXT NOT NULL,
    legal_name         TEXT NOT NULL DEFAULT '',
    phone_name         TEXT NOT NULL DEFAULT '',
    pronouns           TEXT NOT NULL DEFAULT '',
    date_of_birth      TEXT,
    languages          TEXT NOT NULL DEFAULT '[]',
    access_needs       TEXT NOT NULL DEFAULT '',
    address_lines      TEXT NOT NULL DEFAULT '[]',
    postcode           TEXT NOT NULL DEFAULT '',
    safe_to_visit      INTEGER NOT NULL DEFAULT 0,
    safe_to_post       INTEGER NOT NULL DEFAULT 0,
    locality           TEXT NOT NULL DEFAULT '',
    transport          TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL DEFAULT 'referred',
    referral_source    TEXT NOT NULL DEFAULT '',
    referral_date      TEXT,
    referral_programme TEXT NOT NULL DEFAULT '',
    consent_status     TEXT NOT NULL DEFAULT 'not_asked',
    consent_date       TEXT,
    consent_sharing    TEXT NOT NULL DEFAULT '',
    allocated_worker   TEXT NOT NULL DEFAULT '',
    closed_reason      TEXT NOT NULL DEFAULT '',
    closed_at          TEXT
);
CREATE INDEX case_by_preferred_name ON case_record (preferred_name COLLATE NOCASE);
CREATE INDEX case_by_locality ON case_record (locality COLLATE NOCASE);
CREATE INDEX case_by_status ON case_record (status);

CREATE TABLE contact_method (
    id                      TEXT PRIMARY KEY,
    created_hlc             TEXT NOT NULL,
    updated_hlc             TEXT NOT NULL,
    deleted_hlc             TEXT,
    case_id                 TEXT NOT NULL REFERENCES case_record (id),
    position                INTEGER NOT NULL DEFAULT 0,
    kind                    TEXT NOT NULL,
    value                   TEXT NOT NULL,
    safe_to_call            INTEGER NOT NULL DEFAULT 1,
    safe_to_text            INTEGER NOT NULL DEFAULT 0,
    voicemail_allowed       INTEGER NOT NULL DEFAULT 0,
    withhold_number         INTEGER NOT NULL DEFAULT 1,
    ask_for                 TEXT NOT NULL DEFAULT '',
    who_else_may_answer     TEXT NOT NULL DEFAULT '',
    if_someone_else_answers TEXT NOT NULL DEFAULT '',
    code_word               TEXT NOT NULL DEFAULT '',
    safe_windows            TEXT NOT NULL DEFAULT '[]',
    one_off_windows         TEXT NOT NULL DEFAULT '[]',
    blackout_windows        TEXT NOT NULL DEFAULT '[]',
    notes                   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contact_method_by_case ON contact_method (case_id);
CREATE INDEX contact_method_by_value ON contact_method (value);

CREATE TABLE child (
    id                   TEXT PRIMARY KEY,
    created_hlc          TEXT NOT NULL,
    updated_hlc          TEXT NOT NULL,
    deleted_hlc          TEXT,
    case_id              TEXT NOT NULL REFERENCES case_record (id),
    name                 TEXT NOT NULL,
    age                  INTEGER,
    school               TEXT NOT NULL DEFAULT '',
    lives_with           TEXT NOT NULL DEFAULT '',
    contact_arrangements TEXT NOT NULL DEFAULT '',
    safety_steps         TEXT NOT NULL DEFAULT '',
    views                TEXT NOT NULL DEFAULT ''
);
CREATE INDEX child_by_case ON child (case_id);

CREATE TABLE person_causing_harm (
    id                   TEXT PRIMARY KEY,
    created_hlc          TEXT NOT NULL,
    updated_hlc          TEXT NOT NULL,
    deleted_hlc          TEXT,
    name                 TEXT NOT NULL,
    custody_status       TEXT NOT NULL DEFAULT 'unknown',
    release_date         TEXT,
    licence_conditions   TEXT NOT NULL DEFAULT '',
    exclusion_zones      TEXT NOT NULL DEFAULT '',
    order_end            TEXT,
    probation_officer    TEXT NOT NULL DEFAULT '',
    programme_name       TEXT NOT NULL DEFAULT '',
    programme_start_date TEXT,
    sessions_attended    INTEGER NOT NULL DEFAULT 0,
    programme_status     TEXT NOT NULL DEFAULT 'waiting'
);

-- One person causing harm may be linked to several cases, each with its own relationship.
CREATE TABLE harm_link (
    id           TEXT PRIMARY KEY,
    created_hlc  TEXT NOT NULL,
    updated_hlc  TEXT NOT NULL,
    deleted_hlc  TEXT,
    case_id      TEXT NOT NULL REFERENCES case_record (id),
    person_id    TEXT NOT NULL REFERENCES person_causing_harm (id),
    relationship TEXT NOT NULL DEFAULT ''
);
CREATE INDEX harm_link_by_case ON harm_link (case_id);
CREATE INDEX harm_link_by_person ON harm_link (person_id);

CREATE TABLE planned_contact (
    id          TEXT PRIMARY KEY,
    created_hlc TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    deleted_hlc TEXT,
    case_id     TEXT NOT NULL REFERENCES case_record (id),
    kind        TEXT NOT NULL,
    due_date    TEXT NOT NULL,
    window_end  TEXT,
    status      TEXT NOT NULL DEFAULT 'planned',
    source      TEXT NOT NULL DEFAULT 'manual',
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX planned_contact_by_case ON planned_contact (case_id, due_date);
CREATE INDEX planned_contact_by_due ON planned_contact (due_date);

-- Append-only: a correction is a new row pointing at the one it corrects.
CREATE TABLE contact_log (
    id              TEXT PRIMARY KEY,
    created_hlc     TEXT NOT NULL,
    device_id       TEXT NOT NULL,
    case_id         TEXT NOT NULL REFERENCES case_record (id),
    contact_method_id TEXT,
    at              TEXT NOT NULL,
    channel         TEXT NOT NULL,
    outcome         TEXT NOT NULL,
    override_reason TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT '',
    author          TEXT NOT NULL DEFAULT '',
    corrects_id     TEXT REFERENCES contact_log (id)
);
CREATE INDEX contact_log_by_case ON contact_log (case_id, at);

CREATE TABLE case_note (
    id          TEXT PRIMARY KEY,
    created_hlc TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    case_id     TEXT NOT NULL REFERENCES case_record (id),
    at          TEXT NOT NULL,
    author      TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL,
    corrects_id TEXT REFERENCES case_note (id)
);
CREATE INDEX case_note_by_case ON case_note (case_id, at);

-- Audit trail: who did what to which record, never case content; each row chains the hash of the last.
CREATE TABLE audit_event (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    target_id TEXT NOT NULL DEFAULT '',
    detail    TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);

CREATE TRIGGER contact_log_no_update BEFORE UPDATE ON contact_log
BEGIN SELECT RAISE(ABORT, 'the contact log is append-only'); END;
CREATE TRIGGER contact_log_no_delete BEFORE DELETE ON contact_log
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'purge_in_progress')
BEGIN SELECT RAISE(ABORT, 'the contact log is append-only'); END;
CREATE TRIGGER case_note_no_update BEFORE UPDATE ON case_note
BEGIN SELECT RAISE(ABORT, 'notes are append-only'); END;
CREATE TRIGGER case_note_no_delete BEFORE DELETE ON case_note
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'purge_in_progress')
BEGIN SELECT RAISE(ABORT, 'notes are append-only'); END;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
