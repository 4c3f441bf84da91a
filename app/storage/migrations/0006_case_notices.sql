-- Schema version 6: the notices issued for a case are kept with it, so that any of them can be
-- printed again.
--
-- Version 1 made the table `notices` (id, case, kind, number, file_path, issued_at, issued_by) for
-- this purpose, but no client version ever wrote to it: notices were printed and not kept. It is
-- rebuilt here in the shape NoticeRepository (its only owner) writes:
--   pdf_enc          the notice PDF as printed, encrypted by FieldCipher with the associated data
--                    "notices.pdf_enc:<id>:<case_id>:<kind>", so a PDF copied into another row
--                    (another notice, case or kind) does not decrypt. The PDF holds the applicant's
--                    name and ID number, so it is never stored in clear.
--   sha256           SHA-256 of the plaintext PDF (hex), checked when the PDF is read back
--   verification     the verification code printed as the QR code (no personal data), if any
--   staff_id         the clerk who issued the notice (was issued_by)
--   print_count      how many times it was printed (first print included)
--   last_printed_at  when it was last printed
-- A row from before this version keeps its id, case, kind, time and clerk, and has no PDF
-- (pdf_enc and sha256 NULL); `number` and `file_path` were never written and are not kept.
-- Nothing refers to `notices`, so dropping the old table cascades nowhere.

CREATE TABLE notices_v6 (
    id              TEXT PRIMARY KEY,
    case_id         TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('acceptance', 'correction', 'refusal', 'receipt', 'commitment')),
    pdf_enc         BLOB,
    sha256          TEXT CHECK (sha256 IS NULL OR length(sha256) = 64),
    verification    TEXT,
    issued_at       TEXT NOT NULL,
    staff_id        TEXT REFERENCES staff (id),
    print_count     INTEGER NOT NULL DEFAULT 0 CHECK (print_count >= 0),
    last_printed_at TEXT,
    CHECK ((pdf_enc IS NULL) = (sha256 IS NULL))
);

INSERT INTO notices_v6 (id, case_id, kind, issued_at, staff_id)
SELECT id, case_id, kind, issued_at, issued_by FROM notices;

DROP TABLE notices;
ALTER TABLE notices_v6 RENAME TO notices;
CREATE INDEX notices_by_case ON notices (case_id, issued_at);
