-- Schema version 1: the tables every later feature builds on.
-- Personal data lives only in *_enc columns (authenticated encryption, see FieldCipher);
-- *_hmac columns are keyed hashes used for lookups without the plaintext.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE halls (
    id         TEXT PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    level      TEXT NOT NULL CHECK (level IN ('city', 'district', 'street', 'community')),
    area_code  TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE staff (
    id           TEXT PRIMARY KEY,
    login        TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'admin')),
    hall_id      TEXT REFERENCES halls (id),
    active       INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL
);

CREATE TABLE catalog_items (
    code            TEXT PRIMARY KEY,
    item_version    INTEGER NOT NULL,
    name            TEXT NOT NULL,
    department      TEXT NOT NULL,
    item_type       TEXT NOT NULL,
    document        TEXT NOT NULL,
    catalog_version INTEGER NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE applicants (
    id             TEXT PRIMARY KEY,
    id_type        TEXT NOT NULL,
    id_number_hmac TEXT NOT NULL,
    id_number_enc  BLOB NOT NULL,
    name_enc       BLOB NOT NULL,
    gender         TEXT,
    address_enc    BLOB,
    phone_enc      BLOB,
    photo_enc      BLOB,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX applicants_by_id_number ON applicants (id_number_hmac);

CREATE TABLE cases (
    id           TEXT PRIMARY KEY,
    case_number  TEXT UNIQUE,
    item_code    TEXT NOT NULL,
    item_version INTEGER NOT NULL,
    applicant_id TEXT NOT NULL REFERENCES applicants (id),
    staff_id     TEXT REFERENCES staff (id),
    hall_id      TEXT REFERENCES halls (id),
    window_code  TEXT,
    state        TEXT NOT NULL,
    decision     TEXT,
    received_at  TEXT NOT NULL,
    accepted_at  TEXT,
    due_date     TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX cases_by_state ON cases (state);

CREATE TABLE materials (
    id                   TEXT PRIMARY KEY,
    case_id              TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    catalog_material_id  TEXT,
    name                 TEXT NOT NULL,
    status               TEXT NOT NULL CHECK (status IN ('received', 'electronic', 'missing', 'deficient', 'deferred')),
    file_name_enc        BLOB,
    file_path            TEXT,
    size_bytes           INTEGER,
    mime_type            TEXT,
    created_at           TEXT NOT NULL
);
CREATE INDEX materials_by_case ON materials (case_id);

CREATE TABLE notices (
    id        TEXT PRIMARY KEY,
    case_id   TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('acceptance', 'correction', 'refusal', 'receipt', 'commitment')),
    number    TEXT,
    file_path TEXT,
    issued_at TEXT NOT NULL,
    issued_by TEXT REFERENCES staff (id)
);

-- The outbox: everything that must reach the platform, in order, surviving restarts.
-- state: queued, uploading, submitting, submitted, failed (permanent, waits for a person), done.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id         TEXT REFERENCES cases (id),
    kind            TEXT NOT NULL,
    payload_enc     BLOB,
    state           TEXT NOT NULL DEFAULT 'queued',
    staff_id        TEXT REFERENCES staff (id),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_attempt_at TEXT,
    next_attempt_at TEXT,
    last_error      TEXT,
    created_at      TEXT NOT NULL
);
CREATE INDEX outbox_by_state ON outbox (state, next_attempt_at);

-- Audit trail: who did what, when. detail never holds personal data.
CREATE TABLE audit (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    staff_id    TEXT,
    action      TEXT NOT NULL,
    object_type TEXT,
    object_id   TEXT,
    detail      TEXT
);
