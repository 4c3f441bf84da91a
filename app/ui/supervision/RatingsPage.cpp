#include "ui/supervision/RatingsPage.h"

#include "ui/ScreenContext.h"
#include "ui/supervision/TableSelection.h"

#include "core/WorkCalendar.h"
#include "storage/Store.h"
#include "sync/CalendarFeedStore.h"
#include "sync/CurrentStaff.h"
#include "ui/AppContext.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace yc::ui {

using supervision::RatingLine;

namespace {

// GB/T 39734-2020 levels.
QString levelLabel(int level)
{
    switch (level) {
    case 5:
        return RatingsPage::tr("5 Very satisfied");
    case 4:
        return RatingsPage::tr("4 Satisfied");
    case 3:
        return RatingsPage::tr("3 Fairly satisfied");
    case 2:
        return RatingsPage::tr("2 Dissatisfied");
    case 1:
        return RatingsPage::tr("1 Very dissatisfied");
    default:
        return QString::number(level);
    }
}

QString channelLabel(const QString& channel)
{
    if (channel == QLatin1String("window-device"))
        return RatingsPage::tr("Window device");
    if (channel == QLatin1String("qr-code"))
        return RatingsPage::tr("QR code");
    if (channel == QLatin1String("sms"))
        return RatingsPage::tr("SMS");
    if (channel == QLatin1String("hotline"))
        return RatingsPage::tr("Hotline");
    return channel;
}

QString followUpLabel(const RatingLine& r, const QDate& today)
{
    if (!r.bad)
        return {};
    if (r.followedUp)
        return r.followUpState == QLatin1String("submitted") ? RatingsPage::tr("Followed up, sent")
                                                             : RatingsPage::tr("Followed up, waiting to be sent");
    if (r.followUpDue.isValid() && r.followUpDue < today)
        return RatingsPage::tr("Overdue since %1").arg(QLocale().toString(r.followUpDue, QLocale::ShortFormat));
    return RatingsPage::tr("Due by %1").arg(QLocale().toString(r.followUpDue, QLocale::ShortFormat));
}

} // namespace

RatingsPage::RatingsPage(const AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("ratingsPage"));
    m_calendar = workCalendarOf(m_context);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Rating results")), this));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("ratingsSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("ratingsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Rated at"), tr("Case number"), tr("Rating"), tr("Channel"), tr("Follow-up")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("ratingsDetails"));
    m_details->setWordWrap(true);
    layout->addWidget(m_details);

    auto* form = new QFormLayout;
    m_rectification = new QPlainTextEdit(this);
    m_rectification->setObjectName(QStringLiteral("rectificationEdit"));
    m_rectification->setMaximumHeight(60);
    m_callback = new QPlainTextEdit(this);
    m_callback->setObjectName(QStringLiteral("callbackEdit"));
    m_callback->setMaximumHeight(60);
    form->addRow(tr("Rectification:"), m_rectification);
    form->addRow(tr("Callback record:"), m_callback);
    layout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    m_record = new QPushButton(tr("Record follow-up"), this);
    m_record->setObjectName(QStringLiteral("recordFollowUpButton"));
    auto* refresh = new QPushButton(tr("Refresh"), this);
    buttons->addWidget(m_record);
    buttons->addStretch(1);
    buttons->addWidget(refresh);
    layout->addLayout(buttons);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("ratingsMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_record, &QPushButton::clicked, this, &RatingsPage::recordFollowUp);
    connect(refresh, &QPushButton::clicked, this, &RatingsPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RatingsPage::showSelection);
    if (m_context.currentStaff)
        // Another staff member: the ratings are read again when they are seen (showEvent), not at
        // every sign-in; what the previous one saw goes at once.
        connect(m_context.currentStaff, &sync::CurrentStaff::changed, this, [this] {
            if (isVisible()) {
                RatingsPage::refresh();
            } else {
                m_rows.clear();
                m_table->setRowCount(0);
                m_details->clear();
            }
        });
}

