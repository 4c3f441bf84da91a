#pragma once

#include "core/Notice.h"
#include "core/Result.h"
#include "sync/DeviceKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace yc::sync {

// The verification code printed as a QR code on every notice, so that anyone holding the paper
// can have the platform check it.
//
// What the platform can check: it holds the public key of every enrolled machine (PROTOCOL.md §4)
// and already verifies case signatures with it (§10). The code is therefore a signature by this
// PC's device key, in the same algorithm, over the canonical JSON (§10) of
//   {"caseNumber": "...", "date": "YYYY-MM-DD", "kind": "acceptance", "machineId": "uuid"}
// and the QR text is
//   YCN1|<caseNumber>|<kind>|<date>|<machineId>|<signature, base64url without padding>
// ("YCN1": Yichuang notice code, version 1). It carries no personal data. A forged or altered
// notice (another case number, kind or date) does not verify; a copy of a genuine notice does,
// which is what a seal check is for. No secret is shared with the platform: a leaked platform
// database cannot forge notices.
class NoticeVerification
{
    Q_DECLARE_TR_FUNCTIONS(yc::sync::NoticeVerification)

public:
    struct Fields
    {
        QString caseNumber;
        NoticeKind kind = NoticeKind::Acceptance;
        QDate date;
        QString machineId;
    };

    // The bytes that are signed.
    [[nodiscard]] static QByteArray signedBytes(const Fields& fields);
    // The QR text. Error notice.fields when a field is empty or holds '|'.
    [[nodiscard]] static Result<QString> make(const DeviceKey& key, const Fields& fields);

    struct Parsed
    {
        Fields fields;
        QByteArray signature;
    };
    // Error notice.code-form when the text is not a version 1 code.
    [[nodiscard]] static Result<Parsed> parse(const QString& code);
    // True when `code` is well formed and signed by the key `publicKeyDer` (SubjectPublicKeyInfo).
    [[nodiscard]] static bool verify(const QString& code, QByteArrayView publicKeyDer);
};

} // namespace yc::sync
