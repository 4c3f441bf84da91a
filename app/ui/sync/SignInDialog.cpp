#include "ui/sync/SignInDialog.h"

#include "core/Clock.h"
#include "core/DataLocation.h"
#include "core/Settings.h"
#include "storage/Database.h"
#include "storage/Store.h"
#include "sync/Enrolment.h"
#include "sync/RestConnector.h"
#include "sync/SyncConfig.h"
#include "ui/AppContext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QThread>

#include <memory>

namespace yc::ui {

namespace {
// Runs work on a short-lived thread and calls done on the GUI thread afterwards.
void runOffThread(QObject* owner, std::function<void()> work, std::function<void()> done)
{
    QThread* thread = QThread::create(std::move(work));
    QObject::connect(thread, &QThread::finished, owner, std::move(done));
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}
} // namespace

SignInDialog::SignInDialog(const AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in"));
    auto* form = new QFormLayout(this);
    m_staffId = new QLineEdit(this);
    m_staffId->setObjectName(QStringLiteral("signInStaffId"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    form->addRow(tr("&Staff id:"), m_staffId);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_message);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SignInDialog::signIn()
{
    if (m_staffId->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_message->setText(tr("Enter your staff id and password."));
        return;
    }
    m_buttons->setEnabled(false);
    m_message->setText(tr("Signing in…"));
    struct Outcome
    {
        bool ok = false;
        sync::SignedInStaff staff;
        QString message;
    };
    auto outcome = std::make_shared<Outcome>();
    const QString dataDir = m_context.dataDir;
    const storage::FieldCipher* cipher = &m_context.store->cipher();
    const sync::RestOptions rest = sync::SyncConfig::restOptions(*m_context.settings);
    const QDateTime now = m_context.clock->now();
    const QString staffId = m_staffId->text().trimmed();
    const QString password = m_password->text();
    runOffThread(
        this,
        [=] {
            auto db = storage::Database::open(DataLocation::databasePath(dataDir));
            if (!db) {
                outcome->message = db.error().message;
                return;
            }
            sync::Enrolment enrolment(*db.value(), *cipher);
            auto info = enrolment.load();
            sync::StaffCredentials credentials(*db.value(), *cipher);
            QString onlineProblem;
            if (info && info.value()) {
                sync::RestOptions options = rest;
                if (options.baseUrl.isEmpty())
                    options.baseUrl = QUrl(info.value()->platformUrl);
                sync::RestConnector connector(options);
                auto session = connector.signIn(staffId, password, info.value()->machineId);
                if (session) {
                    if (auto saved = credentials.rememberOnlineSignIn(session.value(), password, now); !saved) {
                        outcome->message = saved.error().message;
                        return;
                    }
                    QSqlQuery q(db.value()->connection());
                    q.prepare(QStringLiteral("UPDATE outbox SET next_attempt_at = NULL WHERE staff_id = ? AND "
                                             "error_kind = 'retryable' AND state <> 'submitted'"));
                    q.addBindValue(session.value().staffId);
                    (void)q.exec();
                    outcome->ok = true;
                    outcome->staff = {session.value().staffId, session.value().staffId, session.value().displayName,
                                      sync::StaffCredentials::primaryRole(session.value().roles), false};
                    return;
                }
                if (session.failure().kind == sync::FailureKind::Permanent) {
                    // The platform refused (wrong password, disabled account...): audited, then shown.
                    (void)credentials.recordFailedSignIn(staffId, QStringLiteral("online"), session.failure().code,
                                                         now);
                    outcome->message = session.failure().message;
                    return;
                }
                onlineProblem = session.failure().message;
            }
            const QJsonObject limits =
                QJsonDocument::fromJson(db.value()->meta(QStringLiteral("sync.limits")).valueOr({}).toUtf8()).object();
            auto offline = credentials.signInOffline(staffId, password,
                                                     limits.value(QLatin1String("offlineSignInDays")).toInt(7), now);
            if (!offline) {
                outcome->message = onlineProblem.isEmpty()
                                       ? offline.error().message
                                       : onlineProblem + QLatin1Char('\n') + offline.error().message;
                return;
            }
            outcome->ok = true;
            outcome->staff = offline.value();
        },
        [this, outcome] {
            m_buttons->setEnabled(true);
            if (!outcome->ok) {
                m_message->setText(outcome->message);
                m_password->selectAll();
                m_password->setFocus();
                return;
            }
            m_staff = outcome->staff;
            accept();
        });
}

EnrolmentDialog::EnrolmentDialog(const AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("enrolmentDialog"));
    setWindowTitle(tr("Enrol this PC as a window"));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(tr("An administrator registers this PC with the city platform as one window of a hall. "
                                "A key pair is made on this PC; only its public key is sent."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_url = new QLineEdit(
        m_context.settings ? m_context.settings->value(QStringLiteral("platform/url")).toString() : QString(), this);
    m_url->setObjectName(QStringLiteral("enrolUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_admin = new QLineEdit(this);
    m_admin->setObjectName(QStringLiteral("enrolAdmin"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("enrolPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_hall = new QComboBox(this);
    m_hall->setObjectName(QStringLiteral("enrolHall"));
    m_hall->setEditable(true);
    m_window = new QComboBox(this);
    m_window->setObjectName(QStringLiteral("enrolWindow"));
    m_window->setEditable(true);
    m_load = new QPushButton(tr("&Load halls from the platform"), this);
    m_load->setObjectName(QStringLiteral("enrolLoadHalls"));
    connect(m_load, &QPushButton::clicked, this, &EnrolmentDialog::loadHalls);
    connect(m_hall, &QComboBox::currentIndexChanged, this, &EnrolmentDialog::fillWindows);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("enrolMessage"));
    m_message->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Enrol"));
    form->addRow(tr("Platform &address:"), m_url);
    form->addRow(tr("&Admin staff id:"), m_admin);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_load);
    m_hall->setMinimumWidth(360);
    m_window->setMinimumWidth(360);
    form->addRow(tr("&Hall:"), m_hall);
    form->addRow(tr("&Window:"), m_window);
    form->addRow(m_message);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnrolmentDialog::enrol);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void EnrolmentDialog::enrol()
{
    const QUrl url(m_url->text().trimmed());
    const QString hallCode =
        m_hall->currentData().toString().isEmpty() ? m_hall->currentText().trimmed() : m_hall->currentData().toString();
    const QString windowNo = m_window->currentData().toString().isEmpty() ? m_window->currentText().trimmed()
                                                                          : m_window->currentData().toString();
    if (url.scheme() != QLatin1String("https") || m_admin->text().isEmpty() || hallCode.isEmpty() ||
        windowNo.isEmpty()) {
        m_message->setText(tr("Fill in every field; the address must start with https://."));
        return;
    }
    m_context.settings->setValue(QStringLiteral("platform/url"), url.toString());
    m_context.settings->sync();
    m_buttons->setEnabled(false);
    m_message->setText(tr("Enrolling…"));
    auto message = std::make_shared<QString>();
    auto ok = std::make_shared<bool>(false);
    const QString dataDir = m_context.dataDir;
    const storage::FieldCipher* cipher = &m_context.store->cipher();
    const sync::RestOptions rest = sync::SyncConfig::restOptions(*m_context.settings);
    const QString admin = m_admin->text().trimmed();
    const QString password = m_password->text();
    const QString hall = hallCode;
    const QString window = windowNo;
    runOffThread(
        this,
        [=] {
            auto db = storage::Database::open(DataLocation::databasePath(dataDir));
            if (!db) {
                *message = db.error().message;
                return;
            }
            sync::RestConnector connector(rest);
            auto session = connector.signIn(admin, password, {});
            if (!session) {
                *message = session.failure().message;
                return;
            }
            sync::Enrolment enrolment(*db.value(), *cipher);
            auto info =
                enrolment.enrol(connector, session.value().accessToken, admin, hall, window, rest.baseUrl.toString());
            if (!info) {
                *message = info.error().message;
                return;
            }
            (void)db.value()->setMeta(QStringLiteral("sync.enrolled_at"),
                                      QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            *ok = true;
        },
        [this, message, ok] {
            m_buttons->setEnabled(true);
            if (*ok)
                accept();
            else
                m_message->setText(*message);
        });
}

void EnrolmentDialog::loadHalls()
{
    const QUrl url(m_url->text().trimmed());
    if (url.scheme() != QLatin1String("https") || m_admin->text().isEmpty() || m_password->text().isEmpty()) {
        m_message->setText(tr("Enter the platform address, the admin staff id and the password first."));
        return;
    }
    sync::RestOptions rest = sync::SyncConfig::restOptions(*m_context.settings);
    rest.baseUrl = url;
    const QString admin = m_admin->text().trimmed();
    const QString password = m_password->text();
    auto halls = std::make_shared<QJsonArray>();
    auto message = std::make_shared<QString>();
    m_load->setEnabled(false);
    m_message->setText(tr("Loading halls…"));
    runOffThread(
        this,
        [=] {
            sync::RestConnector connector(rest);
            auto session = connector.signIn(admin, password, {});
            if (!session) {
                *message = session.failure().message;
                return;
            }
            auto list = connector.halls(session.value().accessToken);
            if (!list)
                *message = list.failure().message;
            else
                *halls = list.value();
        },
        [this, halls, message] {
            m_load->setEnabled(true);
            m_message->setText(*message);
            if (halls->isEmpty())
                return;
            m_halls = *halls;
            m_hall->clear();
            for (const QJsonValue& v : m_halls) {
                const QJsonObject h = v.toObject();
                m_hall->addItem(QStringLiteral("%1 (%2)").arg(h.value(QLatin1String("name")).toString(),
                                                              h.value(QLatin1String("hallCode")).toString()),
                                h.value(QLatin1String("hallCode")).toString());
            }
            fillWindows();
            m_hall->setFocus();
        });
}

void EnrolmentDialog::fillWindows()
{
    const QString code = m_hall->currentData().toString();
    if (code.isEmpty())
        return;
    m_window->clear();
    for (const QJsonValue& v : m_halls) {
        const QJsonObject h = v.toObject();
        if (h.value(QLatin1String("hallCode")).toString() != code)
            continue;
        for (const QJsonValue& w : h.value(QLatin1String("windows")).toArray()) {
            const QJsonObject o = w.toObject();
            m_window->addItem(QStringLiteral("%1 %2").arg(o.value(QLatin1String("windowNo")).toString(),
                                                          o.value(QLatin1String("name")).toString()),
                              o.value(QLatin1String("windowNo")).toString());
        }
    }
}

} // namespace yc::ui
