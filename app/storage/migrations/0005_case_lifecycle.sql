-- foreign-keys: off
-- Schema version 5: a case's lifecycle kept apart from its sync state; drafts; the form and source
-- of materials; situations and notes.
--
-- Until now cases.state mixed the outbox's upload states (queued, uploading, submitting, submitted,
-- failed, done) with the department's statuses from the change feed. From this version:
--   cases.state              the case's lifecycle at this window: 'draft' or 'decided'
--   cases.department_status  the department's status from the change feed (NULL until it holds one)
--   outbox.state             the sync state of the case's queue entry (unchanged)
-- A draft may lack an item, an applicant and a decision, so cases is rebuilt with those columns
-- nullable (SQLite cannot relax NOT NULL in place). The first line asks the migrator to run this
-- with foreign keys off: dropping the old table must neither cascade into materials and notices
-- nor trip the outbox's reference; the migrator checks every reference before it commits.
--
-- Existing rows: 'draft' stays a draft; every other state means the case was decided. Upload
-- states leave their sync state where it already is (the outbox); a department status moves to
-- department_status; a case the platform had stored ('submitted', 'done') without a later status
-- takes the outbox's platform_status or else 'submitted'. The decision spelled 'correction' by
-- older code is 'correction-notified' (PROTOCOL.md §9).

CREATE TABLE cases_v5 (
    id                TEXT PRIMARY KEY,
    case_number       TEXT UNIQUE,
    item_code         TEXT,
    item_version      INTEGER NOT NULL DEFAULT 1,
    applicant_id      TEXT REFERENCES applicants (id),
    staff_id          TEXT REFERENCES staff (id),
    hall_id           TEXT REFERENCES halls (id),
    window_code       TEXT,
    state             TEXT NOT NULL CHECK (state IN ('draft', 'decided')),
    decision          TEXT CHECK (decision IN ('accepted', 'accepted-with-missing', 'correction-notified', 'refused')),
    department_status TEXT CHECK (department_status IN ('submitted', 'under-review', 'correction-requested', 'supplemented', 'completed', 'delivered', 'refused')),
    situations        TEXT NOT NULL DEFAULT '{}',
    notes_enc         BLOB,
    received_at       TEXT NOT NULL,
    accepted_at       TEXT,
    due_date          TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    CHECK (state = 'draft' OR (item_code IS NOT NULL AND applicant_id IS NOT NULL))
);

INSERT INTO cases_v5 (id, case_number, item_code, item_version, applicant_id, staff_id, hall_id, window_code, state,
                      decision, department_status, received_at, accepted_at, due_date, created_at, updated_at)
SELECT c.id, c.case_number, c.item_code, c.item_version, c.applicant_id, c.staff_id, c.hall_id, c.window_code,
       CASE WHEN c.state = 'draft' THEN 'draft' ELSE 'decided' END,
       CASE WHEN c.decision = 'correction' THEN 'correction-notified' ELSE c.decision END,
       CASE
           WHEN c.state IN ('under-review', 'correction-requested', 'supplemented', 'completed', 'delivered', 'refused') THEN c.state
           WHEN o.platform_status IN ('submitted', 'under-review', 'correction-requested', 'supplemented', 'completed', 'delivered', 'refused') THEN o.platform_status
           WHEN c.state IN ('submitted', 'done') THEN 'submitted'
           ELSE NULL
       END,
       c.received_at, c.accepted_at, c.due_date, c.created_at, c.updated_at
FROM cases c LEFT JOIN outbox o ON o.case_id = c.id AND o.kind = 'case';

DROP TABLE cases;
ALTER TABLE cases_v5 RENAME TO cases;
CREATE INDEX cases_by_state ON cases (state);
CREATE INDEX cases_by_department_status ON cases (department_status);

-- Materials: how the material was handed in (original / copy / electronic) and where it came from
-- (upload at the window, the electronic licence library, an earlier case). Existing materials keep
-- what the client has always sent for them (copy, upload), so a case whose confirmation was lost is
-- resent with the same bytes and the platform recognises it (PROTOCOL.md §1.2).
ALTER TABLE materials ADD COLUMN form TEXT NOT NULL DEFAULT 'copy' CHECK (form IN ('original', 'copy', 'electronic'));
ALTER TABLE materials ADD COLUMN source TEXT NOT NULL DEFAULT 'upload' CHECK (source IN ('upload', 'licence', 'reuse'));
ALTER TABLE materials ADD COLUMN licence_id TEXT;
