#include "ui/settings/StationSettingsPages.h"

#include "core/Settings.h"
#include "core/catalog/ServiceItem.h"
#include "core/identity/CodeTables.h"
#include "devices/DeviceManager.h"
#include "devices/ScannerService.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace yc::ui {

namespace {

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(mid);"));
    return label;
}

void selectData(QComboBox* combo, const QString& value)
{
    int index = combo->findData(value);
    if (index < 0 && !value.isEmpty()) { // a value this PC does not offer (now): kept, shown as it is
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

StationSettingsPages::StationSettingsPages(devices::DeviceManager& devices, Options options, SettingsDialog& dialog)
    : QObject(&dialog)
    , m_devices(devices)
    , m_options(std::move(options))
    , m_dialog(dialog)
{
    dialog.addPage(platformPage(), tr("Platform"));
    dialog.addPage(devicesPage(), tr("Scanner and printer"));
    dialog.addPage(hallPage(), tr("Hall and window"));
    dialog.addPage(generalPage(), tr("General"));
    dialog.addCheck([this] { return check(); });
}

StationSettingsPages::~StationSettingsPages() = default;

QWidget* StationSettingsPages::fileRow(QLineEdit* edit, const QString& filter)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto* browse = new QPushButton(tr("Browse…"), row);
    browse->setObjectName(edit->objectName() + QStringLiteral("Browse"));
    layout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, edit, filter] {
        const QString path = filter.isEmpty()
                                 ? QFileDialog::getExistingDirectory(&m_dialog, tr("Choose a folder"), edit->text())
                                 : QFileDialog::getOpenFileName(&m_dialog, tr("Choose a file"), edit->text(), filter);
        if (!path.isEmpty())
            edit->setText(QDir::toNativeSeparators(path));
    });
    return row;
}

QWidget* StationSettingsPages::platformPage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("platformSettingsPage"));
    auto* form = new QFormLayout(page);
    m_url = new QLineEdit(page);
    m_url->setObjectName(QStringLiteral("platformUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://platform.example.gov.cn/api"));
    form->addRow(tr("Platform &address:"), m_url);
    const QString pem = tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)");
    m_ca = new QLineEdit(page);
    m_ca->setObjectName(QStringLiteral("caBundleEdit"));
    m_ca->setPlaceholderText(tr("empty: the system's trusted certificates"));
    form->addRow(tr("&CA certificates:"), fileRow(m_ca, pem));
    m_pin = new QLineEdit(page);
    m_pin->setObjectName(QStringLiteral("pinEdit"));
    m_pin->setPlaceholderText(tr("empty: no pin"));
    form->addRow(tr("Key &pin (SHA-256):"), m_pin);
    m_clientCert = new QLineEdit(page);
    m_clientCert->setObjectName(QStringLiteral("clientCertEdit"));
    m_clientCert->setPlaceholderText(tr("empty: none"));
    form->addRow(tr("Client c&ertificate:"), fileRow(m_clientCert, pem));
    m_clientKey = new QLineEdit(page);
    m_clientKey->setObjectName(QStringLiteral("clientKeyEdit"));
    m_clientKey->setPlaceholderText(tr("empty: none"));
    form->addRow(tr("Client &key:"), fileRow(m_clientKey, pem));
    form->addRow(QString(), note(tr("A connection is only ever made with a verified certificate. "
                                    "yichuang-ctl platform check URL shows the platform's key pin."),
                                 page));
    return page;
}

QWidget* StationSettingsPages::devicesPage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("devicesSettingsPage"));
    auto* form = new QFormLayout(page);
    m_scannerPlugin = new QComboBox(page);
    m_scannerPlugin->setObjectName(QStringLiteral("scannerPluginCombo"));
    m_scannerPlugin->addItem(tr("(no scanner)"), QString());
    for (const devices::ScannerPluginInfo& info : m_devices.scannerPlugins())
        m_scannerPlugin->addItem(info.displayName.isEmpty() ? info.key : info.displayName, info.key);
    form->addRow(tr("Scanner &type:"), m_scannerPlugin);
    m_scannerDevice = new QComboBox(page);
    m_scannerDevice->setObjectName(QStringLiteral("scannerDeviceCombo"));
    m_scannerDevice->setEditable(true);
    m_scannerDevice->setToolTip(tr("The scanner's device name; empty: the first scanner found"));
    form->addRow(tr("Scanner &device:"), m_scannerDevice);
    m_testScanner = new QPushButton(tr("T&est scanner"), page);
    m_testScanner->setObjectName(QStringLiteral("testScannerButton"));
    form->addRow(QString(), m_testScanner);
    m_scannerResult = new QLabel(page);
    m_scannerResult->setObjectName(QStringLiteral("testScannerResult"));
    m_scannerResult->setWordWrap(true);
    form->addRow(QString(), m_scannerResult);
    m_printer = new QComboBox(page);
    m_printer->setObjectName(QStringLiteral("printerCombo"));
    m_printer->addItem(tr("(the system's default printer)"), QString());
    for (const QString& name : std::as_const(m_options.printers))
        m_printer->addItem(name, name);
    form->addRow(tr("&Printer for notices:"), m_printer);
    connect(m_testScanner, &QPushButton::clicked, this, &StationSettingsPages::testScanner);
    connect(m_scannerPlugin, &QComboBox::currentIndexChanged, this, [this] {
        m_testScanner->setEnabled(!m_scannerPlugin->currentData().toString().isEmpty());
        m_scannerResult->clear();
    });
    m_testScanner->setEnabled(false);
    return page;
}

