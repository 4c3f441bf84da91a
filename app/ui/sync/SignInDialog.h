#pragma once

#include "sync/StaffCredentials.h"

#include <QDialog>
#include <QJsonArray>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QPushButton;
class QLabel;
class QLineEdit;

namespace yc {
struct AppContext;
namespace sync {
class CurrentStaff;
class SignInService;
struct SignInResult;
struct EnrolResult;
struct HallsResult;
} // namespace sync
} // namespace yc

namespace yc::ui {

// The application's sign-in service, or (a dialog shown without one, as in tests) one of the
// dialog's own over the same store.
class SignInServiceHandle
{
public:
    explicit SignInServiceHandle(const AppContext& context);
    ~SignInServiceHandle();
    [[nodiscard]] sync::SignInService& operator*() const { return *m_service; }
    [[nodiscard]] sync::SignInService* operator->() const { return m_service; }

private:
    std::unique_ptr<sync::CurrentStaff> m_ownStaff;
    std::unique_ptr<sync::SignInService> m_own;
    sync::SignInService* m_service = nullptr;
};

// Staff sign-in: online through the platform (which also keeps the staff member's tokens for
// sending their cases), else offline against the verifier of their last online sign-in on this PC.
// The form only; the workflow is SignInService's, on its thread, so the dialog stays responsive.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(const AppContext& context, QWidget* parent = nullptr);
    ~SignInDialog() override;
    [[nodiscard]] sync::SignedInStaff staff() const { return m_staff; }

private:
    void signIn();
    void finished(const sync::SignInResult& result);

    SignInServiceHandle m_service;
    bool m_waiting = false;
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
    ~EnrolmentDialog() override;

private:
    void enrol();
    void loadHalls();
    void fillWindows();
    void enrolled(const sync::EnrolResult& result);
    void hallsLoaded(const sync::HallsResult& result);

    const AppContext& m_context;
    SignInServiceHandle m_service;
    bool m_enrolling = false;
    bool m_loading = false;
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
