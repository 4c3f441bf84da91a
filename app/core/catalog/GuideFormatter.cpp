#include "core/catalog/GuideFormatter.h"

namespace yc::catalog {

namespace {

QString daysText(int days)
{
    return GuideFormatter::tr("%n working day(s)", nullptr, days);
}

} // namespace

QList<QPair<QString, QString>> GuideFormatter::facts(const ServiceItem& item)
{
    QList<QPair<QString, QString>> f;
    f << qMakePair(tr("Implementation code"), item.code);
    f << qMakePair(tr("Basic code"), item.basicCode);
    f << qMakePair(tr("Item type"), CatalogLabels::itemType(item.type));
    if (!item.variant.isEmpty())
        f << qMakePair(tr("Handling variant"), CatalogLabels::variant(item.variant));
    if (!item.parentCode.isEmpty())
        f << qMakePair(tr("Main item"), item.parentCode);
    f << qMakePair(tr("Department"), tr("%1 (credit code %2)").arg(item.department.name, item.department.creditCode));
    QStringList levels;
    for (const QString& level : item.levels)
        levels << CatalogLabels::level(level);
    f << qMakePair(tr("Hall levels"), levels.join(QStringLiteral("、")));
    f << qMakePair(tr("Areas"), item.areaCodes.join(tr(", ")));
    QString limit;
    if (item.timeLimit.onTheSpot)
        limit = tr("On the spot");
    else
        limit = tr("Legal limit %1; promised limit %2")
                    .arg(item.timeLimit.legalDays > 0 ? daysText(item.timeLimit.legalDays) : tr("not set"),
                         daysText(item.timeLimit.promisedDays));
    f << qMakePair(tr("Time limit"), limit);
    f << qMakePair(tr("Place"), item.place);
    f << qMakePair(tr("Hours"), item.hours);
    f << qMakePair(tr("Consultation phone"), item.consultPhone);
    f << qMakePair(tr("Complaint phone"), item.complaintPhone);
    f << qMakePair(tr("Online"), CatalogLabels::onlineDepth(item.onlineDepth));
    f << qMakePair(tr("Item version"),
                   tr("%1, effective %2 to %3")
                       .arg(item.itemVersion)
                       .arg(item.effectiveFrom.toString(Qt::ISODate),
                            item.effectiveTo.isValid() ? item.effectiveTo.toString(Qt::ISODate) : tr("open-ended")));
    return f;
}

QString GuideFormatter::materialLine(const Material& m)
{
    QStringList forms;
    for (const QString& form : m.forms)
        forms << CatalogLabels::form(form);
    QStringList parts;
    parts << (m.required ? tr("required") : tr("depending on the situation"));
    parts << forms.join(QLatin1Char('/'));
    parts << tr("%n copy(ies)", nullptr, m.copies);
    parts << CatalogLabels::source(m.source);
    if (!m.licenseType.isEmpty())
        parts << tr("electronic licence: %1").arg(m.licenseType);
    if (m.deferrable)
        parts << tr("may be supplied later");
    QString line = tr("%1 (%2)").arg(m.name, parts.join(tr("; ")));
    if (!m.blankForm.isEmpty())
        line += QLatin1Char(' ') + tr("Blank form: %1.").arg(m.blankForm);
    if (!m.sample.isEmpty())
        line += QLatin1Char(' ') + tr("Sample: %1.").arg(m.sample);
    if (!m.notes.isEmpty())
        line += QLatin1Char(' ') + m.notes;
    return line;
}

QList<GuideFormatter::Section> GuideFormatter::sections(const ServiceItem& item, const SubItems& subItems)
{
    QList<Section> s;
    if (!subItems.isEmpty()) {
        Section sub{tr("Handling variants"), {}};
        for (const auto& [code, name] : subItems)
            sub.lines << tr("%1 (%2)").arg(name, code);
        s << sub;
    }
    s << Section{tr("Legal basis"), item.legalBasis};
    s << Section{tr("Acceptance conditions"), item.conditions};
    Section materials{tr("Materials"), {}};
    for (const Material& m : item.materials)
        materials.lines << materialLine(m);
    s << materials;
    Section situations{tr("Situations"), {}};
    for (const Situation& situation : item.situations) {
        QStringList options;
        for (const SituationOption& o : situation.options) {
            QStringList effects;
            for (const QString& id : o.addMaterials) {
                const Material* m = item.material(id);
                effects << tr("add %1").arg(m ? m->name : id);
            }
            for (const QString& id : o.removeMaterials) {
                const Material* m = item.material(id);
                effects << tr("no %1").arg(m ? m->name : id);
            }
            options << (effects.isEmpty() ? o.label : tr("%1 (%2)").arg(o.label, effects.join(tr("; "))));
        }
        situations.lines << tr("%1 %2").arg(situation.question, options.join(QStringLiteral(" / ")));
    }
    s << situations;
    Section fees{tr("Fees"), {}};
    for (const Fee& fee : item.fees)
        fees.lines << (fee.basis.isEmpty() ? tr("%1: %2").arg(fee.name, fee.amount)
                                           : tr("%1: %2 (basis: %3)").arg(fee.name, fee.amount, fee.basis));
    if (fees.lines.isEmpty())
        fees.lines << tr("No fee");
    s << fees;
    Section steps{tr("Process"), {}};
    for (const Step& step : item.steps)
        steps.lines << (step.days > 0 ? tr("%1 (%2)").arg(step.name, daysText(step.days)) : step.name);
    s << steps;
    Section special{tr("Special procedures (not counted in the time limit)"), {}};
    for (const SpecialStep& step : item.specialSteps)
        special.lines << tr("%1 (at most %2; basis: %3)").arg(step.name, daysText(step.maxDays), step.basis);
    s << special;
    return s;
}

QString GuideFormatter::toText(const ServiceItem& item, const SubItems& subItems)
{
    QString out;
    out += item.name + QLatin1Char('\n');
    const auto f = facts(item);
    for (const auto& [label, value] : f)
        out += tr("%1: %2").arg(label, value) + QLatin1Char('\n');
    const auto s = sections(item, subItems);
    for (const Section& section : s) {
        if (section.lines.isEmpty())
            continue;
        out += QLatin1Char('\n') + section.title + QLatin1Char('\n');
        for (qsizetype i = 0; i < section.lines.size(); ++i)
            out += QStringLiteral("  %1. %2\n").arg(i + 1).arg(section.lines.at(i));
    }
    return out;
}

QString GuideFormatter::toHtml(const ServiceItem& item, const SubItems& subItems)
{
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(item.name.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" width=\"100%\">");
    const auto f = facts(item);
    for (const auto& [label, value] : f)
        html += QStringLiteral("<tr><td width=\"22%\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    html += QStringLiteral("</table>");
    const auto s = sections(item, subItems);
    for (const Section& section : s) {
        if (section.lines.isEmpty())
            continue;
        html += QStringLiteral("<h3>%1</h3><ol>").arg(section.title.toHtmlEscaped());
        for (const QString& line : section.lines)
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("</ol>");
    }
    return html;
}

} // namespace yc::catalog
