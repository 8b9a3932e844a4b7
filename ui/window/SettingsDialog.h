#pragma once

#include "window/Preferences.h"

#include <QDialog>

class QCheckBox;
class QListWidget;
class QSpinBox;

namespace deskside::ui {

// One configured account as the settings dialog lists it.
struct AccountEntry
{
    QString id;
    QString label; // "sam on https://helpdesk.example.com"
    bool current = false;
};

// Accounts, sync interval and notification preferences. Account actions are signals;
// the owner carries them out.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const Preferences &preferences, const QList<AccountEntry> &accounts,
                   QWidget *parent = nullptr);

    Preferences preferences() const;
    void setAccounts(const QList<AccountEntry> &accounts);

Q_SIGNALS:
    void addAccountRequested();
    void switchAccountRequested(const QString &accountId);
    void removeAccountRequested(const QString &accountId);

private:
    QWidget *accountsPage();
    QWidget *syncPage(const Preferences &preferences);
    QWidget *notificationsPage(const Preferences &preferences);
    QString selectedAccount() const;

    QListWidget *m_accounts = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_dueSoon = nullptr;
    QCheckBox *m_popups = nullptr;
    QCheckBox *m_sound = nullptr;
    QCheckBox *m_doNotDisturb = nullptr;
    QCheckBox *m_alertSound = nullptr;
};

} // namespace deskside::ui
