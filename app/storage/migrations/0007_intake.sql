-- Schema version 7: what the intake workflow keeps about a case beyond its row in `cases`
-- (IntakeRepository is the only code that reads or writes these tables).
--
-- intake_cases: one row per draft or case taken in through the intake workflow.
--   agent_id           the person acting for the applicant (their own row in `applicants`)
--   form_enc           the item's form fields, a JSON object of strings (personal: encrypted)
--   refusal_category   the legal category of a refusal (行政许可法 art. 32), chosen before approval
--   refusal_text_enc   the refusal's reason in the clerk's words (personal: encrypted)
--   handed_over_enc    on-the-spot cases (即办件): what was handed over (personal: encrypted)
--   completed_at       on-the-spot cases: accepted and completed in the same visit
--   clock_paused_from  correction notified (补正): the day the time limit stopped (YYYY-MM-DD)
CREATE TABLE intake_cases (
    case_id           TEXT PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    agent_id          TEXT REFERENCES applicants (id),
    form_enc          BLOB,
    refusal_category  TEXT CHECK (refusal_category IN ('not-required', 'not-in-remit', 'not-eligible', 'other')),
    refusal_text_enc  BLOB,
    handed_over_enc   BLOB,
    completed_at      TEXT,
    clock_paused_from TEXT,
    updated_at        TEXT NOT NULL
);

-- The state of each material of the item's checklist, by the catalog's material id. material_id
-- names the row in `materials` that holds the file, licence or record (none for a missing one).
-- reason_enc: what is wrong (deficient) or what to bring (missing), printed on the correction
-- notice (free text: encrypted). due_date: the committed date of a deferred material (容缺).
CREATE TABLE intake_materials (
    case_id             TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    catalog_material_id TEXT NOT NULL,
    state               TEXT NOT NULL CHECK (state IN ('missing', 'scanned', 'file', 'licence', 'reused',
                                                       'original-returned', 'deferred', 'deficient')),
    material_id         TEXT REFERENCES materials (id) ON DELETE SET NULL,
    reason_enc          BLOB,
    due_date            TEXT,
    updated_at          TEXT NOT NULL,
    PRIMARY KEY (case_id, catalog_material_id)
) WITHOUT ROWID;

-- Supervisor approvals a decision rests on (refusal, accept-with-missing), given on this PC
-- (mode 'local': the supervisor signed in here) or asked from the platform (mode 'remote',
-- PROTOCOL.md §16; the row is written before the request is sent, so a retry asks for the same
-- approval id). subject is the SHA-256 of what was approved (the refusal's category and reason, or
-- the deferred materials with their dates): a decision that differs from it needs a new approval.
-- reason_enc and deferred: the reason (free text: encrypted) and the deferred materials' ids
-- (comma-separated) as sent to the platform, kept so that a retry sends the same request. cited: the case's decision cites it (it is sent with the case).
CREATE TABLE intake_approvals (
    approval_id   TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('accept-with-missing', 'refusal')),
    mode          TEXT NOT NULL CHECK (mode IN ('local', 'remote')),
    status        TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    subject       TEXT NOT NULL,
    reason_enc    BLOB,
    deferred      TEXT NOT NULL DEFAULT '',
    requested_by  TEXT NOT NULL,
    requested_at  TEXT NOT NULL,
    supervisor_id TEXT,
    decided_at    TEXT,
    note          TEXT,
    cited         INTEGER NOT NULL DEFAULT 0,
    updated_at    TEXT NOT NULL
);
CREATE INDEX intake_approvals_by_case ON intake_approvals (case_id);
