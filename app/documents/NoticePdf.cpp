#include "documents/NoticePdf.h"

#include "core/Masking.h"
#include "documents/GuidePdf.h"
#include "documents/NoticeLayout.h"
#include "documents/NoticeTemplate.h"
#include "documents/PdfTextMap.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace yc::documents {

namespace {

using Cell = NoticeLayout::Cell;

class NoticeBody
{
public:
    NoticeBody(NoticeLayout& layout, const NoticeData& data, const NoticeTemplate& words)
        : m_layout(layout)
        , m_data(data)
        , m_words(words)
    {}

    void run()
    {
        const NoticeKind kind = m_data.kind;
        m_layout.title(text(QStringLiteral("title")), text(QStringLiteral("subtitle")));
        m_layout.particulars(particulars());
        switch (kind) {
        case NoticeKind::Acceptance:
            paragraphs({{QStringLiteral("promise"), promise()}});
            materials(MaterialStatus::Received, false);
            if (!m_data.materialsWith(MaterialStatus::Deferred).isEmpty())
                materials(MaterialStatus::Deferred, true);
            break;
        case NoticeKind::Correction: {
            paragraphs({});
            QList<NoticeMaterial> toSupply = m_data.materialsWith(MaterialStatus::Missing);
            toSupply += m_data.materialsWith(MaterialStatus::Deficient);
            m_layout.heading(label(QStringLiteral("materials")));
            m_layout.materials(toSupply, true);
            break;
        }
        case NoticeKind::Refusal:
            paragraphs({{QStringLiteral("review"), refusalRight("review", m_data.reviewBody, "reviewBody")},
                        {QStringLiteral("suit"), refusalRight("suit", m_data.court, "court")}});
            m_layout.heading(label(QStringLiteral("materials")));
            m_layout.materials(m_data.materials, false);
            break;
        case NoticeKind::Receipt:
            paragraphs({});
            m_layout.heading(label(QStringLiteral("materials")));
            m_layout.materials(m_data.materials, false);
            break;
        case NoticeKind::Commitment:
            paragraphs({});
            materials(MaterialStatus::Deferred, true);
            m_layout.signatureLine(text(QStringLiteral("signature")));
            break;
        }
        m_layout.closingBlock(m_data.acceptedOn, text(QStringLiteral("closing")));
    }

private:
    [[nodiscard]] QString text(const QString& key) const { return m_words.text(m_data.kind, key); }
    [[nodiscard]] QString label(const QString& key) const { return m_words.label(key); }

    [[nodiscard]] QString idNumber(const NoticePerson& person) const
    {
        return NoticePdf::printsWholeIdNumber(m_data.kind) ? person.idNumber : mask::idNumber(person.idNumber);
    }

    [[nodiscard]] QString promisedText() const
    {
        if (m_data.onTheSpot())
            return label(QStringLiteral("onTheSpot"));
        QString promised = m_layout.date(m_data.promisedOn);
        if (m_data.promisedProvisional)
            promised += label(QStringLiteral("provisional"));
        return promised;
    }

    [[nodiscard]] QString promise() const
    {
        if (m_data.onTheSpot())
            return text(QStringLiteral("promiseOnTheSpot"));
        return NoticeTemplate::fill(text(QStringLiteral("promise")), values());
    }

    [[nodiscard]] QString refusalRight(const char* key, const QString& where, const char* placeholder) const
    {
        const QString form =
            text(QLatin1String(key) + (where.isEmpty() ? QLatin1String("Without") : QLatin1String("With")));
        return NoticeTemplate::fill(form, {{QLatin1String(placeholder), where}});
    }

    [[nodiscard]] QHash<QString, QString> values() const
    {
        return {{QStringLiteral("applicant"), m_data.applicant.name},
                {QStringLiteral("hall"), m_data.hall.name},
                {QStringLiteral("itemName"), m_data.item.name},
                {QStringLiteral("caseNumber"), m_data.caseNumber},
                {QStringLiteral("acceptedOn"), m_layout.date(m_data.acceptedOn)},
                {QStringLiteral("promisedOn"), promisedText()},
                {QStringLiteral("workingDays"),
                 NoticeTemplate::fill(label(QStringLiteral("workingDays")),
                                      {{QStringLiteral("days"), QString::number(m_data.item.promisedWorkingDays)}})},
                {QStringLiteral("dueDate"), m_layout.date(m_data.dueDate)},
                {QStringLiteral("count"), QString::number(m_data.materialsWith(MaterialStatus::Received).size())},
                {QStringLiteral("reason"), m_data.reason},
                {QStringLiteral("legalBasis"), m_data.legalBasis}};
    }

