-- Safety Worker store, schema 2: safety plans.
-- Every save of a plan is a new row; rows are never changed (append-only, like the contact log), so every
-- earlier version stays readable. There is no stored version number: versions are numbered 1..n in the order
-- (created_hlc, id) when read, so two laptops saving the same case's plan while apart do not clash in sync.
-- items_json holds [{"section", "text", "personal_copy"}, ...]; review_date is YYYY-MM-DD or NULL.

CREATE TABLE safety_plan_version (
    id          TEXT PRIMARY KEY,
    created_hlc TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    case_id     TEXT NOT NULL REFERENCES case_record (id),
    template    TEXT NOT NULL,
    items_json  TEXT NOT NULL DEFAULT '[]',
    review_date TEXT,
    author      TEXT NOT NULL DEFAULT '',
    saved_at    TEXT NOT NULL
);
CREATE INDEX safety_plan_version_by_case ON safety_plan_version (case_id, created_hlc, id);

CREATE TRIGGER safety_plan_version_no_update BEFORE UPDATE ON safety_plan_version
BEGIN SELECT RAISE(ABORT, 'safety plan versions are append-only'); END;
CREATE TRIGGER safety_plan_version_no_delete BEFORE DELETE ON safety_plan_version
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'purge_in_progress')
BEGIN SELECT RAISE(ABORT, 'safety plan versions are append-only'); END;
