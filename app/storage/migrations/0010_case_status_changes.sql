-- Schema version 10: each department status a case took (the change feed's, PROTOCOL.md §11), with the
-- time this PC applied it, so electronic supervision excludes every correction wait (补正) from a case's
-- time limit, not only the one under way. CaseRepository::setDepartmentStatus is the only writer: a
-- row for each change of status (the same status again adds none). Codes and times only.
--
-- Existing cases start their history with their present status at their last change, so a correction
-- already under way keeps the day it began.
CREATE TABLE case_status_changes (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    status  TEXT NOT NULL CHECK (status IN ('submitted', 'under-review', 'correction-requested', 'supplemented', 'completed', 'delivered', 'refused')),
    at      TEXT NOT NULL
);
CREATE INDEX case_status_changes_by_case ON case_status_changes (case_id, id);

INSERT INTO case_status_changes (case_id, status, at)
SELECT id, department_status, updated_at FROM cases WHERE department_status IS NOT NULL ORDER BY updated_at, id;
