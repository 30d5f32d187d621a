-- Planned contacts complete from the contact log (docs/programmes.md, "When a contact is done").
-- done_at and log_id: the log entry that fulfilled a contact (status 'done'), and when it happened (UTC); both
-- NULL while it is planned. A correction of that entry can put the contact back to 'planned'.
-- cancel_reason: why a person cancelled it by hand ('' when the timetable cancelled it, or it is not cancelled).
-- A contact a person cancelled is never planned again by a re-plan.
ALTER TABLE planned_contact ADD COLUMN done_at TEXT;
ALTER TABLE planned_contact ADD COLUMN log_id TEXT;
ALTER TABLE planned_contact ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT '';
CREATE INDEX planned_contact_by_log ON planned_contact (log_id) WHERE log_id IS NOT NULL;
