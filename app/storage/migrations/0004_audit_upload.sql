-- Schema version 4: audit upload, remote approvals, evaluations and supplements queued offline.

-- Audit rows are uploaded in batches (PROTOCOL.md §14). batch_id is written BEFORE the batch is
-- sent, so a crash mid-send resends the same rows under the same batch id; uploaded_at is set
-- once the platform confirmed the batch.
ALTER TABLE audit ADD COLUMN batch_id TEXT;
ALTER TABLE audit ADD COLUMN uploaded_at TEXT;
CREATE INDEX audit_pending ON audit (uploaded_at, batch_id);

-- Remote supervisor approvals (PROTOCOL.md §16) as the change feed and the platform report them.
-- note is the supervisor's working note (never applicant data).
CREATE TABLE approvals (
    approval_id  TEXT PRIMARY KEY,
    case_id      TEXT,
    kind         TEXT,
    status       TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    requested_by TEXT,
    requested_at TEXT,
    decided_by   TEXT,
    decided_at   TEXT,
    note         TEXT,
    feed_seq     INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL
);
CREATE INDEX approvals_by_case ON approvals (case_id);

-- The outbox also carries evaluations and supplements, several per case: the one-entry-per-case
-- rule now holds for kind 'case' only, and other kinds are unique by their client-generated id
-- (evaluationId, supplementId).
DROP INDEX outbox_one_per_case;
CREATE UNIQUE INDEX outbox_one_per_case ON outbox (case_id, kind) WHERE kind = 'case';
ALTER TABLE outbox ADD COLUMN object_id TEXT;
CREATE UNIQUE INDEX outbox_one_per_object ON outbox (kind, object_id) WHERE object_id IS NOT NULL;

-- Materials handed in later belong to a supplement; the case's own materials have none.
ALTER TABLE materials ADD COLUMN supplement_id TEXT;
CREATE INDEX materials_by_supplement ON materials (supplement_id);
