#pragma once

#include "core/catalog/ServiceItem.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace yc::catalog {

// The whole service guide (办事指南) of an item as readable text (yichuang-ctl catalog show) or as
// HTML (the catalog panel and the printed guide).
class GuideFormatter
{
    Q_DECLARE_TR_FUNCTIONS(yc::catalog::GuideFormatter)

public:
    // Sub-items of a main item: (code, name) pairs, listed in the guide.
    using SubItems = QList<QPair<QString, QString>>;

    [[nodiscard]] static QString toText(const ServiceItem& item, const SubItems& subItems = {});
    [[nodiscard]] static QString toHtml(const ServiceItem& item, const SubItems& subItems = {});

private:
    struct Section
    {
        QString title;
        QStringList lines;
    };
    [[nodiscard]] static QList<QPair<QString, QString>> facts(const ServiceItem& item);
    [[nodiscard]] static QList<Section> sections(const ServiceItem& item, const SubItems& subItems);
    [[nodiscard]] static QString materialLine(const Material& m);
};

} // namespace yc::catalog
