#include "sync/TrainingPlatform.h"

#include "core/Logging.h"
#include "core/Settings.h"
#include "storage/Store.h"
#include "sync/Enrolment.h"
#include "sync/RestConnector.h"
#include "sync/SyncConfig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace yc::sync {

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct X509Free
{
    void operator()(X509* x) const { X509_free(x); }
};
struct BioFree
{
    void operator()(BIO* b) const { BIO_free(b); }
};

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(len));
}

bool addExtension(X509* cert, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

Status writePrivate(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("training.write"), TrainingPlatform::tr("%1 cannot be written.").arg(path));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(bytes);
    if (!file.commit())
        return makeError(QStringLiteral("training.write"), TrainingPlatform::tr("%1 cannot be written.").arg(path));
    return {};
}

} // namespace

TrainingPlatform::TrainingPlatform(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

TrainingPlatform::~TrainingPlatform()
{
    stop();
}

QString TrainingPlatform::defaultConfigFile(const QString& executableDir)
{
    const QString fromEnv = qEnvironmentVariable("YICHUANG_TRAINING_CONFIG");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString installed =
        QDir(executableDir).filePath(QStringLiteral("../share/yichuang/training/training-config.json"));
    if (QFileInfo::exists(installed))
        return QDir::cleanPath(installed);
    return QStringLiteral(YC_SOURCE_DIR "/tests/platform/training-config.json");
}

QString TrainingPlatform::caBundle() const
{
    return QDir(m_options.trainingDir).filePath(QStringLiteral("platform-tls/cert.pem"));
}

Status TrainingPlatform::ensureCertificate()
{
    const QDir dir(QDir(m_options.trainingDir).filePath(QStringLiteral("platform-tls")));
    const QString certPath = dir.filePath(QStringLiteral("cert.pem"));
    const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
    if (QFileInfo::exists(certPath) && QFileInfo::exists(keyPath))
        return {};
    if (!QDir().mkpath(dir.path()))
        return makeError(QStringLiteral("training.write"), tr("%1 cannot be created.").arg(dir.path()));

    // A self-signed P-256 certificate for the loopback addresses, valid for ten years; the client
    // trusts exactly this certificate.
    std::unique_ptr<EVP_PKEY, PkeyFree> key(EVP_EC_gen("P-256"));
    std::unique_ptr<X509, X509Free> cert(X509_new());
    bool ok = key && cert && X509_set_version(cert.get(), 2) == 1;
    if (ok) {
        ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
        X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
        X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 365 * 24 * 3600);
        X509_NAME* name = X509_get_subject_name(cert.get());
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>("Yichuang training platform"), -1, -1, 0);
        X509_set_issuer_name(cert.get(), name);
        ok = X509_set_pubkey(cert.get(), key.get()) == 1 &&
             addExtension(cert.get(), NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost") &&
             addExtension(cert.get(), NID_basic_constraints, "critical,CA:TRUE") &&
             addExtension(cert.get(), NID_key_usage, "critical,digitalSignature,keyCertSign") &&
             X509_sign(cert.get(), key.get(), EVP_sha256()) > 0;
    }
    std::unique_ptr<BIO, BioFree> keyBio(BIO_new(BIO_s_mem()));
    std::unique_ptr<BIO, BioFree> certBio(BIO_new(BIO_s_mem()));
    ok = ok && PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1 &&
         PEM_write_bio_X509(certBio.get(), cert.get()) == 1;
    if (!ok)
        return makeError(QStringLiteral("training.certificate"),
                         tr("The training platform's certificate could not be made."));
    if (auto s = writePrivate(keyPath, bioBytes(keyBio.get())); !s)
        return s;
    return writePrivate(certPath, bioBytes(certBio.get()));
}

