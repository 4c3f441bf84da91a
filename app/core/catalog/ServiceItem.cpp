#include "core/catalog/ServiceItem.h"

#include "core/catalog/JsonReader.h"

namespace yc::catalog {

bool ServiceItem::handledAt(const QString& hallLevel, const QString& hallAreaCode) const
{
    if (hallLevel.isEmpty())
        return true;
    if (!levels.contains(hallLevel))
        return false;
    if (hallAreaCode.isEmpty())
        return true;
    return areaCodes.contains(hallAreaCode.left(6));
}

const Material* ServiceItem::material(const QString& id) const
{
    for (const Material& m : materials) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

Result<ServiceItem> ServiceItem::fromJson(const QJsonObject& o, const QString& where, QStringList* problems)
{
    JsonReader r(where);
    ServiceItem item;
    item.code = r.text(o, QStringLiteral("code"));
    item.basicCode = r.text(o, QStringLiteral("basicCode"));
    item.name = r.text(o, QStringLiteral("name"));
    item.parentCode = r.text(o, QStringLiteral("parentCode"), JsonReader::Nullable);
    item.variant = r.text(o, QStringLiteral("variant"), JsonReader::Nullable);
    if (!item.variant.isEmpty())
        r.oneOf(QStringLiteral("variant"), item.variant, CatalogLabels::variants());
    if (!item.variant.isEmpty() && item.parentCode.isEmpty())
        r.problem(QStringLiteral("variant"), JsonReader::tr("a handling variant needs a parentCode"));
    item.type = r.text(o, QStringLiteral("type"));
    r.oneOf(QStringLiteral("type"), item.type, CatalogLabels::itemTypes());

    const QJsonObject dept = r.object(o, QStringLiteral("department"));
    item.department.name =
        r.text(dept, QStringLiteral("department.name"), JsonReader::Required, QStringLiteral("name"));
    item.department.creditCode =
        r.text(dept, QStringLiteral("department.creditCode"), JsonReader::Required, QStringLiteral("creditCode"));

    item.levels = r.texts(o, QStringLiteral("levels"), JsonReader::NonEmpty);
    for (const QString& level : std::as_const(item.levels))
        r.oneOf(QStringLiteral("levels"), level, CatalogLabels::levels());
    item.areaCodes = r.texts(o, QStringLiteral("areaCodes"), JsonReader::NonEmpty);
    for (const QString& area : std::as_const(item.areaCodes))
        r.areaCode(QStringLiteral("areaCodes"), area);
    item.legalBasis = r.texts(o, QStringLiteral("legalBasis"));
    item.conditions = r.texts(o, QStringLiteral("conditions"));

    QStringList materialIds;
    const QJsonArray materials = r.array(o, QStringLiteral("materials"));
    for (qsizetype i = 0; i < materials.size(); ++i) {
        const QString path = QStringLiteral("materials[%1]").arg(i);
        const QJsonObject m = r.element(materials, i, path);
        Material material;
        material.id = r.text(m, path + QStringLiteral(".id"), JsonReader::Required, QStringLiteral("id"));
        if (!material.id.isEmpty() && materialIds.contains(material.id))
            r.problem(path + QStringLiteral(".id"), JsonReader::tr("duplicate id \"%1\"").arg(material.id));
        materialIds << material.id;
        material.name = r.text(m, path + QStringLiteral(".name"), JsonReader::Required, QStringLiteral("name"));
        material.required = r.boolean(m, path + QStringLiteral(".required"), QStringLiteral("required"));
        material.forms = r.texts(m, path + QStringLiteral(".forms"), JsonReader::NonEmpty, QStringLiteral("forms"));
        for (const QString& form : std::as_const(material.forms))
            r.oneOf(path + QStringLiteral(".forms"), form, CatalogLabels::forms());
        material.copies = r.integer(m, path + QStringLiteral(".copies"), 1, 1000, QStringLiteral("copies"));
        material.source = r.text(m, path + QStringLiteral(".source"), JsonReader::Required, QStringLiteral("source"));
        r.oneOf(path + QStringLiteral(".source"), material.source, CatalogLabels::sources());
        material.licenseType =
            r.text(m, path + QStringLiteral(".licenseType"), JsonReader::Nullable, QStringLiteral("licenseType"));
        material.deferrable = r.boolean(m, path + QStringLiteral(".deferrable"), QStringLiteral("deferrable"));
        material.blankForm =
            r.text(m, path + QStringLiteral(".blankForm"), JsonReader::Nullable, QStringLiteral("blankForm"));
        material.sample = r.text(m, path + QStringLiteral(".sample"), JsonReader::Nullable, QStringLiteral("sample"));
        material.notes = r.text(m, path + QStringLiteral(".notes"), JsonReader::MayBeEmpty, QStringLiteral("notes"));
        item.materials << material;
    }

    QStringList situationIds;
    const QJsonArray situations = r.array(o, QStringLiteral("situations"));
    for (qsizetype i = 0; i < situations.size(); ++i) {
        const QString path = QStringLiteral("situations[%1]").arg(i);
        const QJsonObject s = r.element(situations, i, path);
        Situation situation;
        situation.id = r.text(s, path + QStringLiteral(".id"), JsonReader::Required, QStringLiteral("id"));
        if (!situation.id.isEmpty() && situationIds.contains(situation.id))
            r.problem(path + QStringLiteral(".id"), JsonReader::tr("duplicate id \"%1\"").arg(situation.id));
        situationIds << situation.id;
        situation.question =
            r.text(s, path + QStringLiteral(".question"), JsonReader::Required, QStringLiteral("question"));
        const QJsonArray options = r.array(s, path + QStringLiteral(".options"), QStringLiteral("options"));
        if (options.size() < 2)
            r.problem(path + QStringLiteral(".options"), JsonReader::tr("a situation needs at least two options"));
        for (qsizetype j = 0; j < options.size(); ++j) {
            const QString opath = path + QStringLiteral(".options[%1]").arg(j);
            const QJsonObject op = r.element(options, j, opath);
            SituationOption option;
            option.id = r.text(op, opath + QStringLiteral(".id"), JsonReader::Required, QStringLiteral("id"));
            if (!option.id.isEmpty() && situationIds.contains(option.id))
                r.problem(opath + QStringLiteral(".id"), JsonReader::tr("duplicate id \"%1\"").arg(option.id));
            situationIds << option.id;
            option.label = r.text(op, opath + QStringLiteral(".label"), JsonReader::Required, QStringLiteral("label"));
            option.addMaterials = r.texts(op, opath + QStringLiteral(".addMaterials"), JsonReader::Required,
                                          QStringLiteral("addMaterials"));
            option.removeMaterials = r.texts(op, opath + QStringLiteral(".removeMaterials"), JsonReader::Required,
                                             QStringLiteral("removeMaterials"));
            for (const QString& id : option.addMaterials + option.removeMaterials) {
                if (!materialIds.contains(id))
                    r.problem(opath, JsonReader::tr("refers to material \"%1\", which the item does not list").arg(id));
            }
            for (const QString& id : std::as_const(option.addMaterials)) {
                if (option.removeMaterials.contains(id))
                    r.problem(opath, JsonReader::tr("adds and removes the same material \"%1\"").arg(id));
            }
            situation.options << option;
        }
        item.situations << situation;
    }

    const QJsonObject limit = r.object(o, QStringLiteral("timeLimit"));
    item.timeLimit.legalDays =
        r.integer(limit, QStringLiteral("timeLimit.legalDays"), 0, 3650, QStringLiteral("legalDays"));
    item.timeLimit.promisedDays =
        r.integer(limit, QStringLiteral("timeLimit.promisedDays"), 0, 3650, QStringLiteral("promisedDays"));
    item.timeLimit.onTheSpot = r.boolean(limit, QStringLiteral("timeLimit.onTheSpot"), QStringLiteral("onTheSpot"));
    if (item.timeLimit.onTheSpot && (item.timeLimit.legalDays != 0 || item.timeLimit.promisedDays != 0))
        r.problem(QStringLiteral("timeLimit"), JsonReader::tr("an on-the-spot item has 0 legal and 0 promised days"));
    if (!item.timeLimit.onTheSpot &&
        (item.timeLimit.promisedDays <= 0 ||
         (item.timeLimit.legalDays > 0 && item.timeLimit.promisedDays > item.timeLimit.legalDays)))
        r.problem(QStringLiteral("timeLimit.promisedDays"),
                  JsonReader::tr("must be above 0 and not above legalDays (unless the item is on the spot)"));

    const QJsonArray fees = r.array(o, QStringLiteral("fees"));
    for (qsizetype i = 0; i < fees.size(); ++i) {
        const QString path = QStringLiteral("fees[%1]").arg(i);
        const QJsonObject f = r.element(fees, i, path);
        item.fees << Fee{r.text(f, path + QStringLiteral(".name"), JsonReader::Required, QStringLiteral("name")),
                         r.text(f, path + QStringLiteral(".amount"), JsonReader::Required, QStringLiteral("amount")),
                         r.text(f, path + QStringLiteral(".basis"), JsonReader::MayBeEmpty, QStringLiteral("basis"))};
    }
    const QJsonArray steps = r.array(o, QStringLiteral("steps"));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString path = QStringLiteral("steps[%1]").arg(i);
        const QJsonObject s = r.element(steps, i, path);
        item.steps << Step{r.text(s, path + QStringLiteral(".name"), JsonReader::Required, QStringLiteral("name")),
                           r.integer(s, path + QStringLiteral(".days"), 0, 3650, QStringLiteral("days"))};
    }
    const QJsonArray special = r.array(o, QStringLiteral("specialSteps"));
    for (qsizetype i = 0; i < special.size(); ++i) {
        const QString path = QStringLiteral("specialSteps[%1]").arg(i);
        const QJsonObject s = r.element(special, i, path);
        item.specialSteps << SpecialStep{
            r.text(s, path + QStringLiteral(".name"), JsonReader::Required, QStringLiteral("name")),
            r.integer(s, path + QStringLiteral(".maxDays"), 0, 3650, QStringLiteral("maxDays")),
            r.text(s, path + QStringLiteral(".basis"), JsonReader::MayBeEmpty, QStringLiteral("basis"))};
    }

    item.place = r.text(o, QStringLiteral("place"));
    item.hours = r.text(o, QStringLiteral("hours"));
    item.consultPhone = r.text(o, QStringLiteral("consultPhone"));
    item.complaintPhone = r.text(o, QStringLiteral("complaintPhone"));
    item.onlineDepth = r.integer(o, QStringLiteral("onlineDepth"), 0, 4);
    item.itemVersion = r.integer(o, QStringLiteral("itemVersion"), 1, 1000000000);
    item.effectiveFrom = r.date(o, QStringLiteral("effectiveFrom"), JsonReader::Required);
    item.effectiveTo = r.date(o, QStringLiteral("effectiveTo"), JsonReader::Nullable);
    if (item.effectiveFrom.isValid() && item.effectiveTo.isValid() && item.effectiveTo < item.effectiveFrom)
        r.problem(QStringLiteral("effectiveTo"), JsonReader::tr("must not be before effectiveFrom"));

    if (problems)
        *problems << r.problems();
    if (!r.problems().isEmpty())
        return makeError(QStringLiteral("catalog.invalid"), r.problems().join(QLatin1Char('\n')));
    return item;
}

// ---- labels ----

const QStringList& CatalogLabels::itemTypes()
{
    static const QStringList all = {
        QStringLiteral("licensing"),    QStringLiteral("penalty"),      QStringLiteral("enforcement"),
        QStringLiteral("levy"),         QStringLiteral("benefit"),      QStringLiteral("inspection"),
        QStringLiteral("confirmation"), QStringLiteral("reward"),       QStringLiteral("adjudication"),
        QStringLiteral("otherPower"),   QStringLiteral("publicService")};
    return all;
}

const QStringList& CatalogLabels::variants()
{
    static const QStringList all = {QStringLiteral("new"), QStringLiteral("change"), QStringLiteral("renewal"),
                                    QStringLiteral("cancellation")};
    return all;
}

const QStringList& CatalogLabels::levels()
{
    static const QStringList all = {QStringLiteral("city"), QStringLiteral("district"), QStringLiteral("street"),
                                    QStringLiteral("community")};
    return all;
}

const QStringList& CatalogLabels::forms()
{
    static const QStringList all = {QStringLiteral("original"), QStringLiteral("copy"), QStringLiteral("electronic")};
    return all;
}

const QStringList& CatalogLabels::sources()
{
    static const QStringList all = {QStringLiteral("applicant"), QStringLiteral("government"),
                                    QStringLiteral("intermediary"), QStringLiteral("other")};
    return all;
}

QString CatalogLabels::itemType(const QString& type)
{
    if (type == QLatin1String("licensing"))
        return tr("Administrative licensing");
    if (type == QLatin1String("penalty"))
        return tr("Administrative penalty");
    if (type == QLatin1String("enforcement"))
        return tr("Administrative enforcement");
    if (type == QLatin1String("levy"))
        return tr("Administrative levy");
    if (type == QLatin1String("benefit"))
        return tr("Administrative benefit");
    if (type == QLatin1String("inspection"))
        return tr("Administrative inspection");
    if (type == QLatin1String("confirmation"))
        return tr("Administrative confirmation");
    if (type == QLatin1String("reward"))
        return tr("Administrative reward");
    if (type == QLatin1String("adjudication"))
        return tr("Administrative adjudication");
    if (type == QLatin1String("otherPower"))
        return tr("Other administrative power");
    if (type == QLatin1String("publicService"))
        return tr("Public service");
    return type;
}

QString CatalogLabels::variant(const QString& variant)
{
    if (variant == QLatin1String("new"))
        return tr("New application");
    if (variant == QLatin1String("change"))
        return tr("Change");
    if (variant == QLatin1String("renewal"))
        return tr("Renewal");
    if (variant == QLatin1String("cancellation"))
        return tr("Cancellation");
    return variant;
}

QString CatalogLabels::level(const QString& level)
{
    if (level == QLatin1String("city"))
        return tr("City");
    if (level == QLatin1String("district"))
        return tr("District / county");
    if (level == QLatin1String("street"))
        return tr("Street / township");
    if (level == QLatin1String("community"))
        return tr("Community / village");
    return level;
}

QString CatalogLabels::form(const QString& form)
{
    if (form == QLatin1String("original"))
        return tr("original");
    if (form == QLatin1String("copy"))
        return tr("copy");
    if (form == QLatin1String("electronic"))
        return tr("electronic");
    return form;
}

QString CatalogLabels::source(const QString& source)
{
    if (source == QLatin1String("applicant"))
        return tr("provided by the applicant");
    if (source == QLatin1String("government"))
        return tr("issued by a government body");
    if (source == QLatin1String("intermediary"))
        return tr("issued by an intermediary");
    if (source == QLatin1String("other"))
        return tr("other source");
    return source;
}

QString CatalogLabels::onlineDepth(int depth)
{
    switch (depth) {
    case 0:
        return tr("Not online");
    case 1:
        return tr("Guide online only");
    case 2:
        return tr("Online pre-review");
    case 3:
        return tr("Online acceptance (one visit)");
    case 4:
        return tr("Fully online (no visit)");
    default:
        return QString::number(depth);
    }
}

} // namespace yc::catalog
