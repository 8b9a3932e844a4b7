#include "alerts/OverrideDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace deskside::ui {

namespace {

const QString wallFormat = u"ddd yyyy-MM-dd HH:mm"_s;

QString zoneName(const QTimeZone &zone)
{
    return QString::fromUtf8(zone.id());
}

QLabel *messageLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

OverrideDialog::OverrideDialog(const ScheduleDetails &schedule, const QDateTime &now,
                               QWidget *parent)
    : QDialog(parent)
    , m_scheduleId(schedule.id)
    , m_zone(schedule.zone.isValid() ? schedule.zone : QTimeZone::utc())
{
    setObjectName(u"overrideDialog"_s);
    setWindowTitle(tr("Add an override to %1").arg(schedule.name));
    m_person = new QComboBox(this);
    m_person->setObjectName(u"overridePerson"_s);
    m_person->setEditable(true);
    m_person->setInsertPolicy(QComboBox::NoInsert);
    m_person->addItems(schedule.members);
    m_from = timeEdit(u"overrideFrom"_s);
    m_to = timeEdit(u"overrideTo"_s);
    m_localTimes = messageLabel(u"overrideLocalTimes"_s, this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"overrideReason"_s);
    m_reason->setPlaceholderText(tr("Swap with priya, sick cover, …"));
    m_problem = messageLabel(u"overrideProblem"_s, this);
    m_error = messageLabel(u"overrideError"_s, this);
    m_error->setStyleSheet(u"color: #b00020;"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Who covers:"), m_person);
    form->addRow(tr("&From (%1):").arg(zoneName(m_zone)), m_from);
    form->addRow(tr("&To (%1):").arg(zoneName(m_zone)), m_to);
    form->addRow(QString(), m_localTimes);
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_confirm = buttons->button(QDialogButtonBox::Ok);
    m_confirm->setText(tr("Add override"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canConfirm() && !m_busy) {
            m_error->clear();
            Q_EMIT submitted();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_person, &QComboBox::currentTextChanged, this, &OverrideDialog::validate);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &OverrideDialog::validate);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &OverrideDialog::validate);
    connect(m_reason, &QLineEdit::textChanged, this, &OverrideDialog::validate);
    const auto [from, to] = defaultPeriod(schedule, now);
    setPeriod(from, to);
    m_reason->setFocus();
    validate();
}

QDateTimeEdit *OverrideDialog::timeEdit(const QString &name)
{
    auto *edit = new QDateTimeEdit(this);
    edit->setObjectName(name);
    edit->setDisplayFormat(wallFormat);
    edit->setCalendarPopup(true);
    // The edit holds the schedule's wall time as if it were UTC, so that the text is
    // the schedule's local time whatever this machine's zone is.
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    edit->setTimeZone(QTimeZone::utc());
#else
    edit->setTimeSpec(Qt::UTC);
#endif
    return edit;
}

QDateTime OverrideDialog::instantOf(const QDateTimeEdit *edit) const
{
    const QDateTime wall = edit->dateTime();
    return QDateTime(wall.date(), wall.time(), m_zone).toUTC();
}

void OverrideDialog::setEditTime(QDateTimeEdit *edit, const QDateTime &instant)
{
    const QDateTime wall = instant.toTimeZone(m_zone);
    edit->setDateTime(QDateTime(wall.date(), wall.time(), QTimeZone::utc()));
}

QString OverrideDialog::person() const
{
    return m_person->currentText().trimmed();
}

void OverrideDialog::setPerson(const QString &person)
{
    m_person->setCurrentText(person);
}

QDateTime OverrideDialog::from() const
{
    return instantOf(m_from);
}

QDateTime OverrideDialog::to() const
{
    return instantOf(m_to);
}

void OverrideDialog::setPeriod(const QDateTime &from, const QDateTime &to)
{
    setEditTime(m_from, from);
    setEditTime(m_to, to);
}

QString OverrideDialog::reason() const
{
    return m_reason->text().trimmed();
}

void OverrideDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

bool OverrideDialog::canConfirm() const
{
    return !person().isEmpty() && !reason().isEmpty() && from() < to();
}

void OverrideDialog::setBusy(bool busy)
{
    m_busy = busy;
    validate();
}

void OverrideDialog::showError(const QString &message)
{
    m_error->setText(message);
}

QString OverrideDialog::errorText() const
{
    return m_error->text();
}

std::pair<QDateTime, QDateTime> OverrideDialog::defaultPeriod(const ScheduleDetails &schedule,
                                                              const QDateTime &now)
{
    if (schedule.rotation) {
        const QDateTime from = schedule.rotation->nextHandoff(now);
        const QDateTime to = schedule.rotation->nextHandoff(from);
        if (from.isValid() && to.isValid() && from < to) {
            return {from, to};
        }
    }
    // The next full hour, for a day.
    const qint64 hour = 3600;
    const QDateTime from =
        QDateTime::fromSecsSinceEpoch((now.toSecsSinceEpoch() / hour + 1) * hour, QTimeZone::utc());
    return {from, from.addDays(1)};
}

QString OverrideDialog::periodText(const QDateTime &from, const QDateTime &to,
                                   const QTimeZone &zone)
{
    const QString there = tr("%1 – %2 %3")
                              .arg(from.toTimeZone(zone).toString(wallFormat),
                                   to.toTimeZone(zone).toString(wallFormat), zoneName(zone));
    const QString localFrom = from.toLocalTime().toString(wallFormat);
    const QString localTo = to.toLocalTime().toString(wallFormat);
    if (localFrom == from.toTimeZone(zone).toString(wallFormat) &&
        localTo == to.toTimeZone(zone).toString(wallFormat)) {
        return there;
    }
    return tr("%1 (your time: %2 – %3)").arg(there, localFrom, localTo);
}

void OverrideDialog::validate()
{
    const QDateTime start = from();
    const QDateTime end = to();
    m_localTimes->setText(start < end ? periodText(start, end, m_zone) : QString());
    QString problem;
    if (!(start < end)) {
        problem = tr("The override must end after it starts.");
    } else if (person().isEmpty()) {
        problem = tr("Name who covers.");
    } else if (reason().isEmpty()) {
        problem = tr("Give a reason: it is shown to everyone who looks at the schedule.");
    }
    m_problem->setText(problem);
    m_confirm->setEnabled(problem.isEmpty() && !m_busy);
    m_person->setEnabled(!m_busy);
    m_from->setEnabled(!m_busy);
    m_to->setEnabled(!m_busy);
    m_reason->setReadOnly(m_busy);
}

} // namespace deskside::ui
