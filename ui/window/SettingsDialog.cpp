#include "window/SettingsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace deskside::ui {

SettingsDialog::SettingsDialog(const Preferences &preferences, const QList<AccountEntry> &accounts,
                               QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Deskside Settings"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(accountsPage(), tr("&Accounts"));
    tabs->addTab(syncPage(preferences), tr("S&ync"));
    tabs->addTab(notificationsPage(preferences), tr("&Notifications"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    setAccounts(accounts);
}

QWidget *SettingsDialog::accountsPage()
{
    auto *page = new QWidget(this);
    m_accounts = new QListWidget(page);
    auto *add = new QPushButton(tr("Add account…"), page);
    auto *use = new QPushButton(tr("Switch to"), page);
    auto *remove = new QPushButton(tr("Sign out and remove"), page);
    connect(add, &QPushButton::clicked, this, &SettingsDialog::addAccountRequested);
    connect(use, &QPushButton::clicked, this, [this]() {
        if (const QString id = selectedAccount(); !id.isEmpty()) {
            Q_EMIT switchAccountRequested(id);
        }
    });
    connect(remove, &QPushButton::clicked, this, [this]() {
        if (const QString id = selectedAccount(); !id.isEmpty()) {
            Q_EMIT removeAccountRequested(id);
        }
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(use);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Tokens are kept in the system keychain only."), page));
    layout->addWidget(m_accounts);
    layout->addLayout(buttons);
    return page;
}

QWidget *SettingsDialog::syncPage(const Preferences &preferences)
{
    auto *page = new QWidget(this);
    m_interval = new QSpinBox(page);
    m_interval->setRange(5, 3600);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(preferences.syncIntervalSeconds);
    m_interval->setToolTip(tr("How often to check the server when live updates are unavailable."));
    m_dueSoon = new QSpinBox(page);
    m_dueSoon->setRange(1, 72);
    m_dueSoon->setSuffix(tr(" business hours"));
    m_dueSoon->setValue(preferences.dueSoonHours);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Check for changes every:"), m_interval);
    form->addRow(tr("\"Due soon\" &means within:"), m_dueSoon);
    return page;
}

QWidget *SettingsDialog::notificationsPage(const Preferences &preferences)
{
    auto *page = new QWidget(this);
    m_popups = new QCheckBox(tr("Show &desktop notifications"), page);
    m_popups->setChecked(preferences.notifyPopups);
    m_sound = new QCheckBox(tr("Play a &sound"), page);
    m_sound->setChecked(preferences.notifySound);
    m_doNotDisturb = new QCheckBox(tr("Do not &disturb (catastrophic alerts still show)"), page);
    m_doNotDisturb->setChecked(preferences.doNotDisturb);
    m_doNotDisturb->setToolTip(tr("No sounds or system notifications; alert pop-ups open "
                                  "minimised. Catastrophic alerts always show in full."));
    m_alertSound = new QCheckBox(tr("Play a sound for &alerts"), page);
    m_alertSound->setChecked(preferences.alertSound);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_popups);
    layout->addWidget(m_sound);
    layout->addWidget(m_alertSound);
    layout->addWidget(m_doNotDisturb);
    layout->addStretch();
    return page;
}

void SettingsDialog::setAccounts(const QList<AccountEntry> &accounts)
{
    m_accounts->clear();
    for (const AccountEntry &account : accounts) {
        auto *item = new QListWidgetItem(
            account.current ? tr("%1 (current)").arg(account.label) : account.label, m_accounts);
        item->setData(Qt::UserRole, account.id);
    }
}

QString SettingsDialog::selectedAccount() const
{
    const QListWidgetItem *item = m_accounts->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

Preferences SettingsDialog::preferences() const
{
    Preferences p;
    p.syncIntervalSeconds = m_interval->value();
    p.dueSoonHours = m_dueSoon->value();
    p.notifyPopups = m_popups->isChecked();
    p.notifySound = m_sound->isChecked();
    p.doNotDisturb = m_doNotDisturb->isChecked();
    p.alertSound = m_alertSound->isChecked();
    return p;
}

} // namespace deskside::ui
