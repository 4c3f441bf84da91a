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
    m_settings->setValue(key, value);
}

void Settings::remove(const QString& key)
{
    m_settings->remove(key);
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
