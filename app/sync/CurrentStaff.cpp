#include "sync/CurrentStaff.h"

namespace yc::sync {

CurrentStaff::CurrentStaff(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<yc::sync::SignedInStaff>();
}

bool CurrentStaff::isSignedIn() const
{
    const QMutexLocker lock(&m_mutex);
    return !m_staff.staffId.isEmpty();
}

SignedInStaff CurrentStaff::staff() const
{
    const QMutexLocker lock(&m_mutex);
    return m_staff;
}

QString CurrentStaff::staffId() const
{
    return staff().staffId;
}

QString CurrentStaff::displayName() const
{
    return staff().displayName;
}

QString CurrentStaff::role() const
{
    return staff().role;
}

bool CurrentStaff::isOffline() const
{
    return staff().offline;
}

QDateTime CurrentStaff::signedInAt() const
{
    const QMutexLocker lock(&m_mutex);
    return m_signedInAt;
}

void CurrentStaff::set(const SignedInStaff& staff, const QDateTime& signedInAt)
{
    Q_ASSERT(!staff.staffId.isEmpty());
    QString previous;
    {
        const QMutexLocker lock(&m_mutex);
        previous = m_staff.staffId;
        m_staff = staff;
        m_signedInAt = signedInAt;
    }
    if (!previous.isEmpty() && previous != staff.staffId)
        emit signedOut(previous);
    emit signedIn(staff);
    emit changed();
}

void CurrentStaff::clear()
{
    QString previous;
    {
        const QMutexLocker lock(&m_mutex);
        previous = m_staff.staffId;
        m_staff = {};
        m_signedInAt = {};
    }
    if (previous.isEmpty())
        return;
    emit signedOut(previous);
    emit changed();
}

} // namespace yc::sync
