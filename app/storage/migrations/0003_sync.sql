-- Schema version 3: what the sync engine needs to drain the outbox safely across restarts.

-- Per-item sync detail beside the columns 0001 gave the outbox (attempts, next_attempt_at, last_error).
-- error_kind: '' (none), 'retryable' (backing off) or 'permanent' (waits for a person: "Retry now").
-- platform_status: the department status from the change feed once the case is submitted.
-- bytes_total/bytes_done: progress of the material upload, for the queue view.
ALTER TABLE outbox ADD COLUMN error_kind TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN platform_status TEXT;
ALTER TABLE outbox ADD COLUMN platform_case_number TEXT;
ALTER TABLE outbox ADD COLUMN bytes_total INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN bytes_done INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN updated_at TEXT;
CREATE UNIQUE INDEX outbox_one_per_case ON outbox (case_id, kind);

-- Content address of every material file (SHA-256 of the plaintext, hex) and when the platform
-- confirmed holding it.
ALTER TABLE materials ADD COLUMN sha256 TEXT;
ALTER TABLE materials ADD COLUMN uploaded_at TEXT;

-- Official case numbers leased from the platform, so a window can accept offline and still print
-- the real number. A number is used once: used_by_case is set in the transaction that accepts.
CREATE TABLE case_number_leases (
    number       TEXT PRIMARY KEY,
    lease_id     TEXT NOT NULL,
    expires_at   TEXT,
    obtained_at  TEXT NOT NULL,
    used_by_case TEXT UNIQUE
);

-- This PC as a window of a hall. One row. The private key is encrypted with the store's FieldCipher.
CREATE TABLE device_enrolment (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    device_id       TEXT NOT NULL,
    hall_name       TEXT NOT NULL DEFAULT '',
    hall_code       TEXT NOT NULL,
    window_code     TEXT NOT NULL,
    platform_url    TEXT NOT NULL,
    algorithm       TEXT NOT NULL,
    public_key_der  BLOB NOT NULL,
    private_key_enc BLOB NOT NULL,
    enrolled_at     TEXT NOT NULL,
    enrolled_by     TEXT
);

-- Staff who signed in online on this PC: the offline verifier (scrypt) and their last token.
-- login is a work account name, not personal data of citizens; the token is encrypted.
CREATE TABLE staff_credentials (
    staff_id         TEXT PRIMARY KEY,
    login            TEXT NOT NULL UNIQUE,
    display_name     TEXT NOT NULL,
    role             TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'admin')),
    kdf              TEXT NOT NULL,
    salt             BLOB NOT NULL,
    verifier         BLOB NOT NULL,
    last_online_at   TEXT NOT NULL,
    token_enc        BLOB,
    token_expires_at TEXT,
    refresh_enc      BLOB,
    refresh_expires_at TEXT
);
