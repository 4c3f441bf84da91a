-- Schema version 8: the audit trail becomes a hash chain (PROTOCOL.md §14.1). Each row keeps the
-- window the PC was enrolled as, the hash of the row before it and its own hash. The rows already
-- stored are chained, in id order, by the storage code right after these statements, in the same
-- transaction (Database::migrateTo, AuditLog::sealUnchained).
ALTER TABLE audit ADD COLUMN window_code TEXT;
ALTER TABLE audit ADD COLUMN prev_hash TEXT;
ALTER TABLE audit ADD COLUMN hash TEXT;