QWidget* StationSettingsPages::hallPage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("hallSettingsPage"));
    auto* form = new QFormLayout(page);
    m_hallName = new QLineEdit(page);
    m_hallName->setObjectName(QStringLiteral("hallNameEdit"));
    form->addRow(tr("Hall &name:"), m_hallName);
    m_hallLevel = new QComboBox(page);
    m_hallLevel->setObjectName(QStringLiteral("hallLevelCombo"));
    m_hallLevel->addItem(tr("(not set)"), QString());
    for (const QString& level : catalog::CatalogLabels::levels())
        m_hallLevel->addItem(catalog::CatalogLabels::level(level), level);
    form->addRow(tr("Hall &level:"), m_hallLevel);
    m_areaCode = new QLineEdit(page);
    m_areaCode->setObjectName(QStringLiteral("areaCodeEdit"));
    m_areaCode->setMaxLength(6);
    m_areaCode->setPlaceholderText(QStringLiteral("210202"));
    form->addRow(tr("&Area code (GB/T 2260):"), m_areaCode);
    m_areaName = new QLabel(page);
    m_areaName->setObjectName(QStringLiteral("areaNameLabel"));
    form->addRow(QString(), m_areaName);
    m_windowCode = new QLineEdit(page);
    m_windowCode->setObjectName(QStringLiteral("windowCodeEdit"));
    form->addRow(tr("&Window number:"), m_windowCode);
    form->addRow(QString(), note(tr("Enrolment with the platform sets the hall and window too; the catalog "
                                    "shows the items of this hall's level and area."),
                                 page));
    connect(m_areaCode, &QLineEdit::textChanged, this, &StationSettingsPages::updateAreaName);
    return page;
}

QWidget* StationSettingsPages::generalPage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("generalSettingsPage"));
    auto* form = new QFormLayout(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note(tr("A new language takes effect when Yichuang is started again. Dates and "
                                    "numbers follow it."),
                                 page));
    m_idleLock = new QSpinBox(page);
    m_idleLock->setObjectName(QStringLiteral("idleLockSpin"));
    m_idleLock->setRange(0, sync::StationSettings::MaxIdleLockMinutes);
    m_idleLock->setSpecialValueText(tr("Never"));
    m_idleLock->setSuffix(tr(" min"));
    form->addRow(tr("Lock the screen after &idle:"), m_idleLock);
    m_dataDir = new QLineEdit(page);
    m_dataDir->setObjectName(QStringLiteral("dataDirEdit"));
    m_dataDir->setPlaceholderText(tr("empty: the default folder"));
    form->addRow(tr("&Data folder:"), fileRow(m_dataDir, QString()));
    form->addRow(QString(),
                 note(tr("Now in use: %1. A new folder takes effect at the next start; the data is not moved: "
                         "copy the folder, with its key, before (see the IT guide).")
                          .arg(QDir::toNativeSeparators(m_options.currentDataDir)),
                      page));
    return page;
}

void StationSettingsPages::load(const Settings& settings)
{
    const sync::StationSettings s = sync::StationSettings::load(settings);
    m_url->setText(s.platformUrl);
    m_ca->setText(s.caBundle);
    m_pin->setText(s.pinSha256);
    m_clientCert->setText(s.clientCert);
    m_clientKey->setText(s.clientKey);
    selectData(m_scannerPlugin, s.scannerPlugin);
    m_scannerDevice->setCurrentText(s.scannerDevice);
    selectData(m_printer, s.printer);
    m_hallName->setText(s.hallName);
    selectData(m_hallLevel, s.hallLevel);
    m_areaCode->setText(s.hallAreaCode);
    m_windowCode->setText(s.windowCode);
    selectData(m_language, s.language);
    m_loadedLanguage = s.language;
    m_idleLock->setValue(s.idleLockMinutes);
    m_dataDir->setText(s.dataLocation);
    updateAreaName();
}

