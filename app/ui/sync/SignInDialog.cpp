#include "ui/sync/SignInDialog.h"

#include "core/Settings.h"
#include "storage/Store.h"
#include "sync/CurrentStaff.h"
#include "sync/SignInService.h"
#include "ui/AppContext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace yc::ui {

SignInServiceHandle::SignInServiceHandle(const AppContext& context)
    : m_service(context.signIn)
{
    if (m_service)
        return;
    Q_ASSERT(context.store && context.settings && context.clock);
    m_ownStaff = std::make_unique<sync::CurrentStaff>();
    m_own = std::make_unique<sync::SignInService>(context.dataDir, context.store->cipher(), *context.settings,
                                                  *context.clock, *m_ownStaff);
    m_service = m_own.get();
}

SignInServiceHandle::~SignInServiceHandle() = default;

SignInDialog::SignInDialog(const AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_service(context)
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
    connect(&*m_service, &sync::SignInService::signInFinished, this, &SignInDialog::finished);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::signIn()
{
    if (m_staffId->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_message->setText(tr("Enter your staff id and password."));
        return;
    }
    m_buttons->setEnabled(false);
    m_message->setText(tr("Signing in…"));
    m_waiting = true;
    m_service->signIn(m_staffId->text().trimmed(), m_password->text());
}

void SignInDialog::finished(const sync::SignInResult& result)
{
    if (!m_waiting)
        return; // another window's request
    m_waiting = false;
    m_buttons->setEnabled(true);
    if (!result.ok()) {
        m_message->setText(result.message);
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_staff = result.staff;
    accept();
}

EnrolmentDialog::EnrolmentDialog(const AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_service(context)
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
    connect(&*m_service, &sync::SignInService::enrolFinished, this, &EnrolmentDialog::enrolled);
    connect(&*m_service, &sync::SignInService::hallsLoaded, this, &EnrolmentDialog::hallsLoaded);
}

EnrolmentDialog::~EnrolmentDialog() = default;

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
    m_enrolling = true;
    m_service->enrol(url, m_admin->text().trimmed(), m_password->text(), hallCode, windowNo);
}

void EnrolmentDialog::enrolled(const sync::EnrolResult& result)
{
    if (!m_enrolling)
        return;
    m_enrolling = false;
    m_buttons->setEnabled(true);
    if (result.ok())
        accept();
    else
        m_message->setText(result.message);
}

void EnrolmentDialog::loadHalls()
{
    const QUrl url(m_url->text().trimmed());
    if (url.scheme() != QLatin1String("https") || m_admin->text().isEmpty() || m_password->text().isEmpty()) {
        m_message->setText(tr("Enter the platform address, the admin staff id and the password first."));
        return;
    }
    m_load->setEnabled(false);
    m_message->setText(tr("Loading halls…"));
    m_loading = true;
    m_service->loadHalls(url, m_admin->text().trimmed(), m_password->text());
}

void EnrolmentDialog::hallsLoaded(const sync::HallsResult& result)
{
    if (!m_loading)
        return;
    m_loading = false;
    m_load->setEnabled(true);
    m_message->setText(result.message);
    if (result.halls.isEmpty())
        return;
    m_halls = result.halls;
    m_hall->clear();
    for (const QJsonValue& v : std::as_const(m_halls)) {
        const QJsonObject h = v.toObject();
        m_hall->addItem(QStringLiteral("%1 (%2)").arg(h.value(QLatin1String("name")).toString(),
                                                      h.value(QLatin1String("hallCode")).toString()),
                        h.value(QLatin1String("hallCode")).toString());
    }
    fillWindows();
    m_hall->setFocus();
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
