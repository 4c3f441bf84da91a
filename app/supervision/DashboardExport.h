#pragma once

#include "core/Result.h"
#include "supervision/DashboardService.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace yc::supervision {

// The dashboard's filtered case list as a file for the supervisor's reports. Only codes, dates,
// states and the applicant's masked name (王*娜) are written: never an ID number, a full name, an
// address or a phone.
class DashboardExport
{
    Q_DECLARE_TR_FUNCTIONS(yc::supervision::DashboardExport)

public:
    enum class Format
    {
        Csv,
        Pdf
    };

    // The columns, in this order (the screen's table uses the same).
    enum Column
    {
        CaseNumberColumn,
        LightColumn,
        DaysLeftColumn,
        DeadlineColumn,
        FlagsColumn,
        ReceivedColumn,
        WindowColumn,
        ClerkColumn,
        ItemColumn,     // the item's name when known, else its code
        ItemCodeColumn, // the catalog's implementation code
        ApplicantColumn,
        DecisionColumn,
        StatusColumn,
        SourceColumn,
    };
    [[nodiscard]] static QStringList header();
    // An item's name by its code (empty when unknown).
    using ItemNames = std::function<QString(const QString& itemCode)>;
    [[nodiscard]] static QStringList cells(const DashboardRow& row, const ItemNames& itemNames = {});

    // UTF-8 with a byte order mark (so that Excel on Windows reads the Chinese right), CRLF lines,
    // fields quoted as RFC 4180 asks, and cells that a spreadsheet would run as a formula prefixed with '.
    [[nodiscard]] static QByteArray csv(const DashboardSnapshot& snapshot, const ItemNames& itemNames = {});
    // An A4 landscape PDF: title, scope (this PC only or the hall), the filter's dates, the counts and
    // the table. Needs a QGuiApplication (fonts).
    [[nodiscard]] static Result<QByteArray> pdf(const DashboardSnapshot& snapshot, const QString& title,
                                                const QString& scopeLine, const ItemNames& itemNames = {});
    // Writes the file whole (through a temporary file) or not at all.
    [[nodiscard]] static Status write(const QString& path, const QByteArray& bytes);

    [[nodiscard]] static QString decisionLabel(const std::optional<Decision>& decision);
    [[nodiscard]] static QString statusLabel(const std::optional<DepartmentStatus>& status);
    [[nodiscard]] static Result<Format> formatFromString(const QString& text);
};

} // namespace yc::supervision
