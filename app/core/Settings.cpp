#include "core/Settings.h"

#include <QDir>

namespace yc {

Settings::Settings(const QString& dataDir)
    : m_settings(std::make_unique<QSettings>(QDir(dataDir).filePath(defaultFileName()), QSettings::IniFormat))
{}

Settings::~Settings() = default;

QVariant Settings::value(const QString& key, const QVariant& fallback) const
{
    return m_settings->value(key, fallback);
}

void Settings::setValue(const QString& key, const QVariant& value)
{
    if (!m_observer) {
        m_settings->setValue(key, value);
        return;
    }
    const QVariant before = m_settings->value(key);
    m_settings->setValue(key, value);
    // Compared as the INI file keeps them: an int 3 and a text "3" are the same setting.
    const bool lists = before.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QStringList;
    const bool same = before.isValid() && (before == value || (!lists && before.toString() == value.toString()));
    if (!same)
        m_observer(key, before, value);
}

void Settings::remove(const QString& key)
{
    const QVariant before = m_observer ? m_settings->value(key) : QVariant();
    m_settings->remove(key);
    if (m_observer && before.isValid())
        m_observer(key, before, QVariant());
}

void Settings::setChangeObserver(ChangeObserver observer)
{
    m_observer = std::move(observer);
}

bool Settings::contains(const QString& key) const
{
    return m_settings->contains(key);
}

bool Settings::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

} // namespace yc
