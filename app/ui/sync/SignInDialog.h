#pragma once

#include "sync/StaffCredentials.h"

#include <QDialog>
#include <QJsonArray>

class QComboBox;
class QDialogButtonBox;
class QPushButton;
class QLabel;
class QLineEdit;

namespace yc {
struct AppContext;
}

namespace yc::ui {

// Staff sign-in: online through the platform (which also keeps the staff member's tokens for
// sending their cases), else offline against the verifier of their last online sign-in on this PC.
// The network and the key derivation run on a worker thread; the dialog stays responsive.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(const AppContext& context, QWidget* parent = nullptr);
    [[nodiscard]] sync::SignedInStaff staff() const { return m_staff; }

private:
    void signIn();

    const AppContext& m_context;
    QLineEdit* m_staffId = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    sync::SignedInStaff m_staff;
};

// First run: enrols this PC as a window of a hall with an admin's sign-in.
class EnrolmentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EnrolmentDialog(const AppContext& context, QWidget* parent = nullptr);

private:
    void enrol();
    void loadHalls();
    void fillWindows();

    const AppContext& m_context;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_admin = nullptr;
    QLineEdit* m_password = nullptr;
    QComboBox* m_hall = nullptr;
    QComboBox* m_window = nullptr;
    QPushButton* m_load = nullptr;
    QJsonArray m_halls;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace yc::ui
