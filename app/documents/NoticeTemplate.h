#pragma once

#include "core/Notice.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace yc::documents {

// The wording of the notices (resources/notices/notices_zh_CN.json, compiled in).
//
// Why not tr(): a notice is a legal document handed to a citizen in a Chinese government hall;
// its text is Chinese whatever language the clerk's screen is in, and its wording is reviewed
// as a whole, like a form, not string by string. So the wording lives in one resource file that a
// legal reviewer can read and change, and the program's own messages stay in tr().
class NoticeTemplate
{
    Q_DECLARE_TR_FUNCTIONS(yc::documents::NoticeTemplate)

public:
    // The bundled Chinese template. Error notice.template when the resource is unreadable.
    [[nodiscard]] static Result<NoticeTemplate> bundled();
    [[nodiscard]] static Result<NoticeTemplate> fromJson(const QByteArray& json);

    // A label (e.g. "caseNumber"); the key itself when missing, so a gap shows on paper and in tests.
    [[nodiscard]] QString label(const QString& key) const;
    // A text of a kind (e.g. "title", "closing"); empty when the kind has none.
    [[nodiscard]] QString text(NoticeKind kind, const QString& key) const;
    [[nodiscard]] QStringList paragraphs(NoticeKind kind) const;

    // Replaces each {name} by values[name]; unknown names stay as they are.
    [[nodiscard]] static QString fill(QString text, const QHash<QString, QString>& values);

private:
    QJsonObject m_labels;
    QJsonObject m_kinds;
};

} // namespace yc::documents
