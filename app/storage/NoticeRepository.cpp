#include "storage/NoticeRepository.h"

#include "core/TextForms.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Digest.h"
#include "storage/FieldCipher.h"
#include "storage/SqlQuery.h"

#include <QUuid>

namespace yc::storage {

namespace {

const char* const Columns =
    "id, case_id, kind, sha256, verification, issued_at, staff_id, print_count, last_printed_at";

QDateTime timeOf(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

Result<NoticeRecord> readRow(const QSqlQuery& q)
{
    NoticeRecord r;
    r.id = q.value(0).toString();
    r.caseId = q.value(1).toString();
    const auto kind = noticeKindFromName(q.value(2).toString());
    if (!kind)
        return makeError(QStringLiteral("db.query"), NoticeRepository::tr("Notice %1 has an unknown kind.").arg(r.id));
    r.kind = *kind;
    r.sha256 = q.value(3).toString();
    r.verification = q.value(4).toString();
    r.issuedAt = timeOf(q.value(5));
    r.staffId = q.value(6).toString();
    r.printCount = q.value(7).toInt();
    r.lastPrintedAt = timeOf(q.value(8));
    return r;
}

Error notFound(const QString& noticeId)
{
    return makeError(QStringLiteral("notice.not-found"), NoticeRepository::tr("No notice %1 is kept.").arg(noticeId));
}

} // namespace

NoticeRepository::NoticeRepository(Database& database, const FieldCipher& cipher, const Clock& clock)
    : m_database(database)
    , m_cipher(cipher)
    , m_clock(clock)
{}

QByteArray NoticeRepository::pdfAad(const QString& noticeId, const QString& caseId, NoticeKind kind)
{
    return QByteArrayLiteral("notices.pdf_enc:") + noticeId.toUtf8() + ':' + caseId.toUtf8() + ':' +
           noticeKindName(kind).toUtf8();
}

Result<QString> NoticeRepository::save(const StoredNotice& notice)
{
    if (notice.caseId.isEmpty() || notice.pdf.isEmpty())
        return makeError(QStringLiteral("notice.incomplete"), tr("A notice is kept only with its case and its PDF."));
    if (!notice.pdf.startsWith("%PDF-"))
        return makeError(QStringLiteral("notice.not-pdf"), tr("The notice to keep is not a PDF."));
    const QString id = notice.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : notice.id;
    auto encrypted = m_cipher.encrypt(notice.pdf, pdfAad(id, notice.caseId, notice.kind));
    if (!encrypted)
        return encrypted.error();

    if (auto saved = execute(m_database,
                             QStringLiteral("INSERT INTO notices (id, case_id, kind, pdf_enc, sha256, verification, "
                                            "issued_at, staff_id, print_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)"),
                             {id, notice.caseId, noticeKindName(notice.kind), encrypted.value(), sha256Hex(notice.pdf),
                              nullableText(notice.verification),
                              isoUtcMs(notice.issuedAt.isValid() ? notice.issuedAt : m_clock.now()),
                              nullableText(notice.staffId)},
                             tr("The notice could not be kept"));
        !saved)
        return saved.error();
    return id;
}

Result<std::vector<NoticeRecord>> NoticeRepository::list(const QString& caseId) const
{
    SqlQuery q(m_database,
               QStringLiteral("SELECT %1 FROM notices WHERE case_id = ? ORDER BY issued_at, rowid")
                   .arg(QLatin1String(Columns)),
               {caseId});
    if (!q.exec())
        return q.error(tr("The notices could not be read"));
    std::vector<NoticeRecord> out;
    while (q.next()) {
        auto row = readRow(q);
        if (!row)
            return row.error();
        out.push_back(std::move(row.value()));
    }
    return out;
}

Result<NoticeRecord> NoticeRepository::record(const QString& noticeId) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT %1 FROM notices WHERE id = ?").arg(QLatin1String(Columns)),
               {noticeId});
    if (!q.exec())
        return q.error(tr("The notices could not be read"));
    if (!q.next())
        return notFound(noticeId);
    return readRow(q);
}

Result<QByteArray> NoticeRepository::load(const QString& noticeId) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT case_id, kind, pdf_enc, sha256 FROM notices WHERE id = ?"),
               {noticeId});
    if (!q.exec())
        return q.error(tr("The notice could not be read"));
    if (!q.next())
        return notFound(noticeId);
    if (q.value(2).isNull())
        return makeError(QStringLiteral("notice.no-pdf"),
                         tr("Notice %1 was recorded before notices were kept; it has no PDF to print.").arg(noticeId));
    const auto kind = noticeKindFromName(q.value(1).toString());
    if (!kind)
        return makeError(QStringLiteral("db.query"), tr("Notice %1 has an unknown kind.").arg(noticeId));
    auto pdf = m_cipher.decrypt(q.value(2).toByteArray(), pdfAad(noticeId, q.value(0).toString(), *kind));
    if (!pdf)
        return makeError(QStringLiteral("notice.undecryptable"),
                         tr("The PDF of notice %1 cannot be decrypted: it was not written for this notice, or the "
                            "store's key is not the one it was written with.")
                             .arg(noticeId));
    if (sha256Hex(pdf.value()) != q.value(3).toString())
        return makeError(QStringLiteral("notice.damaged"),
                         tr("The PDF of notice %1 does not match the checksum kept with it.").arg(noticeId));
    return std::move(pdf.value());
}

Result<int> NoticeRepository::recordPrint(const QString& noticeId, const QString& staffId, PrintOutput output)
{
    int count = 0;
    const Status done = m_database.transaction([&]() -> Status {
        auto notice = record(noticeId);
        if (!notice)
            return notice.error();
        const QDateTime now = m_clock.now();
        SqlQuery q(m_database,
                   QStringLiteral("UPDATE notices SET print_count = print_count + 1, last_printed_at = ? WHERE id = ?"),
                   {isoUtcMs(now), noticeId});
        if (!q.exec() || q.numRowsAffected() != 1)
            return q.error(tr("The print could not be recorded"));
        count = notice.value().printCount + 1;
        // Codes and counts only: the case by its id, the notice by its id and kind.
        return AuditLog(m_database, m_clock)
            .append(staffId, QStringLiteral("notice.print"), QStringLiteral("case"), notice.value().caseId,
                    QStringLiteral("notice=%1 kind=%2 output=%3 prints=%4")
                        .arg(noticeId, noticeKindName(notice.value().kind),
                             output == PrintOutput::PdfFile ? QStringLiteral("pdf") : QStringLiteral("printer"))
                        .arg(count),
                    now);
    });
    if (!done)
        return done.error();
    return count;
}

Result<int> NoticeRepository::purgeWithin(const QString& caseId)
{
    SqlQuery q(
        m_database,
        QStringLiteral("UPDATE notices SET pdf_enc = NULL, sha256 = NULL WHERE case_id = ? AND pdf_enc IS NOT NULL"),
        {caseId});
    if (!q.exec())
        return q.error(tr("The notice could not be kept"));
    return q.numRowsAffected();
}

} // namespace yc::storage
