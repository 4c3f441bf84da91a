#include "ui/settings/ReaderSettingsPage.h"

#include "core/Settings.h"
#include "devices/DeviceManager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace yc::ui {

using Status = devices::CardReaderService::Status;

ReaderSettingsPage::ReaderSettingsPage(devices::DeviceManager& devices, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_devices(devices)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("readerSettingsPage"));
    auto* form = new QFormLayout(this);
    m_plugin = new QComboBox(this);
    m_plugin->setObjectName(QStringLiteral("readerPluginCombo"));
    m_plugin->addItem(tr("(no reader)"), QString());
    for (const devices::ReaderPluginInfo& info : m_devices.readerPlugins())
        m_plugin->addItem(info.displayName.isEmpty() ? info.key : info.displayName, info.key);
    form->addRow(tr("Reader &type:"), m_plugin);
    m_availability = new QLabel(this);
    m_availability->setObjectName(QStringLiteral("readerAvailability"));
    m_availability->setWordWrap(true);
    m_availability->setStyleSheet(QStringLiteral("color: #b00020;"));
    form->addRow(QString(), m_availability);
    m_port = new QComboBox(this);
    m_port->setObjectName(QStringLiteral("readerPortCombo"));
    m_port->setEditable(true);
    m_port->setToolTip(tr("Serial port (auto probes every port), vendor library port number (1001 = first USB "
                          "reader), or for the simulated reader a card file (empty: a built-in training card)"));
    form->addRow(tr("&Port:"), m_port);
    m_baud = new QComboBox(this);
    m_baud->setObjectName(QStringLiteral("readerBaudCombo"));
    for (int baud : {115200, 57600, 38400, 19200, 9600})
        m_baud->addItem(QString::number(baud), baud);
    form->addRow(tr("&Speed (baud):"), m_baud);
    m_continuous = new QCheckBox(tr("Read each card as soon as it is placed on the reader"), this);
    m_continuous->setObjectName(QStringLiteral("readerContinuousCheck"));
    form->addRow(QString(), m_continuous);
    m_test = new QPushButton(tr("&Test reader"), this);
    m_test->setObjectName(QStringLiteral("testReaderButton"));
    form->addRow(QString(), m_test);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testReaderResult"));
    m_result->setWordWrap(true);
    form->addRow(QString(), m_result);

    connect(m_plugin, &QComboBox::currentIndexChanged, this, &ReaderSettingsPage::pluginChanged);
    connect(m_test, &QPushButton::clicked, this, &ReaderSettingsPage::testReader);
    pluginChanged();
}

ReaderSettingsPage::~ReaderSettingsPage() = default;

void ReaderSettingsPage::pluginChanged()
{
    const QString key = pluginKey();
    const QString port = m_port->currentText();
    m_port->clear();
    m_availability->clear();
    m_availability->setVisible(false);
    m_result->clear();
    m_test->setEnabled(!key.isEmpty());
    m_port->setEnabled(!key.isEmpty());
    m_baud->setEnabled(key == QLatin1String("samserial"));
    if (key.isEmpty())
        return;
    auto factory = m_devices.readerFactory(key);
    if (!factory) {
        m_availability->setText(factory.error().message);
        m_availability->setVisible(true);
        return;
    }
    m_availability->setText(factory.value()->unavailableReason());
    m_availability->setVisible(!m_availability->text().isEmpty());
    m_port->addItems(factory.value()->ports());
    if (!port.isEmpty())
        m_port->setCurrentText(port);
}

QString ReaderSettingsPage::pluginKey() const
{
    return m_plugin->currentData().toString();
}

plugins::idcard::ReaderConfig ReaderSettingsPage::config() const
{
    plugins::idcard::ReaderConfig c;
    c.port = m_port->currentText().trimmed();
    c.baudRate = m_baud->currentData().toInt();
    return c;
}

bool ReaderSettingsPage::continuous() const
{
    return m_continuous->isChecked();
}

void ReaderSettingsPage::load(const Settings& settings)
{
    const int index = m_plugin->findData(settings.value(QStringLiteral("reader/plugin")).toString());
    m_plugin->setCurrentIndex(index < 0 ? 0 : index);
    pluginChanged();
    m_port->setCurrentText(settings.value(QStringLiteral("reader/port")).toString());
    const int baud = m_baud->findData(settings.value(QStringLiteral("reader/baud"), 115200).toInt());
    m_baud->setCurrentIndex(baud < 0 ? 0 : baud);
    m_continuous->setChecked(settings.value(QStringLiteral("reader/continuous"), false).toBool());
}

void ReaderSettingsPage::save(Settings& settings) const
{
    settings.setValue(QStringLiteral("reader/plugin"), pluginKey());
    settings.setValue(QStringLiteral("reader/port"), config().port);
    settings.setValue(QStringLiteral("reader/baud"), config().baudRate);
    settings.setValue(QStringLiteral("reader/continuous"), continuous());
}

void ReaderSettingsPage::testReader()
{
    emit testStarting();
    m_tester = std::make_unique<devices::CardReaderService>(m_devices, m_clock);
    connect(m_tester.get(), &devices::CardReaderService::statusChanged, this, &ReaderSettingsPage::testStatus);
    m_test->setEnabled(false);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Testing…"));
    m_tester->open(pluginKey(), config());
}

void ReaderSettingsPage::testStatus(Status status, const QString& text)
{
    if (status == Status::Ready) {
        m_result->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        m_result->setText(tr("The reader answers; it is ready to read cards."));
    } else if (status == Status::Error) {
        m_result->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_result->setText(tr("The reader does not work: %1").arg(text));
    } else {
        return;
    }
    m_test->setEnabled(true);
    // Let go of the device (the reader thread closes it) once the answer is shown.
    // (Only this test's service: a new test may have started before the queued call runs.)
    QMetaObject::invokeMethod(
        this,
        [this, tester = m_tester.get()] {
            if (m_tester.get() == tester)
                m_tester.reset();
        },
        Qt::QueuedConnection);
}

} // namespace yc::ui
