-- Lone working (docs/lone-working.md): a worker's planned visits, so the office knows where they are and when
-- they should be back in touch. A field-stamped record like a MARAC referral: planned on the laptop, marked
-- "back safe" later (on the laptop, or at the office when the worker phones in), and carried in the ordinary
-- bundles. Times are UTC moments (YYYY-MM-DDTHH:MM:SSZ).
-- place: a neutral venue in the worker's words; '' means the person's own address (allowed only when the
-- case's address is marked safe to visit). worker: the name of the worker who planned it, for the office's list.
-- back_at: when the worker said they were back safe (NULL until then). log_id: the contact log entry of the visit.
CREATE TABLE visit (
    id             TEXT PRIMARY KEY,
    created_hlc    TEXT NOT NULL,
    updated_hlc    TEXT NOT NULL,
    deleted_hlc    TEXT,
    case_id        TEXT NOT NULL REFERENCES case_record (id),
    worker         TEXT NOT NULL DEFAULT '',
    at             TEXT NOT NULL,
    minutes        INTEGER NOT NULL,
    travel_minutes INTEGER NOT NULL DEFAULT 0,
    back_by        TEXT NOT NULL,
    place          TEXT NOT NULL DEFAULT '',
    back_at        TEXT,
    log_id         TEXT
);
CREATE INDEX visit_by_at ON visit (at);
CREATE INDEX visit_by_case ON visit (case_id);
