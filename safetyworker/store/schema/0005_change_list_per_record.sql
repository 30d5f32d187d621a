-- The change list was kept by a trigger on every field stamp: a new record of 20 fields moved itself to the
-- end of the list 20 times. safetyworker/records/tables.py (the one writer of field stamps) now notes each
-- record once per write (tables.note_change). The triggers on append-only rows and assignments stay.
DROP TRIGGER sync_change_stamp_insert;
DROP TRIGGER sync_change_stamp_update;