intake::IntakeContext RatingsPage::intakeContext() const
{
    return intakeContextOf(m_context, *m_calendar);
}

QString RatingsPage::message() const
{
    return m_message->text();
}

void RatingsPage::setMessage(const QString& text, bool error)
{
    showMessage(m_message, text, error);
}

void RatingsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void RatingsPage::refresh()
{
    supervision::RatingFollowUp service(intakeContext(), supervision::actorOf(m_context.currentStaff));
    auto rows = service.ratings();
    m_rows.clear();
    m_table->setRowCount(0);
    const bool allowed = rows.ok();
    m_record->setEnabled(allowed);
    m_rectification->setEnabled(allowed);
    m_callback->setEnabled(allowed);
    if (!rows) {
        m_summary->setText(rows.error().message);
        m_details->clear();
        return;
    }
    m_rows = rows.value();
    const QDate today = m_context.clock->now().toLocalTime().date();
    int bad = 0;
    int open = 0;
    const QLocale locale;
    for (const RatingLine& r : std::as_const(m_rows)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{locale.toString(r.at.toLocalTime(), QLocale::ShortFormat), r.caseNumber,
                                levelLabel(r.level), channelLabel(r.channel), followUpLabel(r, today)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (r.bad)
                item->setForeground(r.followedUp ? QColor(0x55, 0x55, 0x55) : QColor(0xb0, 0x00, 0x20));
            m_table->setItem(row, c, item);
        }
        bad += r.bad ? 1 : 0;
        open += r.bad && !r.followedUp ? 1 : 0;
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("Ratings given at this PC: %1; bad: %2; waiting for a follow-up: %3.")
                           .arg(m_rows.size())
                           .arg(bad)
                           .arg(open));
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).bad && !m_rows.at(i).followedUp) {
            m_table->selectRow(i);
            break;
        }
    }
    showSelection();
}

int RatingsPage::selectedRow() const
{
    return selectedRowIn(m_table, m_rows.size());
}

void RatingsPage::showSelection()
{
    const int row = selectedRow();
    if (row < 0) {
        m_details->setText(m_rows.isEmpty() ? tr("No rating was given at this PC yet.") : QString());
        m_record->setEnabled(false);
        m_rectification->setEnabled(false);
        m_callback->setEnabled(false);
        return;
    }
    const RatingLine& r = m_rows.at(row);
    QString text = tr("Case %1, %2.")
                       .arg(r.caseNumber.isEmpty() ? tr("(number not yet given)") : r.caseNumber, levelLabel(r.level));
    if (!r.comment.isEmpty())
        text += QLatin1Char(' ') + tr("Comment: %1").arg(r.comment);
    if (r.followedUp)
        text += QLatin1Char('\n') + tr("Rectification: %1").arg(r.rectification) + QLatin1Char('\n') +
                tr("Callback record: %1").arg(r.callback);
    m_details->setText(text);
    const bool canRecord = r.bad && !r.followedUp;
    m_record->setEnabled(canRecord);
    m_rectification->setEnabled(canRecord);
    m_callback->setEnabled(canRecord);
}

void RatingsPage::recordFollowUp()
{
    const int row = selectedRow();
    if (row < 0) {
        setMessage(tr("Choose the rating to follow up."), true);
        return;
    }
    const QString id = m_rows.at(row).evaluationId;
    supervision::RatingFollowUp service(intakeContext(), supervision::actorOf(m_context.currentStaff));
    if (auto done = service.record(id, m_rectification->toPlainText(), m_callback->toPlainText()); !done) {
        setMessage(done.error().message, true);
        return;
    }
    m_rectification->clear();
    m_callback->clear();
    setMessage(tr("Follow-up recorded; it is sent to the platform with the next sync."));
    emit followUpQueued(id);
    refresh();
}

} // namespace yc::ui
