#include "ui/intake/ItemStep.h"

#include "core/Clock.h"
#include "intake/IdentityProof.h"
#include "intake/IntakeSession.h"
#include "storage/catalog/CatalogSearch.h"
#include "ui/intake/IntakeStepHost.h"
#include "ui/intake/IntakeText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>
#include <utility>

namespace yc::ui {

ItemStep::ItemStep(IntakeStepHost& host, QWidget* parent)
    : QWidget(parent)
    , m_host(host)
{
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("itemQuery"));
    m_query->setPlaceholderText(IntakeText::tr("Search the catalog: name, keywords or pinyin initials"));
    m_query->installEventFilter(this);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("itemResults"));
    m_results->setFocusPolicy(Qt::NoFocus);
    left->addWidget(m_query);
    left->addWidget(m_results, 1);
    connect(m_query, &QLineEdit::textChanged, this, &ItemStep::onQueryChanged);
    connect(m_results, &QListWidget::itemDoubleClicked, this, [this] { chooseCurrentResult(); });

    auto* right = new QVBoxLayout;
    m_itemLabel = new QLabel(this);
    m_itemLabel->setObjectName(QStringLiteral("itemChosen"));
    m_itemLabel->setWordWrap(true);
    m_itemLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_situationBox = new QWidget(this);
    m_situationForm = new QFormLayout(m_situationBox);
    // Each question on its own line above its answer: long questions wrap over the full width
    // instead of being cut.
    m_situationForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_situationForm->setContentsMargins(0, 0, 0, 0);
    m_situationBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_checklist = new QListWidget(this);
    m_checklist->setObjectName(QStringLiteral("itemChecklist"));
    m_checklist->setFocusPolicy(Qt::NoFocus);
    m_checklist->setWordWrap(true); // long material names wrap instead of running off the side
    m_checklist->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    right->addWidget(m_itemLabel);
    right->addWidget(m_situationBox);
    right->addWidget(new QLabel(IntakeText::tr("Materials needed:"), this));
    right->addWidget(m_checklist, 1);
    auto* buttons = new QHBoxLayout;
    auto* back = makeStepButton(IntakeText::tr("Back (Esc)"), QStringLiteral("itemBack"), this);
    auto* next = makeStepButton(IntakeText::tr("Next (Enter)"), QStringLiteral("itemNext"), this);
    buttons->addWidget(back);
    buttons->addStretch(1);
    buttons->addWidget(next);
    right->addLayout(buttons);
    connect(back, &QPushButton::clicked, this, [this] { m_host.goBack(); });
    connect(next, &QPushButton::clicked, this, [this] { m_host.advance(); });

    layout->addLayout(left, 1);
    layout->addLayout(right, 1);

    if (auto* search = m_host.appContext().catalogSearch)
        connect(search, &storage::CatalogSearch::resultsReady, this, &ItemStep::onResults);
}

void ItemStep::clear()
{
    m_query->clear();
    m_results->clear();
    m_itemLabel->setText(IntakeText::tr("No item chosen yet"));
    rebuildSituations();
    m_checklist->clear();
}

void ItemStep::showDraft()
{
    if (const auto& item = m_host.currentCase().item)
        m_itemLabel->setText(item->name);
    rebuildSituations();
    rebuildChecklist();
}

void ItemStep::enter()
{
    m_query->setFocus();
    m_query->selectAll();
}

bool ItemStep::leave()
{
    const IntakeCase& current = m_host.currentCase();
    if (m_query->hasFocus() && m_searchId != m_shownId) {
        // The list still shows an earlier query's matches: choose when this query's arrive.
        m_chooseWhenShown = true;
        return false;
    }
    if (m_query->hasFocus() && m_results->currentItem() &&
        (!current.item || m_results->currentItem()->data(Qt::UserRole).toString() != current.item->code)) {
        chooseCurrentResult();
        return false;
    }
    if (!current.item) {
        m_host.showError(intake::IntakeLabels::chooseItemFirst());
        return false;
    }
    if (current.draft && !current.draft->unansweredSituations.isEmpty()) {
        m_host.showError(IntakeText::tr("Answer every question about the applicant's situation first."));
        for (QComboBox* combo : std::as_const(m_situationCombos)) {
            if (combo->currentData().toString().isEmpty()) {
                combo->setFocus();
                break;
            }
        }
        return false;
    }
    return true;
}

