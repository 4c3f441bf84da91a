#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "sync/DeviceKey.h"
#include "sync/PlatformConnector.h"

#include <QCoreApplication>

#include <optional>

namespace yc::storage {
class Database;
class FieldCipher;
} // namespace yc::storage

namespace yc::sync {

struct EnrolmentInfo
{
    QString machineId;
    QString hallCode;
    QString hallName;
    QString windowNo;
    QString platformUrl;
    QString algorithm;
    QByteArray publicKeyDer;
};

// This PC as a window of a hall: its machine id, hall, window and signing key. The private key is
// made here, stored encrypted with the store's FieldCipher and never leaves the PC.
class Enrolment
{
    Q_DECLARE_TR_FUNCTIONS(yc::sync::Enrolment)

public:
    Enrolment(storage::Database& database, const storage::FieldCipher& cipher, const Clock& clock = systemClock());

    [[nodiscard]] Result<std::optional<EnrolmentInfo>> load() const;
    [[nodiscard]] Result<DeviceKey> key() const;

    // Creates the key pair (keyAlgorithm: DeviceKey's ecdsa-p256-sha256 or sm2-sm3; a PC enrolled
    // before keeps its key), registers its public key for hall/window with an admin's token and
    // stores the enrolment (and the platform's limits) locally, with the request for the first
    // case-number lease (LeaseRequester::prepareRequest).
    [[nodiscard]] Result<EnrolmentInfo> enrol(PlatformConnector& connector, const QString& adminToken,
                                              const QString& adminStaffId, const QString& hallCode,
                                              const QString& windowNo, const QString& platformUrl,
                                              const QString& keyAlgorithm = DeviceKey::defaultAlgorithm());

    // Stores the platform's machine document (hall, window, limits) as the engine refreshes it.
    [[nodiscard]] Status storeMachineDocument(const QJsonObject& machine);

    [[nodiscard]] static QString publicKeyPem(const QByteArray& der);

private:
    storage::Database& m_database;
    const storage::FieldCipher& m_cipher;
    const Clock& m_clock;
};

} // namespace yc::sync
