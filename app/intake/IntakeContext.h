#pragma once

#include "core/Clock.h"
#include "core/Notice.h"
#include "core/Result.h"
#include "core/WorkCalendar.h"
#include "sync/SignInLimiter.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace yc::storage {
class Database;
class FieldCipher;
} // namespace yc::storage

namespace yc::intake {

// The hall and window as notices name them.
struct WindowInfo
{
    QString hallName; // empty: the hall this PC is enrolled in
    QString hallAddress;
    QString hallPhone;  // consultation phone
    QString window;     // e.g. "A01 综合受理一号窗"; empty: the draft's window code
    QString reviewBody; // refusal notices: where administrative review is brought (may be empty)
    QString court;      // refusal notices: where suit is brought (may be empty)
    bool training = false;
};

// Renders a notice to PDF bytes; the default is documents::NoticePdf::render (needs a QGuiApplication).
using NoticeRenderer = std::function<Result<QByteArray>(const NoticeData&)>;

// What every part of the intake workflow works with: one store connection (the caller's thread),
// the clock every "now" comes from, the working-day calendar and the window's particulars.
struct IntakeContext
{
    storage::Database& database;
    const storage::FieldCipher& cipher;
    QString dataDir;
    const Clock& clock;
    const WorkCalendar& calendar;
    WindowInfo window;
    NoticeRenderer renderNotice;     // empty: documents::NoticePdf::render
    sync::SignInLimits signInLimits; // failed supervisor passwords count like failed sign-ins
};

} // namespace yc::intake