bool ItemStep::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const int count = m_results->count();
        if (count > 0 && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            const int row = m_results->currentRow() + (key->key() == Qt::Key_Down ? 1 : -1);
            m_results->setCurrentRow(qBound(0, row, count - 1));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ItemStep::onQueryChanged(const QString& text)
{
    auto* search = m_host.appContext().catalogSearch;
    if (!search)
        return;
    m_chooseWhenShown = false;
    if (text.trimmed().isEmpty()) {
        m_results->clear();
        m_searchId = m_shownId = 0;
        return;
    }
    m_searchId = search->search(text);
}

void ItemStep::onResults(quint64 id, const QString&, const QList<catalog::SearchMatch>& matches)
{
    if (id != m_searchId)
        return;
    m_results->clear();
    for (const catalog::SearchMatch& m : matches) {
        auto* row =
            new QListWidgetItem(m.department.isEmpty() ? m.name : IntakeText::tr("%1 — %2").arg(m.name, m.department));
        row->setData(Qt::UserRole, m.code);
        m_results->addItem(row);
    }
    m_shownId = id;
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    if (std::exchange(m_chooseWhenShown, false) && m_query->hasFocus())
        m_host.advance();
}

bool ItemStep::chooseCurrentResult()
{
    IntakeCase& current = m_host.currentCase();
    if (!m_results->currentItem() || current.draftId.isEmpty())
        return false;
    const QString code = m_results->currentItem()->data(Qt::UserRole).toString();
    const Status set = intake::IntakeSession(m_host.intakeContext()).setItem(current.draftId, code);
    if (!set) {
        m_host.showError(set.error().message);
        return false;
    }
    if (auto* search = m_host.appContext().catalogSearch)
        search->recordUse(code);
    current.item.reset();
    m_host.reloadDraft();
    m_itemLabel->setText(current.item ? current.item->name : code);
    rebuildSituations();
    rebuildChecklist();
    emit itemChosen();
    m_host.showInfo(m_situationCombos.isEmpty() ? IntakeText::tr("Item chosen. Enter goes on to the materials.")
                                                : IntakeText::tr("Item chosen. Answer the questions, then Enter."));
    if (current.item) {
        const QString advice = intake::IdentityProof::expiredCardAdvice(
            current.cardValidTo, m_host.appContext().clock->now().toTimeZone(QTimeZone(8 * 3600)).date(),
            *current.item);
        if (!advice.isEmpty())
            m_host.showError(advice);
    }
    if (!m_situationCombos.isEmpty())
        m_situationCombos.first()->setFocus();
    return true;
}

void ItemStep::rebuildSituations()
{
    while (m_situationForm->rowCount() > 0)
        m_situationForm->removeRow(0);
    m_situationCombos.clear();
    const IntakeCase& current = m_host.currentCase();
    if (!current.item)
        return;
    QWidget* previous = m_query;
    for (const catalog::Situation& s : current.item->situations) {
        auto* combo = new QComboBox(m_situationBox);
        combo->setObjectName(QStringLiteral("situation_") + s.id);
        combo->addItem(IntakeText::tr("(choose)"), QString());
        for (const catalog::SituationOption& o : s.options)
            combo->addItem(o.label, o.id);
        if (current.draft) {
            const int index = combo->findData(current.draft->situations.value(s.id));
            if (index > 0)
                combo->setCurrentIndex(index);
        }
        const QString situationId = s.id;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, situationId] {
            const QString option = combo->currentData().toString();
            const QString draftId = m_host.currentCase().draftId;
            if (option.isEmpty() || draftId.isEmpty())
                return;
            const Status answered =
                intake::IntakeSession(m_host.intakeContext()).answerSituation(draftId, situationId, option);
            if (!answered) {
                m_host.showError(answered.error().message);
                return;
            }
            m_host.reloadDraft();
            rebuildChecklist();
        });
        auto* label = new QLabel(s.question, m_situationBox);
        label->setWordWrap(true);
        // The full width of the column, so that a question wraps only when it must.
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        label->setMinimumWidth(m_situationBox->width() > 100 ? m_situationBox->width() - 8 : 360);
        m_situationForm->addRow(label, combo);
        label->show();
        combo->show(); // at once, so that it can take the focus
        setTabOrder(previous, combo);
        previous = combo;
        m_situationCombos.append(combo);
    }
}

void ItemStep::rebuildChecklist()
{
    m_checklist->clear();
    const IntakeCase& current = m_host.currentCase();
    if (!current.draft)
        return;
    for (const intake::ChecklistEntry& e : current.draft->checklist) {
        QString text = e.name;
        if (e.deferrable)
            text += IntakeText::tr(" (may follow later)");
        m_checklist->addItem(text);
    }
}

} // namespace yc::ui
