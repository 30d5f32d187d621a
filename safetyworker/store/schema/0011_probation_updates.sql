-- Probation updates at the office and telling the person (docs/probation-updates.md).
-- reference: the probation or court reference the office records on the person causing harm; the office's
-- updates file is matched on it (never on a name). breach_date: when probation recorded a breach.
ALTER TABLE person_causing_harm ADD COLUMN reference TEXT NOT NULL DEFAULT '';
ALTER TABLE person_causing_harm ADD COLUMN breach_date TEXT;
CREATE INDEX person_causing_harm_by_reference ON person_causing_harm (reference) WHERE reference <> '';

-- Helplines chosen for one person's plan (for example the men's advice line, or an LGBT+ line, instead of the
-- general one): a JSON list of helpline ids from the office's reference list; [] prints the office's default set.
ALTER TABLE safety_plan_version ADD COLUMN helplines_json TEXT NOT NULL DEFAULT '[]';
