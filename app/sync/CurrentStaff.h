#pragma once

#include "sync/StaffCredentials.h"

#include <QDateTime>
#include <QMutex>
#include <QObject>

namespace yc::sync {

// The staff member signed in at this window: who (staff id, display name, role), whether they
// signed in online or offline, and since when. Made by main.cpp, set by SignInService, read by the
// status bar and the screens that act under the clerk's name. Readable from any thread; the
// signals are emitted on the thread that owns it (the GUI thread).
class CurrentStaff : public QObject
{
    Q_OBJECT

public:
    explicit CurrentStaff(QObject* parent = nullptr);

    [[nodiscard]] bool isSignedIn() const;
    [[nodiscard]] SignedInStaff staff() const; // empty when nobody is signed in
    [[nodiscard]] QString staffId() const;
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] QString role() const;
    [[nodiscard]] bool isOffline() const;
    [[nodiscard]] QDateTime signedInAt() const;

    // A new sign-in replaces the previous staff member.
    void set(const SignedInStaff& staff, const QDateTime& signedInAt);
    // Nobody is signed in any more; nothing happens when nobody was.
    void clear();

signals:
    void changed();
    void signedIn(const yc::sync::SignedInStaff& staff);
    void signedOut(const QString& staffId);

private:
    mutable QMutex m_mutex;
    SignedInStaff m_staff;
    QDateTime m_signedInAt;
};

} // namespace yc::sync

Q_DECLARE_METATYPE(yc::sync::SignedInStaff)
