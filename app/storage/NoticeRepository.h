#pragma once

#include "core/Clock.h"
#include "core/NoticeKind.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <vector>

namespace yc::storage {

class Database;
class FieldCipher;

// Where a notice was printed to (audit detail "output=printer" or "output=pdf").
enum class PrintOutput
{
    Printer,
    PdfFile,
};

// A notice to keep with its case: the PDF exactly as it was handed over.
struct StoredNotice
{
    QString id; // empty: a new UUID is made
    QString caseId;
    NoticeKind kind = NoticeKind::Acceptance;
    QByteArray pdf;       // the rendered notice (personal data: encrypted at rest)
    QString verification; // the verification code printed as its QR code; may be empty
    QString staffId;      // the clerk who issued it; may be empty
    QDateTime issuedAt;   // invalid: now
};

// A kept notice as listed: what it is and how often it was printed, never its content.
struct NoticeRecord
{
    QString id;
    QString caseId;
    NoticeKind kind = NoticeKind::Acceptance;
    QString sha256; // of the plaintext PDF; empty when no PDF was kept (rows from before schema 6)
    QString verification;
    QDateTime issuedAt;
    QString staffId;
    int printCount = 0;
    QDateTime lastPrintedAt; // invalid: never printed

    [[nodiscard]] bool hasPdf() const { return !sha256.isEmpty(); }
};

// The notices issued for each case (table `notices`, migration 0006), of which it is the only
// owner. The PDF is encrypted with FieldCipher; its associated data names the row, the case and
// the kind, so a PDF moved to another row does not decrypt.
//
// Error codes: notice.incomplete (save without a case or a PDF), notice.not-pdf, notice.not-found,
// notice.no-pdf (a row kept without its PDF), notice.undecryptable, notice.damaged (the decrypted
// PDF does not match its SHA-256), db.query, db.transaction.
class NoticeRepository
{
    Q_DECLARE_TR_FUNCTIONS(yc::storage::NoticeRepository)

public:
    NoticeRepository(Database& database, const FieldCipher& cipher, const Clock& clock = systemClock());

    // Keeps a notice and returns its id. One statement: call it inside the transaction that records
    // the decision the notice announces, so both are stored or neither.
    [[nodiscard]] Result<QString> save(const StoredNotice& notice);
    // The notices of a case, in the order they were issued.
    [[nodiscard]] Result<std::vector<NoticeRecord>> list(const QString& caseId) const;
    [[nodiscard]] Result<NoticeRecord> record(const QString& noticeId) const;
    // The decrypted PDF, checked against its SHA-256.
    [[nodiscard]] Result<QByteArray> load(const QString& noticeId) const;
    // Counts one print (to paper or to a PDF file) and appends the audit entry "notice.print" for
    // the case (detail: notice id, kind, output, count; no personal data), in one transaction of
    // its own. Returns the new print count.
    [[nodiscard]] Result<int> recordPrint(const QString& noticeId, const QString& staffId, PrintOutput output);
    // Retention, inside the caller's transaction: drops the PDFs of a case's notices (the rows,
    // kinds, dates and print counts stay; load() then answers notice.no-pdf). Returns how many.
    [[nodiscard]] Result<int> purgeWithin(const QString& caseId);

    // The associated data that binds an encrypted PDF to its row.
    [[nodiscard]] static QByteArray pdfAad(const QString& noticeId, const QString& caseId, NoticeKind kind);

private:
    Database& m_database;
    const FieldCipher& m_cipher;
    const Clock& m_clock;
};

} // namespace yc::storage
