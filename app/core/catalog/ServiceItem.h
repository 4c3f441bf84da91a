#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace yc::catalog {

// One service item of the catalog (服务事项) with every field of its service guide (办事指南).
// The field names and meanings are those of resources/catalog/README.md. Items are read-only on
// the client: they come only from the catalog document (file import or the platform feed).

struct Department
{
    QString name;       // 实施主体
    QString creditCode; // 统一社会信用代码
};

struct SituationOption
{
    QString id;
    QString label;
    QStringList addMaterials;    // material ids this answer makes necessary
    QStringList removeMaterials; // material ids this answer makes unnecessary
};

struct Situation
{
    QString id;
    QString question;
    QList<SituationOption> options;
};

struct Material
{
    QString id;
    QString name;
    bool required = true;
    QStringList forms; // original, copy, electronic
    int copies = 1;
    QString source;      // applicant, government, intermediary, other
    QString licenseType; // electronic licence type, empty when none
    bool deferrable = false;
    QString blankForm;
    QString sample;
    QString notes;
};

struct TimeLimit
{
    int legalDays = 0;
    int promisedDays = 0;
    bool onTheSpot = false;
};

struct Fee
{
    QString name;
    QString amount;
    QString basis;
};

struct Step
{
    QString name;
    int days = 0;
};

struct SpecialStep
{
    QString name;
    int maxDays = 0;
    QString basis;
};

struct ServiceItem
{
    QString code;      // 实施编码
    QString basicCode; // 基本编码
    QString name;
    QString parentCode; // empty for main and standalone items
    QString variant;    // empty, new, change, renewal, cancellation
    QString type;       // licensing, penalty, ... publicService
    Department department;
    QStringList levels;    // city, district, street, community
    QStringList areaCodes; // 6-digit GB/T 2260 codes
    QStringList legalBasis;
    QStringList conditions;
    QList<Situation> situations;
    QList<Material> materials;
    TimeLimit timeLimit;
    QList<Fee> fees;
    QList<Step> steps;
    QList<SpecialStep> specialSteps;
    QString place;
    QString hours;
    QString consultPhone;
    QString complaintPhone;
    int onlineDepth = 0;
    int itemVersion = 1;
    QDate effectiveFrom;
    QDate effectiveTo; // null = open-ended

    // True when a hall of this level ("city", ...) and area (GB/T 2260, first six digits used)
    // accepts the item. An empty level means "no hall configured": every item is offered.
    [[nodiscard]] bool handledAt(const QString& hallLevel, const QString& hallAreaCode) const;
    [[nodiscard]] const Material* material(const QString& id) const;

    // Reads one item object of the catalog document and checks it. `where` names the item in
    // messages (e.g. "item 3"); every message names the item and the field that is wrong.
    [[nodiscard]] static Result<ServiceItem> fromJson(const QJsonObject& object, const QString& where,
                                                      QStringList* problems = nullptr);
};

// Translated names of the coded values, as printed in the guide.
class CatalogLabels
{
    Q_DECLARE_TR_FUNCTIONS(yc::catalog::CatalogLabels)

public:
    [[nodiscard]] static QString itemType(const QString& type);
    [[nodiscard]] static QString variant(const QString& variant);
    [[nodiscard]] static QString level(const QString& level);
    [[nodiscard]] static QString form(const QString& form);
    [[nodiscard]] static QString source(const QString& source);
    [[nodiscard]] static QString onlineDepth(int depth);

    [[nodiscard]] static const QStringList& itemTypes();
    [[nodiscard]] static const QStringList& variants();
    [[nodiscard]] static const QStringList& levels();
    [[nodiscard]] static const QStringList& forms();
    [[nodiscard]] static const QStringList& sources();
};

} // namespace yc::catalog
