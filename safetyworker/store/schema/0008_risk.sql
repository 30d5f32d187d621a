-- Risk assessments and MARAC referrals (docs/risk.md).
-- risk_assessment is append-only like the contact log: a correction is a new row naming the one it corrects
-- (corrects_id). The question texts are kept with the answers (questions_json), so an assessment stays readable
-- on a laptop that does not hold its checklist, and after the checklist is reworded.
-- answers_json: {"question id": "yes" | "no" | "dont_know" | "not_asked"}; notes_json: {"question id": "text"}.
-- seen_alone: 1 seen alone and safely, 0 not, NULL not recorded. new_incident: 1 when a new incident led to it.
CREATE TABLE risk_assessment (
    id               TEXT PRIMARY KEY,
    created_hlc      TEXT NOT NULL,
    device_id        TEXT NOT NULL,
    case_id          TEXT NOT NULL REFERENCES case_record (id),
    template         TEXT NOT NULL,
    template_version INTEGER NOT NULL,
    questions_json   TEXT NOT NULL DEFAULT '[]',
    answers_json     TEXT NOT NULL DEFAULT '{}',
    notes_json       TEXT NOT NULL DEFAULT '{}',
    score            INTEGER NOT NULL,
    level            TEXT NOT NULL,
    rules_level      TEXT NOT NULL,
    judgement_level  TEXT NOT NULL DEFAULT '',
    judgement_reason TEXT NOT NULL DEFAULT '',
    seen_alone       INTEGER,
    new_incident     INTEGER NOT NULL DEFAULT 0,
    what_changed     TEXT NOT NULL DEFAULT '',
    next_review      TEXT,
    assessor         TEXT NOT NULL DEFAULT '',
    assessed_at      TEXT NOT NULL,
    corrects_id      TEXT
);
CREATE INDEX risk_assessment_by_case ON risk_assessment (case_id, assessed_at, created_hlc, id);

CREATE TRIGGER risk_assessment_no_update BEFORE UPDATE ON risk_assessment
BEGIN SELECT RAISE(ABORT, 'risk assessments are append-only'); END;
CREATE TRIGGER risk_assessment_no_delete BEFORE DELETE ON risk_assessment
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'purge_in_progress')
BEGIN SELECT RAISE(ABORT, 'risk assessments are append-only'); END;
CREATE TRIGGER sync_change_risk AFTER INSERT ON risk_assessment
BEGIN DELETE FROM sync_change WHERE tbl = 'risk_assessment' AND record_id = NEW.id;
      INSERT INTO sync_change (tbl, record_id) VALUES ('risk_assessment', NEW.id); END;

-- A referral to a MARAC: a field-stamped record (the MARAC date is added later, when the case is heard).
-- consent: given, refused (then consent_reason says why the referral goes anyway) or not_asked.
CREATE TABLE marac_referral (
    id             TEXT PRIMARY KEY,
    created_hlc    TEXT NOT NULL,
    updated_hlc    TEXT NOT NULL,
    deleted_hlc    TEXT,
    case_id        TEXT NOT NULL REFERENCES case_record (id),
    assessment_id  TEXT,
    referred_on    TEXT NOT NULL,
    marac          TEXT NOT NULL DEFAULT '',
    consent        TEXT NOT NULL DEFAULT 'not_asked',
    consent_reason TEXT NOT NULL DEFAULT '',
    wishes         TEXT NOT NULL DEFAULT '',
    heard_on       TEXT
);
CREATE INDEX marac_referral_by_case ON marac_referral (case_id, referred_on);

-- A contact log entry may record a new incident: it prompts a review of the risk assessment.
ALTER TABLE contact_log ADD COLUMN incident INTEGER NOT NULL DEFAULT 0;
