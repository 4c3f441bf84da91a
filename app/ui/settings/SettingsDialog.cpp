#include "ui/settings/SettingsDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace yc::ui {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    layout->addWidget(m_tabs);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("settingsProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problems->setVisible(false);
    layout->addWidget(m_problems);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumSize(680, 470); // every tab's title and note visible, long paths readable
}

void SettingsDialog::addPage(QWidget* page, const QString& title)
{
    m_tabs->addTab(page, title);
}

void SettingsDialog::addCheck(Check check)
{
    m_checks.append(std::move(check));
}

QString SettingsDialog::problemText() const
{
    return m_problems->isVisible() ? m_problems->text() : QString();
}

void SettingsDialog::accept()
{
    QList<Problem> problems;
    for (const Check& check : std::as_const(m_checks))
        problems += check();
    if (problems.isEmpty()) {
        m_problems->clear();
        m_problems->setVisible(false);
        QDialog::accept();
        return;
    }
    QStringList lines;
    lines << tr("Nothing was saved. Please correct:");
    for (const Problem& p : std::as_const(problems))
        lines << QStringLiteral("• ") + p.message;
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(true);
    if (QWidget* field = problems.constFirst().field) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (m_tabs->widget(i)->isAncestorOf(field)) {
                m_tabs->setCurrentIndex(i);
                break;
            }
        }
        field->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace yc::ui
