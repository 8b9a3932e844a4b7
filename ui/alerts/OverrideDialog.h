#pragma once

#include "alerts/ScheduleModel.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace deskside::ui {

// Asks who covers a schedule from when to when, and why. The times are entered in the
// schedule's time zone (the person's own local time is shown beside them) and default to
// the next hand-off and one period later. OK stays disabled until there is a person and a
// reason and the cover ends after it starts. The dialog stays open while the server is
// asked: a refusal is shown in it and the input is kept.
class OverrideDialog : public QDialog
{
    Q_OBJECT

public:
    OverrideDialog(const ScheduleDetails &schedule, const QDateTime &now,
                   QWidget *parent = nullptr);

    QString scheduleId() const { return m_scheduleId; }
    // Trimmed.
    QString person() const;
    void setPerson(const QString &person);
    // Instants (UTC); the edits show them in the schedule's zone.
    QDateTime from() const;
    QDateTime to() const;
    void setPeriod(const QDateTime &from, const QDateTime &to);
    // Trimmed.
    QString reason() const;
    void setReason(const QString &reason);

    bool canConfirm() const;
    // While the server is asked: the input stays, OK is disabled.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // The server's refusal, shown until the next attempt.
    void showError(const QString &message);
    QString errorText() const;

    // The default cover: the next hand-off after now and the one after it (from now to a
    // day later when the rotation is not known).
    static std::pair<QDateTime, QDateTime> defaultPeriod(const ScheduleDetails &schedule,
                                                         const QDateTime &now);
    // "Mon 2026-03-09 09:00 – Mon 2026-03-16 09:00 America/Chicago", with the person's
    // local time after it when that differs.
    static QString periodText(const QDateTime &from, const QDateTime &to, const QTimeZone &zone);

Q_SIGNALS:
    // OK with valid input: the owner sends the override and calls setBusy/showError, or
    // accept() once it is stored.
    void submitted();

private:
    QDateTimeEdit *timeEdit(const QString &name);
    QDateTime instantOf(const QDateTimeEdit *edit) const;
    void setEditTime(QDateTimeEdit *edit, const QDateTime &instant);
    void validate();

    QString m_scheduleId;
    QTimeZone m_zone;
    bool m_busy = false;
    QComboBox *m_person = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLabel *m_localTimes = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace deskside::ui
