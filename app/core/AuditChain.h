#pragma once

#include <QDateTime>
#include <QString>

namespace yc::auditchain {

// One entry of the audit hash chain (PROTOCOL.md §14.1). Each entry's hash covers the hash of the
// entry before it, so an edited, deleted, inserted or reordered entry breaks every hash after it.
struct Entry
{
    qint64 seq = 0;   // the local audit row id: 1, 2, 3, ... with no gap
    QString at;       // canonicalAt() of the time
    QString staffId;  // may be empty
    QString windowNo; // the window the PC is enrolled as; may be empty before enrolment
    QString action;
    QString objectType;
    QString objectId;
    QString detail;
    QString prevHash; // hash of entry seq - 1; genesis() for the first
};

// The prevHash of entry 1: 64 zeros.
[[nodiscard]] QString genesis();
// The time as hashed and uploaded: UTC, milliseconds, e.g. 2026-11-30T01:02:03.045Z.
[[nodiscard]] QString canonicalAt(const QDateTime& at);
// Lower-case hex SHA-256 of the UTF-8 compact JSON array
// [prevHash, seq, at, staffId, windowNo, action, objectType, objectId, detail].
[[nodiscard]] QString hashOf(const Entry& entry);
// Whether text is 64 lower-case hex digits.
[[nodiscard]] bool isHash(const QString& text);

} // namespace yc::auditchain
