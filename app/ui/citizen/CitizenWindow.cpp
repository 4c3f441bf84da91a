#include "ui/citizen/CitizenWindow.h"

#include "intake/CaseOverview.h"
#include "intake/IntakeTypes.h"
#include "storage/Store.h"
#include "ui/citizen/RatingWidget.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace yc::ui {

namespace {

QLabel* bigLabel(const QString& text, QWidget* parent, qreal scale = 1.5)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    label->setFont(f);
    label->setWordWrap(true);
    return label;
}

QString stateLabel(const QString& state)
{
    auto s = intake::materialStateFromString(state);
    return s ? intake::IntakeLabels::materialState(s.value()) : state;
}

} // namespace

CitizenWindow::CitizenWindow(const AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("citizenWindow"));
    setWindowTitle(tr("Your application"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    // Welcome
    auto* welcome = new QWidget(m_pages);
    auto* welcomeLayout = new QVBoxLayout(welcome);
    auto* hello = bigLabel(tr("Welcome. Your application is being taken in at this window."), welcome, 2.0);
    hello->setObjectName(QStringLiteral("citizenWelcome"));
    hello->setAlignment(Qt::AlignCenter);
    welcomeLayout->addStretch(1);
    welcomeLayout->addWidget(hello);
    welcomeLayout->addStretch(1);
    m_pages->addWidget(welcome);

    // What is recorded
    auto* record = new QWidget(m_pages);
    auto* recordLayout = new QVBoxLayout(record);
    auto* title = bigLabel(tr("Please check what is recorded for you"), record, 1.8);
    title->setObjectName(QStringLiteral("citizenTitle"));
    recordLayout->addWidget(title);
    auto* form = new QFormLayout;
    m_applicant = bigLabel({}, record);
    m_applicant->setObjectName(QStringLiteral("citizenApplicant"));
    m_idNumber = bigLabel({}, record);
    m_idNumber->setObjectName(QStringLiteral("citizenIdNumber"));
    m_item = bigLabel({}, record);
    m_item->setObjectName(QStringLiteral("citizenItem"));
    m_caseNumber = bigLabel({}, record);
    m_caseNumber->setObjectName(QStringLiteral("citizenCaseNumber"));
    form->addRow(bigLabel(tr("Applicant:"), record), m_applicant);
    form->addRow(bigLabel(tr("ID number:"), record), m_idNumber);
    form->addRow(bigLabel(tr("Service item:"), record), m_item);
    form->addRow(bigLabel(tr("Case number:"), record), m_caseNumber);
    recordLayout->addLayout(form);
    recordLayout->addWidget(bigLabel(tr("Materials:"), record));
    m_materials = new QTableWidget(0, 2, record);
    m_materials->setObjectName(QStringLiteral("citizenMaterials"));
    m_materials->setHorizontalHeaderLabels({tr("Material"), tr("State")});
    m_materials->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_materials->setSelectionMode(QAbstractItemView::NoSelection);
    m_materials->setFocusPolicy(Qt::NoFocus);
    m_materials->verticalHeader()->setVisible(false);
    m_materials->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_materials->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    QFont tableFont = m_materials->font();
    tableFont.setPointSizeF(tableFont.pointSizeF() * 1.3);
    m_materials->setFont(tableFont);
    m_materials->horizontalHeader()->setFont(tableFont);
    m_materials->verticalHeader()->setDefaultSectionSize(QFontMetrics(tableFont).height() + 12);
    recordLayout->addWidget(m_materials, 1);
    m_pages->addWidget(record);

    // Rating
    auto* rate = new QWidget(m_pages);
    auto* rateLayout = new QVBoxLayout(rate);
    m_ratingCase = bigLabel({}, rate, 1.3);
    m_ratingCase->setObjectName(QStringLiteral("citizenRatingCase"));
    m_ratingCase->setAlignment(Qt::AlignCenter);
    rateLayout->addWidget(m_ratingCase);
    m_rating = new RatingWidget(context, rate);
    rateLayout->addWidget(m_rating, 1);
    m_pages->addWidget(rate);
    connect(m_rating, &RatingWidget::submitted, this, [this](const QString& evaluationId, int level) {
        const QString caseId = m_caseId;
        m_pages->setCurrentIndex(ThanksPage);
        emit rated(caseId, evaluationId, level);
    });

    // Thanks
    auto* thanks = bigLabel(tr("Thank you for your rating."), m_pages, 2.0);
    thanks->setObjectName(QStringLiteral("citizenThanks"));
    thanks->setAlignment(Qt::AlignCenter);
    m_pages->addWidget(thanks);

    m_pages->setCurrentIndex(WelcomePage);
}

void CitizenWindow::setStaffId(const QString& staffId)
{
    m_rating->setStaffId(staffId);
}

int CitizenWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void CitizenWindow::fillCase(const QString& caseId)
{
    m_caseId = caseId;
    m_applicant->clear();
    m_idNumber->clear();
    m_item->clear();
    m_caseNumber->clear();
    m_materials->setRowCount(0);
    if (caseId.isEmpty() || !m_context.store)
        return;
    intake::CaseOverview overview(m_context.store->database(), m_context.store->cipher(), m_context.dataDir,
                                  *m_context.clock);
    auto detail = overview.show(caseId);
    if (!detail || !detail.value())
        return; // nothing to show the citizen; the clerk's screen names the error
    const intake::CaseDetail& d = *detail.value();
    // Masked by CaseOverview: 王*娜, 110105********002X.
    m_applicant->setText(d.line.applicant);
    m_idNumber->setText(d.line.idNumber);
    m_item->setText(d.line.itemName.isEmpty() ? tr("(not chosen yet)") : d.line.itemName);
    m_caseNumber->setText(d.line.caseNumber.isEmpty() ? tr("(given when the case is accepted)") : d.line.caseNumber);
    m_materials->setRowCount(int(d.materials.size()));
    for (int row = 0; row < d.materials.size(); ++row) {
        const intake::CaseMaterialLine& m = d.materials[row];
        m_materials->setItem(row, 0, new QTableWidgetItem(m.name));
        QString state = stateLabel(m.state);
        if (m.dueDate.isValid())
            state += QLatin1Char(' ') + tr("(by %1)").arg(QLocale().toString(m.dueDate, QLocale::ShortFormat));
        auto* item = new QTableWidgetItem(state);
        if (m.state == toString(intake::MaterialState::Missing) ||
            m.state == toString(intake::MaterialState::Deficient))
            item->setForeground(QColor(0xc0, 0x39, 0x2b));
        m_materials->setItem(row, 1, item);
    }
}

void CitizenWindow::showCase(const QString& caseId)
{
    fillCase(caseId);
    m_pages->setCurrentIndex(caseId.isEmpty() ? WelcomePage : CasePage);
}

void CitizenWindow::askRating(const QString& caseId)
{
    fillCase(caseId);
    m_ratingCase->setText(m_caseNumber->text().isEmpty() || m_item->text().isEmpty()
                              ? QString()
                              : tr("Case %1: %2").arg(m_caseNumber->text(), m_item->text()));
    m_pages->setCurrentIndex(RatingPage);
    m_rating->setCase(caseId);
}

} // namespace yc::ui
