#include "QueueText.h"

#include "sla/SlaText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace deskside::ui::queuetext {

namespace {

constexpr qint64 minute = 60;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("deskside::ui::QueueText", text, nullptr, n);
}

} // namespace

QString businessDuration(qint64 seconds)
{
    const qint64 minutes = qAbs(seconds) / minute;
    if (minutes < 60) {
        return tr("%1m").arg(minutes);
    }
    return tr("%1h %2m").arg(minutes / 60).arg(int(minutes % 60), 2, 10, QChar(u'0'));
}

QString countdown(const QueueSla &sla)
{
    switch (sla.state) {
    case QueueSla::State::None:
        return {};
    case QueueSla::State::Paused:
        return tr("paused");
    case QueueSla::State::Breached:
        return tr("overdue %1").arg(businessDuration(sla.remainingSeconds));
    case QueueSla::State::OnTrack:
    case QueueSla::State::Warning:
        break;
    }
    return tr("%1 left").arg(businessDuration(sla.remainingSeconds));
}

QString countdownDetail(const QueueSla &sla, const QTimeZone &zone)
{
    if (sla.state == QueueSla::State::None) {
        return tr("No SLA target is running.");
    }
    const QString due = sla::text::localTime(sla.dueUtc, zone);
    const bool respond = sla.target == sla::SlaTarget::Respond;
    switch (sla.state) {
    case QueueSla::State::Paused:
        return tr("Paused: the resolution clock stands still while waiting on the customer.");
    case QueueSla::State::Breached:
        return (respond
                    ? tr("Breached: the response was due %1; overdue by %2 of business time.")
                    : tr("Breached: the resolution was due %1; overdue by %2 of business time."))
            .arg(due, businessDuration(sla.remainingSeconds));
    case QueueSla::State::None:
    case QueueSla::State::OnTrack:
    case QueueSla::State::Warning:
        break;
    }
    const QString state = QueueSla::displayName(sla.state);
    return (respond ? tr("%1: response due %2, %3 of business time left.")
                    : tr("%1: resolution due %2, %3 of business time left."))
        .arg(state, due, businessDuration(sla.remainingSeconds));
}

QString age(qint64 seconds)
{
    if (seconds < minute) {
        return tr("just now");
    }
    if (seconds < hour) {
        return tr("%n min ago", int(seconds / minute));
    }
    if (seconds < day) {
        return tr("%n h ago", int(seconds / hour));
    }
    const int days = int(seconds / day);
    return days == 1 ? tr("yesterday") : tr("%n days ago", days);
}

} // namespace deskside::ui::queuetext