    void paragraphs(const QHash<QString, QString>& extra)
    {
        QHash<QString, QString> v = values();
        v.insert(extra);
        const QStringList body = m_words.paragraphs(m_data.kind);
        for (qsizetype i = 0; i < body.size(); ++i) {
            const QString filled = NoticeTemplate::fill(body[i], v);
            m_layout.paragraph(filled, i > 0); // the first line names the addressee, unindented
        }
    }

    void materials(MaterialStatus status, bool reasons)
    {
        m_layout.heading(label(QStringLiteral("materials")));
        m_layout.materials(m_data.materialsWith(status), reasons);
    }

    [[nodiscard]] QList<Cell> particulars() const
    {
        const auto idLabel = [this](const NoticePerson& p) {
            return NoticeTemplate::fill(label(QStringLiteral("idNumber")), {{QStringLiteral("idType"), p.idType}});
        };
        QList<Cell> cells{
            {label(QStringLiteral("hall")), m_data.hall.name},
            {label(QStringLiteral("window")), m_data.window},
            {label(QStringLiteral("address")), m_data.hall.address, true},
            {label(QStringLiteral("itemName")), m_data.item.name, true},
            {label(QStringLiteral("itemCode")), m_data.item.code, true},
            {label(QStringLiteral("applicant")), m_data.applicant.name},
            {idLabel(m_data.applicant), idNumber(m_data.applicant)},
        };
        if (m_data.agent)
            cells << Cell{label(QStringLiteral("agent")), m_data.agent->name}
                  << Cell{idLabel(*m_data.agent), idNumber(*m_data.agent)};
        static const QHash<NoticeKind, QString> dateLabels{{NoticeKind::Acceptance, QStringLiteral("acceptedOn")},
                                                           {NoticeKind::Correction, QStringLiteral("noticeDate")},
                                                           {NoticeKind::Refusal, QStringLiteral("refusedOn")},
                                                           {NoticeKind::Receipt, QStringLiteral("receivedOn")},
                                                           {NoticeKind::Commitment, QStringLiteral("acceptedOn")}};
        const Cell dateCell{label(dateLabels.value(m_data.kind)), m_layout.date(m_data.acceptedOn)};
        if (m_data.kind == NoticeKind::Acceptance || m_data.kind == NoticeKind::Commitment) {
            cells << dateCell << Cell{label(QStringLiteral("promisedOn")), promisedText()};
            if (m_data.kind == NoticeKind::Commitment)
                cells << Cell{label(QStringLiteral("dueDate")), m_layout.date(m_data.dueDate), true};
        } else {
            cells << Cell{dateCell.label, dateCell.value, true};
        }
        cells << Cell{label(QStringLiteral("clerk")), m_data.clerk}
              << Cell{label(QStringLiteral("phone")), m_data.hall.phone};
        return cells;
    }

    NoticeLayout& m_layout;
    const NoticeData& m_data;
    const NoticeTemplate& m_words;
};

QList<QFont> fontsUsed()
{
    QList<QFont> fonts;
    for (const QString& family : {GuidePdf::fontFamily(), QStringLiteral("Noto Sans CJK SC")}) {
        for (bool bold : {false, true}) {
            QFont f(family);
            f.setBold(bold);
            f.setStyleStrategy(QFont::PreferNoShaping);
            fonts << f;
        }
    }
    return fonts;
}

} // namespace

Result<QByteArray> NoticePdf::render(const NoticeData& notice)
{
    auto words = NoticeTemplate::bundled();
    if (!words)
        return words.error();
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 18, 20, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(words.value().text(notice.kind, QStringLiteral("title")) + QLatin1Char(' ') +
                        notice.caseNumber);
        writer.setCreator(QStringLiteral("Yichuang"));

        // First pass without a painter: how many pages ("page n of m" in every footer).
        NoticeLayout counting(writer, nullptr, notice, words.value(), 0);
        NoticeBody(counting, notice, words.value()).run();
        const int pages = counting.finish();

        QPainter painter;
        if (!painter.begin(&writer))
            return makeError(QStringLiteral("document.unwritable"), tr("Cannot start the PDF of a notice."));
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false); // the QR code stays sharp
        NoticeLayout layout(writer, &painter, notice, words.value(), pages);
        NoticeBody(layout, notice, words.value()).run();
        layout.finish();
        painter.end();
    }
    const auto repaired = PdfTextMap(fontsUsed()).repair(pdf);
    if (!repaired)
        return repaired.error();
    return pdf;
}

Status NoticePdf::write(const NoticeData& notice, const QString& path)
{
    auto pdf = render(notice);
    if (!pdf)
        return pdf.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf.value().size() || !file.commit())
        return makeError(QStringLiteral("document.unwritable"),
                         tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace yc::documents