sync::StationSettings StationSettingsPages::values() const
{
    sync::StationSettings s;
    s.platformUrl = m_url->text().trimmed();
    s.caBundle = m_ca->text().trimmed();
    s.pinSha256 = m_pin->text().trimmed();
    s.clientCert = m_clientCert->text().trimmed();
    s.clientKey = m_clientKey->text().trimmed();
    s.scannerPlugin = m_scannerPlugin->currentData().toString();
    s.scannerDevice = m_scannerDevice->currentText().trimmed();
    s.printer = m_printer->currentData().toString();
    s.hallName = m_hallName->text().trimmed();
    s.hallLevel = m_hallLevel->currentData().toString();
    s.hallAreaCode = m_areaCode->text().trimmed();
    s.windowCode = m_windowCode->text().trimmed();
    s.language = m_language->currentData().toString();
    s.idleLockMinutes = m_idleLock->value();
    s.dataLocation = QDir::fromNativeSeparators(m_dataDir->text().trimmed());
    return s;
}

QWidget* StationSettingsPages::fieldFor(const QString& key) const
{
    if (key == QLatin1String("platform/url"))
        return m_url;
    if (key == QLatin1String("platform/ca_bundle"))
        return m_ca;
    if (key == QLatin1String("platform/pin_sha256"))
        return m_pin;
    if (key == QLatin1String("platform/client_cert"))
        return m_clientCert;
    if (key == QLatin1String("platform/client_key"))
        return m_clientKey;
    if (key == QLatin1String("hall/level"))
        return m_hallLevel;
    if (key == QLatin1String("hall/areaCode"))
        return m_areaCode;
    if (key == QLatin1String("hall/windowCode"))
        return m_windowCode;
    if (key == QLatin1String("ui/language"))
        return m_language;
    if (key == QLatin1String("session/idle_lock_minutes"))
        return m_idleLock;
    if (key == QLatin1String("data/location"))
        return m_dataDir;
    return nullptr;
}

QList<SettingsDialog::Problem> StationSettingsPages::check() const
{
    QList<SettingsDialog::Problem> problems;
    const auto found = values().validate();
    for (const sync::StationSettings::Problem& p : found)
        problems.append({fieldFor(p.field), p.message});
    return problems;
}

bool StationSettingsPages::save(Settings& settings) const
{
    return values().save(settings);
}

void StationSettingsPages::updateAreaName()
{
    const QString code = m_areaCode->text().trimmed();
    m_areaName->setText(code.size() == 6 ? identity::CodeTables::get().areaFullName(code) : QString());
}

void StationSettingsPages::testScanner()
{
    const QString plugin = m_scannerPlugin->currentData().toString();
    if (plugin.isEmpty())
        return;
    m_scanner = std::make_unique<devices::ScannerService>(m_devices);
    m_testScanner->setEnabled(false);
    m_scannerResult->setStyleSheet(QString());
    m_scannerResult->setText(tr("Looking for scanners…"));
    const auto done = [this] {
        m_testScanner->setEnabled(true);
        QMetaObject::invokeMethod(
            this, [this] { m_scanner.reset(); }, Qt::QueuedConnection);
    };
    connect(
        m_scanner.get(), &devices::ScannerService::devicesListed, this,
        [this, done](const QString&, const QList<plugins::scanner::ScannerDevice>& found) {
            const QString wanted = m_scannerDevice->currentText().trimmed();
            QStringList names;
            bool hasWanted = wanted.isEmpty() && !found.isEmpty();
            for (const plugins::scanner::ScannerDevice& d : found) {
                names << QStringLiteral("%1 %2").arg(d.vendor, d.model).trimmed();
                if (m_scannerDevice->findText(d.id) < 0)
                    m_scannerDevice->addItem(d.id);
                hasWanted = hasWanted || d.id == wanted;
            }
            if (found.isEmpty()) {
                m_scannerResult->setStyleSheet(QStringLiteral("color: #b00020;"));
                m_scannerResult->setText(tr("No scanner found: check the cable and that it is switched on."));
            } else if (!hasWanted) {
                m_scannerResult->setStyleSheet(QStringLiteral("color: #b00020;"));
                m_scannerResult->setText(
                    tr("The scanner %1 is not connected; found: %2.").arg(wanted, names.join(QStringLiteral(", "))));
            } else {
                m_scannerResult->setStyleSheet(QStringLiteral("color: #1b5e20;"));
                m_scannerResult->setText(tr("The scanner answers: %1.").arg(names.join(QStringLiteral(", "))));
            }
            done();
        });
    connect(m_scanner.get(), &devices::ScannerService::errorOccurred, this,
            [this, done](const QString&, const QString& message) {
                m_scannerResult->setStyleSheet(QStringLiteral("color: #b00020;"));
                m_scannerResult->setText(tr("The scanner does not work: %1").arg(message));
                done();
            });
    (void)m_scanner->listDevices(plugin); // false: errorOccurred has said why
}

} // namespace yc::ui
