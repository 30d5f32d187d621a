-- Office: every worker a case has been given to (or claimed by, as a new case from their laptop). A laptop may
-- change only the cases it holds; one that held a case before it moved keeps sending the edits it made before
-- it heard of the move, so those are taken too (as conflicts where they clash). See docs/sync.md, "What a
-- laptop may change".
CREATE TABLE sync_assignment_history (
    case_id TEXT NOT NULL,
    peer_id TEXT NOT NULL,
    PRIMARY KEY (case_id, peer_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO sync_assignment_history (case_id, peer_id) SELECT case_id, peer_id FROM sync_assignment;
INSERT OR IGNORE INTO sync_assignment_history (case_id, peer_id)
    SELECT case_id, previous_peer_id FROM sync_assignment WHERE previous_peer_id IS NOT NULL;
-- (NOT EXISTS, not OR IGNORE: an upsert's own conflict handling would override a trigger's OR IGNORE)
CREATE TRIGGER sync_assignment_history_insert AFTER INSERT ON sync_assignment
BEGIN INSERT INTO sync_assignment_history (case_id, peer_id) SELECT NEW.case_id, NEW.peer_id
      WHERE NOT EXISTS (SELECT 1 FROM sync_assignment_history WHERE case_id = NEW.case_id AND peer_id = NEW.peer_id);
END;
CREATE TRIGGER sync_assignment_history_update AFTER UPDATE OF peer_id ON sync_assignment
BEGIN INSERT INTO sync_assignment_history (case_id, peer_id) SELECT NEW.case_id, NEW.peer_id
      WHERE NOT EXISTS (SELECT 1 FROM sync_assignment_history WHERE case_id = NEW.case_id AND peer_id = NEW.peer_id);
END;
