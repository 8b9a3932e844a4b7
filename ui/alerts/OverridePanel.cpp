#include "alerts/OverridePanel.h"

#include "alerts/OverrideDialog.h"
#include "base/Clock.h"
#include "window/DeskData.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace deskside::ui {

OverridePanel::OverridePanel(DeskData &data, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_data(data)
    , m_clock(clock)
{
    setObjectName(u"overridePanel"_s);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"overrides"_s);
    m_list->setAccessibleName(tr("Overrides of the selected schedule"));
    m_list->setWordWrap(true);
    m_add = new QPushButton(tr("Add overr&ide…"), this);
    m_add->setObjectName(u"addOverride"_s);
    m_add->setToolTip(tr("Add an override to the selected schedule (Ctrl+Shift+O)"));
    m_remove = new QPushButton(tr("Re&move override"), this);
    m_remove->setObjectName(u"removeOverride"_s);
    m_remove->setToolTip(tr("Remove the selected override (Delete)"));
    m_message = new QLabel(this);
    m_message->setObjectName(u"overrideMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    m_addAction = new QAction(tr("Add override…"), this);
    m_addAction->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    m_addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_addAction);
    m_removeAction = new QAction(tr("Remove override"), this);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(m_removeAction);
    connect(m_addAction, &QAction::triggered, this, &OverridePanel::addOverride);
    connect(m_add, &QPushButton::clicked, this, &OverridePanel::addOverride);
    connect(m_removeAction, &QAction::triggered, this, &OverridePanel::removeSelected);
    connect(m_remove, &QPushButton::clicked, this, &OverridePanel::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &OverridePanel::updateActions);
    connect(&data, &DeskData::overrideFinished, this, &OverridePanel::finished);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    setTabOrder(m_list, m_add);
    setTabOrder(m_add, m_remove);
    setEditable(data.mayEditOverrides());
    setSchedule(std::nullopt);
}

OverrideDialog *OverridePanel::dialog() const
{
    return m_dialog;
}

void OverridePanel::setSchedule(const std::optional<ScheduleDetails> &schedule)
{
    const qint64 selected =
        m_list->currentItem() ? m_list->currentItem()->data(OverrideIdRole).toLongLong() : 0;
    m_schedule = schedule;
    m_list->clear();
    if (!schedule) {
        m_list->addItem(tr("Select a schedule to see its overrides."));
    } else if (schedule->overrides.isEmpty()) {
        m_list->addItem(tr("No overrides: the rotation decides."));
    }
    for (const ScheduleOverride &cover :
         schedule ? schedule->overrides : QList<ScheduleOverride>()) {
        QString text = tr("%1: %2").arg(
            cover.person, OverrideDialog::periodText(cover.from, cover.to, schedule->zone));
        text += u'\n' + tr("“%1”, by %2").arg(cover.reason, cover.createdBy);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(OverrideIdRole, cover.id);
        if (cover.id == selected) {
            m_list->setCurrentItem(item);
        }
    }
    // The placeholder lines cannot be selected.
    if (!schedule || schedule->overrides.isEmpty()) {
        m_list->item(0)->setFlags(Qt::ItemIsEnabled);
    }
    updateActions();
}

void OverridePanel::setEditable(bool editable)
{
    m_editable = editable;
    m_add->setVisible(editable);
    m_remove->setVisible(editable);
    updateActions();
}

void OverridePanel::addOverride()
{
    if (!m_editable || m_pending != Pending::None) {
        return;
    }
    if (!m_schedule) {
        m_message->setText(tr("Select a schedule first."));
        return;
    }
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new OverrideDialog(*m_schedule, m_clock.now(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &OverrideDialog::submitted, this, &OverridePanel::sendDialog);
    m_dialog->open();
}

void OverridePanel::sendDialog()
{
    if (!m_dialog || m_pending != Pending::None) {
        return;
    }
    m_pending = Pending::Add;
    m_dialog->setBusy(true);
    m_message->setText(tr("Adding the override…"));
    updateActions();
    m_data.addOverride(m_dialog->scheduleId(), m_dialog->person(), m_dialog->from(), m_dialog->to(),
                       m_dialog->reason());
}

void OverridePanel::removeSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    const qint64 id = item ? item->data(OverrideIdRole).toLongLong() : 0;
    if (!m_editable || m_pending != Pending::None || !m_schedule || id <= 0) {
        return;
    }
    m_pending = Pending::Remove;
    m_message->setText(tr("Removing the override…"));
    updateActions();
    m_data.removeOverride(m_schedule->id, id);
}

void OverridePanel::finished(bool ok, const QString &message)
{
    const Pending pending = std::exchange(m_pending, Pending::None);
    if (pending == Pending::None) {
        return; // another view's request
    }
    if (pending == Pending::Add) {
        if (ok) {
            m_message->setText(tr("Override added."));
            if (m_dialog) {
                m_dialog->accept();
            }
        } else {
            m_message->setText(tr("Could not add the override: %1").arg(message));
            if (m_dialog) {
                m_dialog->setBusy(false);
                m_dialog->showError(message);
            }
        }
    } else {
        m_message->setText(ok ? tr("Override removed.")
                              : tr("Could not remove the override: %1").arg(message));
    }
    updateActions();
}

void OverridePanel::updateActions()
{
    const bool idle = m_editable && m_pending == Pending::None;
    const QListWidgetItem *item = m_list->currentItem();
    const bool removable = item && item->data(OverrideIdRole).toLongLong() > 0;
    m_addAction->setEnabled(idle && m_schedule.has_value());
    m_add->setEnabled(m_addAction->isEnabled());
    m_removeAction->setEnabled(idle && removable);
    m_remove->setEnabled(m_removeAction->isEnabled());
}

} // namespace deskside::ui
