#include "supervision/DashboardExport.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace yc::supervision {

namespace {

QString csvField(QString text)
{
    // A leading = + - @ would make a spreadsheet run the cell as a formula.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()) &&
        !(text.front() == QLatin1Char('-') && text.size() > 1 && text.at(1).isDigit()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('\n')) ||
        text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QString DashboardExport::decisionLabel(const std::optional<Decision>& decision)
{
    if (!decision)
        return {};
    switch (*decision) {
    case Decision::Accepted:
        return tr("Accepted");
    case Decision::AcceptedWithMissing:
        return tr("Accepted with missing materials");
    case Decision::CorrectionNotified:
        return tr("Correction notified");
    case Decision::Refused:
        return tr("Refused");
    }
    return {};
}

QString DashboardExport::statusLabel(const std::optional<DepartmentStatus>& status)
{
    if (!status)
        return {};
    switch (*status) {
    case DepartmentStatus::Submitted:
        return tr("Submitted");
    case DepartmentStatus::UnderReview:
        return tr("Under review");
    case DepartmentStatus::CorrectionRequested:
        return tr("Correction requested");
    case DepartmentStatus::Supplemented:
        return tr("Supplemented");
    case DepartmentStatus::Completed:
        return tr("Completed");
    case DepartmentStatus::Delivered:
        return tr("Delivered");
    case DepartmentStatus::Refused:
        return tr("Refused");
    }
    return {};
}

Result<DashboardExport::Format> DashboardExport::formatFromString(const QString& text)
{
    if (text == QLatin1String("csv"))
        return Format::Csv;
    if (text == QLatin1String("pdf"))
        return Format::Pdf;
    return makeError(QStringLiteral("export.unknown-format"),
                     tr("Unknown export format \"%1\": use csv or pdf.").arg(text));
}

QStringList DashboardExport::header()
{
    return {tr("Case number"), tr("Supervision"), tr("Working days left"),
            tr("Deadline"),    tr("Flags"),       tr("Received"),
            tr("Window"),      tr("Clerk"),       tr("Item"),
            tr("Item code"),   tr("Applicant"),   tr("Decision"),
            tr("Status"),      tr("Source")};
}

QStringList DashboardExport::cells(const DashboardRow& row, const ItemNames& itemNames)
{
    const CaseFacts& f = row.facts;
    QStringList flags;
    for (Flag flag : row.result.flags)
        flags << SupervisionRules::flagName(flag);
    const QString itemName = itemNames ? itemNames(f.itemCode) : QString();
    QString left;
    if (row.result.workingDaysLeft)
        left = QString::number(*row.result.workingDaysLeft);
    if (row.result.provisional && !left.isEmpty())
        left += tr(" (provisional)");
    return {f.caseNumber.isEmpty() ? f.caseId : f.caseNumber,
            SupervisionRules::lightName(row.result.light),
            left,
            dateText(row.result.deadline),
            flags.join(QStringLiteral("; ")),
            f.receivedAt.isValid() ? f.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                   : QString(),
            f.windowCode,
            f.staffId,
            itemName.isEmpty() ? f.itemCode : itemName,
            f.itemCode,
            f.maskedApplicant,
            decisionLabel(f.decision),
            f.pendingSync ? tr("Waiting to sync") : statusLabel(f.status),
            f.local ? tr("This PC") : tr("Hall")};
}

QByteArray DashboardExport::csv(const DashboardSnapshot& snapshot, const ItemNames& itemNames)
{
    QByteArray out("\xEF\xBB\xBF");
    auto line = [&out](const QStringList& fields) {
        QStringList quoted;
        for (const QString& f : fields)
            quoted << csvField(f);
        out += quoted.join(QLatin1Char(',')).toUtf8();
        out += "\r\n";
    };
    line(header());
    for (const DashboardRow& row : snapshot.rows)
        line(cells(row, itemNames));
    return out;
}

Result<QByteArray> DashboardExport::pdf(const DashboardSnapshot& snapshot, const QString& title,
                                        const QString& scopeLine, const ItemNames& itemNames)
{
    QString html = QStringLiteral("<html><body style=\"font-size:7pt\"><h2>%1</h2><p>%2</p>")
                       .arg(title.toHtmlEscaped(), scopeLine.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Today %1: %2 cases; waiting to sync %3; waiting for correction %4; deferred materials due "
                        "%5; due soon %6; overdue %7; flagged %8.")
                         .arg(snapshot.today.toString(Qt::ISODate))
                         .arg(snapshot.todayTotal)
                         .arg(snapshot.pendingSync)
                         .arg(snapshot.waitingCorrection)
                         .arg(snapshot.deferredDue)
                         .arg(snapshot.yellow)
                         .arg(snapshot.red)
                         .arg(snapshot.flagged)
                         .toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\"><tr>");
    // The item code is left out on paper when the name is known (it would take a third of the width);
    // numbers and dates are kept on one line.
    auto shown = [&](int column) {
        return column != ItemCodeColumn || !itemNames;
    };
    auto noWrap = [](int column) {
        return column == CaseNumberColumn || column == DeadlineColumn || column == ReceivedColumn ||
               column == ItemCodeColumn;
    };
    const QStringList titles = header();
    for (int c = 0; c < titles.size(); ++c) {
        if (shown(c))
            html += QStringLiteral("<th>%1</th>").arg(titles[c].toHtmlEscaped());
    }
    html += QStringLiteral("</tr>");
    for (const DashboardRow& row : snapshot.rows) {
        html += QStringLiteral("<tr>");
        const QStringList values = cells(row, itemNames);
        for (int c = 0; c < values.size(); ++c) {
            if (!shown(c))
                continue;
            html += noWrap(c)
                        ? QStringLiteral("<td style=\"white-space:nowrap\">%1</td>").arg(values[c].toHtmlEscaped())
                        : QStringLiteral("<td>%1</td>").arg(values[c].toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table></body></html>");

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Yichuang"));
        writer.setResolution(150);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                         QPageLayout::Millimeter));
        QTextDocument doc;
        doc.setHtml(html);
        doc.setPageSize(writer.pageLayout().paintRect(QPageLayout::Point).size());
        doc.print(&writer);
    }
    buffer.close();
    if (bytes.isEmpty())
        return makeError(QStringLiteral("export.pdf"), tr("The PDF could not be made."));
    return bytes;
}

Status DashboardExport::write(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(QStringLiteral("export.write"),
                         tr("The export could not be written to %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace yc::supervision
