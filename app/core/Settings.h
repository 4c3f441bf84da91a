#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace yc {

// This PC's configuration (devices, platform address, TLS options, window): an INI file,
// `yichuang.ini`, in the data directory, so hall IT staff find it beside the store and can edit
// it by hand. Keys are grouped "section/key" (e.g. "reader/plugin", "platform/url").
// Never put personal data or secrets (tokens, keys) here.
class Settings
{
public:
    explicit Settings(const QString& dataDir);
    ~Settings();

    [[nodiscard]] QVariant value(const QString& key, const QVariant& fallback = {}) const;
    void setValue(const QString& key, const QVariant& value);
    void remove(const QString& key);
    [[nodiscard]] bool contains(const QString& key) const;
    // Writes pending changes to disk; returns false when the file cannot be written.
    bool sync();
    [[nodiscard]] QString fileName() const;

    [[nodiscard]] static QString defaultFileName() { return QStringLiteral("yichuang.ini"); }

    // Called after setValue() or remove() changed a key (not when the value stays the same), with
    // the value before (invalid when unset) and after (invalid when removed). The window audits every
    // change through it (storage::auditSettingChanges); one observer at a time, empty to stop.
    using ChangeObserver = std::function<void(const QString& key, const QVariant& oldValue, const QVariant& newValue)>;
    void setChangeObserver(ChangeObserver observer);

private:
    std::unique_ptr<QSettings> m_settings;
    ChangeObserver m_observer;
};

} // namespace yc
