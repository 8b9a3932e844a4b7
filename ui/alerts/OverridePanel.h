#pragma once

#include "alerts/ScheduleModel.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;

namespace deskside {
class Clock;
}

namespace deskside::ui {

class DeskData;
class OverrideDialog;

// The overrides of the On-call page's selected schedule: who covers when (in the
// schedule's zone and the person's own), why and who made it. Managers add one through
// an OverrideDialog ("Add override…", Ctrl+Shift+O) and remove the selected one
// ("Remove override", Delete in the list); the changes go to the server at once.
class OverridePanel : public QWidget
{
    Q_OBJECT

public:
    OverridePanel(DeskData &data, const Clock &clock, QWidget *parent = nullptr);

    // The schedule whose overrides are shown; none: nothing is selected.
    void setSchedule(const std::optional<ScheduleDetails> &schedule);
    // Shows the add and remove buttons (managers); the server decides in the end.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *messageLabel() const { return m_message; }
    // Ctrl+Shift+O: the page adds it to itself so that it works anywhere on the page.
    QAction *addOverrideAction() const { return m_addAction; }
    // The dialog while it is open.
    OverrideDialog *dialog() const;

    // Opens the dialog for the selected schedule.
    void addOverride();
    // Removes the selected override.
    void removeSelected();

    // The override id an item of list() stands for.
    static constexpr int OverrideIdRole = Qt::UserRole + 1;

private:
    enum class Pending
    {
        None,
        Add,
        Remove
    };

    void sendDialog();
    void finished(bool ok, const QString &message);
    void updateActions();

    DeskData &m_data;
    const Clock &m_clock;
    std::optional<ScheduleDetails> m_schedule;
    bool m_editable = false;
    Pending m_pending = Pending::None;
    QPointer<OverrideDialog> m_dialog;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_removeAction = nullptr;
};

} // namespace deskside::ui
