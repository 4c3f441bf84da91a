#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

class QProcess;

namespace yc {
class Settings;
}

namespace yc::sync {

// Training mode's counterpart: the bundled reference platform (yichuang-platform) started on a
// loopback port with the training configuration (synthetic halls, staff, catalog and licences),
// its own data folder and a certificate made for this run's training folder. The client trusts
// exactly that certificate (CA bundle), so TLS stays on and verified in training too.
class TrainingPlatform : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString trainingDir; // where the platform keeps its data and certificate
        QString executable;  // yichuang-platform
        QString configFile;  // the training configuration (JSON)
        int startTimeoutMs = 30000;
    };

    explicit TrainingPlatform(Options options, QObject* parent = nullptr);
    ~TrainingPlatform() override;

    // Makes the certificate if needed, starts the platform and waits for its "listening on" line.
    [[nodiscard]] Result<QUrl> start();
    [[nodiscard]] QString caBundle() const;
    void stop();

    // Where the training configuration is looked for: $YICHUANG_TRAINING_CONFIG, then
    // <exe>/../share/yichuang/training/training-config.json, then the source tree's.
    [[nodiscard]] static QString defaultConfigFile(const QString& executableDir);

private:
    [[nodiscard]] Status ensureCertificate();

    Options m_options;
    QProcess* m_process = nullptr;
};

} // namespace yc::sync

namespace yc::storage {
class Store;
}

namespace yc::sync {

// Starts the training platform and points this training store at it: platform address and CA
// bundle, the simulated reader, the training district hall (大连市中山区政务服务中心, level district,
// area 210202); enrols the PC as its window B01 (signed in as that hall's training admin a2001)
// when it is not enrolled yet. Clerks then sign in as usual: c2001 / train-c2001 (the training
// configuration lists every training account).
[[nodiscard]] Status prepareTrainingWindow(TrainingPlatform& platform, Settings& settings, storage::Store& store);

} // namespace yc::sync