Result<QUrl> TrainingPlatform::start()
{
    if (!QFileInfo(m_options.executable).isExecutable())
        return makeError(
            QStringLiteral("training.platform-missing"),
            tr("Training mode needs the reference platform %1, which is not installed.").arg(m_options.executable));
    if (!QFileInfo::exists(m_options.configFile))
        return makeError(QStringLiteral("training.config-missing"),
                         tr("The training configuration %1 was not found.").arg(m_options.configFile));
    if (auto cert = ensureCertificate(); !cert)
        return cert.error();

    const QDir dir(m_options.trainingDir);
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(m_options.executable,
                     {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"),
                      dir.filePath(QStringLiteral("platform")), QStringLiteral("--config"), m_options.configFile,
                      QStringLiteral("--tls-cert"), caBundle(), QStringLiteral("--tls-key"),
                      dir.filePath(QStringLiteral("platform-tls/key.pem"))});
    if (!m_process->waitForStarted(m_options.startTimeoutMs))
        return makeError(QStringLiteral("training.start"),
                         tr("The training platform did not start: %1").arg(m_process->errorString()));

    static const QRegularExpression listening(QStringLiteral("listening on (https://\\S+)"));
    QElapsedTimer timer;
    timer.start();
    QByteArray output;
    while (timer.elapsed() < m_options.startTimeoutMs) {
        if (m_process->state() != QProcess::Running)
            break;
        m_process->waitForReadyRead(200);
        output += m_process->readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            // The platform's log goes on; keep reading it so its pipe never fills.
            connect(m_process, &QProcess::readyReadStandardOutput, m_process,
                    [p = m_process] { p->readAllStandardOutput(); });
            connect(m_process, &QProcess::readyReadStandardError, m_process,
                    [p = m_process] { p->readAllStandardError(); });
            qCInfo(lcSync) << "training platform listening on" << match.captured(1);
            return QUrl(match.captured(1));
        }
    }
    const QString errors = QString::fromUtf8(m_process->readAllStandardError()).trimmed().right(400);
    stop();
    return makeError(QStringLiteral("training.start"), tr("The training platform did not start: %1").arg(errors));
}

void TrainingPlatform::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

Status prepareTrainingWindow(TrainingPlatform& platform, Settings& settings, storage::Store& store)
{
    auto url = platform.start();
    if (!url)
        return url.error();
    settings.setValue(QStringLiteral("platform/url"), url.value().toString());
    settings.setValue(QStringLiteral("platform/ca_bundle"), platform.caBundle());
    if (!settings.contains(QStringLiteral("reader/plugin")))
        settings.setValue(QStringLiteral("reader/plugin"), QStringLiteral("simulated"));
    if (!settings.contains(QStringLiteral("scanner/plugin")))
        settings.setValue(QStringLiteral("scanner/plugin"), QStringLiteral("simulated"));
    if (!settings.contains(QStringLiteral("hall/areaCode"))) {
        settings.setValue(QStringLiteral("hall/level"), QStringLiteral("district"));
        settings.setValue(QStringLiteral("hall/areaCode"), QStringLiteral("210202"));
        settings.setValue(QStringLiteral("hall/windowCode"), QStringLiteral("B01"));
    }
    if (!settings.sync())
        return makeError(QStringLiteral("training.write"),
                         TrainingPlatform::tr("%1 cannot be written.").arg(settings.fileName()));

    Enrolment enrolment(store.database(), store.cipher());
    auto existing = enrolment.load();
    if (!existing)
        return existing.error();
    if (existing.value())
        return {};
    RestConnector connector(SyncConfig::restOptions(settings));
    auto admin = connector.signIn(QStringLiteral("a2001"), QStringLiteral("train-a2001"), {});
    if (!admin)
        return makeError(QStringLiteral("training.enrol"),
                         TrainingPlatform::tr("The training admin could not sign in: %1").arg(admin.error().message));
    auto enrolled = enrolment.enrol(connector, admin.value().accessToken, admin.value().staffId,
                                    QStringLiteral("21020201"), QStringLiteral("B01"), url.value().toString());
    if (!enrolled)
        return enrolled.error();
    return {};
}

} // namespace yc::sync
