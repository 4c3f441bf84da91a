-- Schema version 9: retention. purged_at is when the materials and personal data of a completed,
-- synced case were removed from this PC (yichuang-ctl retention run); the case row itself (its
-- number, item, dates and states) and the audit trail stay.
ALTER TABLE cases ADD COLUMN purged_at TEXT;
