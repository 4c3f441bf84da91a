#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcCore, "yc.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "yc.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCrypto, "yc.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIdCard, "yc.devices.idcard", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScanner, "yc.devices.scanner", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDevices, "yc.devices", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalog, "yc.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "yc.sync", QtInfoMsg)

#include "core/Masking.h"

#include <QRegularExpression>

namespace yc::logging {

namespace {

QtMessageHandler s_next = nullptr;

void maskingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (s_next)
        s_next(type, context, maskPersonalData(message));
}

} // namespace

QString maskPersonalData(const QString& text)
{
    // Cheap test first: most messages hold no run of 11 digits at all.
    int run = 0;
    bool longRun = false;
    for (const QChar c : text) {
        run = c.isDigit() ? run + 1 : 0;
        if (run >= 11) {
            longRun = true;
            break;
        }
    }
    if (!longRun)
        return text;
    static const QRegularExpression idNumber(QStringLiteral("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])"));
    static const QRegularExpression mobile(QStringLiteral("(?<![0-9])((?:\\+?86[- ]?)?)(1[3-9][0-9]{9})(?![0-9])"));
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    for (auto it = idNumber.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += mask::idNumber(m.captured());
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    QString result;
    result.reserve(out.size());
    from = 0;
    for (auto it = mobile.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        result += QStringView(out).mid(from, m.capturedStart(2) - from);
        result += mask::phone(m.captured(2));
        from = m.capturedEnd();
    }
    result += QStringView(out).mid(from);
    return result;
}

void installMaskingHandler()
{
    QtMessageHandler previous = qInstallMessageHandler(&maskingHandler);
    if (previous == &maskingHandler) // installed before: keep the handler it wraps
        return;
    s_next = previous; // Qt 6 returns its default handler when none was installed
}

} // namespace yc::logging
