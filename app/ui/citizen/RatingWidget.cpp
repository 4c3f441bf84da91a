#include "ui/citizen/RatingWidget.h"

#include "intake/CaseOverview.h"
#include "intake/CaseRating.h"
#include "storage/Store.h"
#include "sync/CurrentStaff.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace yc::ui {

RatingWidget::RatingWidget(const AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("ratingWidget"));
    auto* layout = new QVBoxLayout(this);
    auto* question = new QLabel(tr("How satisfied are you with the service at this window?"), this);
    question->setObjectName(QStringLiteral("ratingQuestion"));
    question->setAlignment(Qt::AlignCenter);
    question->setWordWrap(true);
    QFont big = question->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    question->setFont(big);
    layout->addWidget(question);

    auto* row = new QHBoxLayout;
    m_levels = new QButtonGroup(this);
    m_levels->setExclusive(true);
    // From the best to the worst, left to right, as rating screens in service halls show them. Each
    // button carries its level's number (5 非常满意 … 1 非常不满意, as stored and as the supervisor's
    // rating results show it), and that digit key chooses it.
    const int levels[] = {intake::CaseRating::VerySatisfied, intake::CaseRating::Satisfied,
                          intake::CaseRating::BasicallySatisfied, intake::CaseRating::Dissatisfied,
                          intake::CaseRating::VeryDissatisfied};
    for (int level : levels) {
        auto* b = new QPushButton(QStringLiteral("%1\n%2").arg(level).arg(intake::CaseRating::label(level)), this);
        b->setObjectName(QStringLiteral("ratingLevel%1").arg(level));
        b->setCheckable(true);
        b->setAutoDefault(false);
        b->setMinimumSize(120, 72);
        b->setFont(big);
        b->setStyleSheet(intake::CaseRating::isBad(level)
                             ? QStringLiteral("QPushButton:checked { background: #c0392b; color: white; }")
                             : QStringLiteral("QPushButton:checked { background: #2c6fbb; color: white; }"));
        m_levels->addButton(b, level);
        row->addWidget(b);
        auto* s = new QShortcut(QKeySequence(Qt::Key_0 + level), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, [this, level] { choose(level); });
    }
    connect(m_levels, &QButtonGroup::idClicked, this, [this] { updateReason(); });
    setFocusProxy(m_levels->button(intake::CaseRating::VerySatisfied));
    layout->addLayout(row);

    m_reasonLabel = new QLabel(tr("Please tell us what was not &satisfactory (required):"), this);
    m_reasonLabel->setObjectName(QStringLiteral("ratingReasonLabel"));
    m_reasonLabel->setFont(big);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("ratingReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(110);
    m_reason->setFont(big);
    m_reasonLabel->setBuddy(m_reason);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("ratingError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->setFont(big);
    layout->addWidget(m_error);

    m_submit = new QPushButton(tr("Submit rating (Ctrl+Enter)"), this);
    m_submit->setObjectName(QStringLiteral("ratingSubmit"));
    m_submit->setAutoDefault(false);
    m_submit->setFont(big);
    connect(m_submit, &QPushButton::clicked, this, [this] { (void)submit(); });
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, [this] { (void)submit(); });
    }
    layout->addWidget(m_submit, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    updateReason();
}

QString RatingWidget::staffId() const
{
    if (m_context.currentStaff && m_context.currentStaff->isSignedIn())
        return m_context.currentStaff->staffId();
    return m_staffId;
}

void RatingWidget::setCase(const QString& caseId)
{
    m_caseId = caseId;
    m_levels->setExclusive(false);
    for (QAbstractButton* b : m_levels->buttons())
        b->setChecked(false);
    m_levels->setExclusive(true);
    m_reason->clear();
    m_error->clear();
    updateReason();
    setFocus();
}

void RatingWidget::choose(int level)
{
    if (QAbstractButton* b = m_levels->button(level)) {
        b->setChecked(true);
        updateReason();
    }
}

int RatingWidget::chosenLevel() const
{
    return m_levels->checkedId() > 0 ? m_levels->checkedId() : 0;
}

void RatingWidget::updateReason()
{
    const bool bad = intake::CaseRating::isBad(chosenLevel());
    m_reasonLabel->setVisible(bad);
    m_reason->setVisible(bad);
    m_error->clear();
    // The focus stays where it is, so that the keys 1-5 still change the level; a rating sent
    // without its reason puts the focus in the reason field.
}

Result<QString> RatingWidget::submit()
{
    if (!m_context.store)
        return makeError(QStringLiteral("rating.store"), tr("No local store."));
    auto queued =
        intake::CaseRating(m_context.store->database(), m_context.store->cipher(), m_context.dataDir, *m_context.clock)
            .submit(m_caseId, chosenLevel(), m_reason->toPlainText(), staffId());
    if (!queued) {
        m_error->setText(queued.error().message);
        if (queued.error().code == QLatin1String("rating.reason"))
            m_reason->setFocus();
        return queued.error();
    }
    m_error->clear();
    emit submitted(queued.value(), chosenLevel());
    return queued.value();
}

QString RatingWidget::error() const
{
    return m_error->text();
}

RatingDialog::RatingDialog(const AppContext& context, const QString& caseId, const QString& staffId, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ratingDialog"));
    setWindowTitle(tr("Record the applicant's rating"));
    auto* layout = new QVBoxLayout(this);
    QString caseText;
    if (context.store) {
        auto detail =
            intake::CaseOverview(context.store->database(), context.store->cipher(), context.dataDir, *context.clock)
                .show(caseId);
        if (detail && detail.value()) {
            const intake::CaseLine& l = detail.value()->line;
            caseText = tr("Case %1, %2 (%3).")
                           .arg(l.caseNumber.isEmpty() ? tr("(no number yet)") : l.caseNumber,
                                l.itemName.isEmpty() ? l.itemCode : l.itemName, l.applicant);
        }
    }
    auto* hint =
        new QLabel(caseText + QLatin1Char(' ') +
                       tr("Ask the applicant how satisfied they are and record their answer (keys 1-5, Ctrl+Enter)."),
                   this);
    hint->setObjectName(QStringLiteral("ratingDialogCase"));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_rating = new RatingWidget(context, this);
    m_rating->setStaffId(staffId);
    m_rating->setCase(caseId);
    layout->addWidget(m_rating, 1);
    auto* box = new QDialogButtonBox(this);
    auto* later = box->addButton(tr("Not now (Esc)"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("ratingLater"));
    later->setAutoDefault(false);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    connect(m_rating, &RatingWidget::submitted, this, &QDialog::accept);
    m_rating->setFocus();
}

} // namespace yc::ui
