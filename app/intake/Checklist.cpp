#include "intake/Checklist.h"

#include <QSet>

namespace yc::intake {

namespace {

ChecklistEntry entryOf(const catalog::Material& m)
{
    ChecklistEntry e;
    e.materialId = m.id;
    e.name = m.name;
    e.required = m.required;
    e.deferrable = m.deferrable;
    e.licenseType = m.licenseType;
    e.forms = m.forms;
    e.copies = m.copies;
    return e;
}

} // namespace

QString Checklist::powerOfAttorneyName()
{
    // The document's name as printed on notices (Chinese whatever the screen's language).
    return QStringLiteral("授权委托书");
}

QList<ChecklistEntry> Checklist::compute(const catalog::ServiceItem& item, const SituationAnswers& answers,
                                         bool withAgent)
{
    QSet<QString> added;
    QSet<QString> removed;
    for (const catalog::Situation& s : item.situations) {
        const QString chosen = answers.value(s.id);
        for (const catalog::SituationOption& o : s.options) {
            if (o.id != chosen)
                continue;
            for (const QString& id : o.addMaterials)
                added.insert(id);
            for (const QString& id : o.removeMaterials)
                removed.insert(id);
        }
    }
    QList<ChecklistEntry> list;
    bool hasPowerOfAttorney = false;
    for (const catalog::Material& m : item.materials) {
        const bool isPowerOfAttorney = m.name.contains(powerOfAttorneyName());
        bool needed = (m.required || added.contains(m.id)) && !removed.contains(m.id);
        bool forAgent = false;
        if (withAgent && isPowerOfAttorney && !needed) {
            needed = true;
            forAgent = true;
        }
        if (!needed)
            continue;
        ChecklistEntry e = entryOf(m);
        e.forAgent = forAgent;
        list << e;
        hasPowerOfAttorney = hasPowerOfAttorney || isPowerOfAttorney;
    }
    if (withAgent && !hasPowerOfAttorney) {
        ChecklistEntry e;
        e.materialId = PowerOfAttorneyId;
        e.name = powerOfAttorneyName();
        e.required = false;
        e.forms = {QStringLiteral("original")};
        e.forAgent = true;
        list << e;
    }
    return list;
}

QStringList Checklist::unanswered(const catalog::ServiceItem& item, const SituationAnswers& answers)
{
    QStringList open;
    for (const catalog::Situation& s : item.situations) {
        if (!answers.contains(s.id))
            open << s.id;
    }
    return open;
}

Status Checklist::checkAnswers(const catalog::ServiceItem& item, const SituationAnswers& answers)
{
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const catalog::Situation* situation = nullptr;
        for (const catalog::Situation& s : item.situations) {
            if (s.id == it.key())
                situation = &s;
        }
        if (!situation)
            return makeError(QStringLiteral("intake.situation"),
                             tr("The item %1 has no situation \"%2\".").arg(item.code, it.key()));
        bool known = false;
        for (const catalog::SituationOption& o : situation->options)
            known = known || o.id == it.value();
        if (!known)
            return makeError(QStringLiteral("intake.situation"),
                             tr("The situation \"%1\" has no option \"%2\".").arg(situation->question, it.value()));
    }
    return {};
}

} // namespace yc::intake
