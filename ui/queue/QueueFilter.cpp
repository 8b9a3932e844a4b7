#include "QueueFilter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace deskside::ui {

namespace {

const QString assigneeNames[] = {u"anyone"_s, u"me"_s, u"unassigned"_s, u"login"_s};

bool containsId(qint64 id, QStringView needle)
{
    if (needle.startsWith(u'#')) {
        needle = needle.mid(1);
    }
    if (needle.isEmpty() || !needle.front().isDigit()) {
        return false;
    }
    return QString::number(id).contains(needle);
}

Error badFilter(const QString &message)
{
    return Error{u"bad_filter"_s, message};
}

} // namespace

bool QueueFilter::matchesText(const sync::QueueRow &row, QStringView needle)
{
    if (needle.isEmpty()) {
        return true;
    }
    const auto has = [needle](const QString &field) {
        return field.contains(needle, Qt::CaseInsensitive);
    };
    return has(row.subject) || has(row.requesterName) || has(row.requesterEmail) ||
           has(row.assignee) || containsId(row.id, needle);
}

bool QueueFilter::isAssignedTo(const sync::QueueRow &row, const QString &login)
{
    return !login.isEmpty() && row.assignee.compare(login, Qt::CaseInsensitive) == 0;
}

bool QueueFilter::matches(const sync::QueueRow &row, const QueueContext &context) const
{
    const QueueSla sla =
        needsSla() ? QueueSla::evaluate(row, context.nowUtc, context.slaClock) : QueueSla{};
    return matches(row, context, sla);
}

bool QueueFilter::matches(const sync::QueueRow &row, const QueueContext &context,
                          const QueueSla &sla) const
{
    if (statuses.isEmpty() ? !ticket::isOpenStatus(row.status) : !statuses.contains(row.status)) {
        return false;
    }
    if (!priorities.isEmpty() && !priorities.contains(row.priority)) {
        return false;
    }
    switch (assignee) {
    case Assignee::Anyone:
        break;
    case Assignee::Me:
        if (!isAssignedTo(row, context.myLogin)) {
            return false;
        }
        break;
    case Assignee::Unassigned:
        if (!row.assignee.isEmpty()) {
            return false;
        }
        break;
    case Assignee::Login:
        if (!isAssignedTo(row, assigneeLogin)) {
            return false;
        }
        break;
    }
    if (slaState && sla.state != *slaState) {
        return false;
    }
    return matchesText(row, text);
}

QJsonObject QueueFilter::toJson() const
{
    QJsonArray priorityList;
    for (ticket::Priority priority : priorities) {
        priorityList.append(ticket::toWire(priority));
    }
    QJsonArray statusList;
    for (ticket::TicketStatus status : statuses) {
        statusList.append(ticket::toWire(status));
    }
    QJsonObject json{{u"name"_s, name},
                     {u"text"_s, text},
                     {u"priorities"_s, priorityList},
                     {u"statuses"_s, statusList},
                     {u"assignee"_s, assigneeNames[int(assignee)]}};
    if (assignee == Assignee::Login) {
        json.insert(u"assigneeLogin"_s, assigneeLogin);
    }
    if (slaState) {
        json.insert(u"sla"_s, QueueSla::toWire(*slaState));
    }
    return json;
}

Result<QueueFilter> QueueFilter::fromJson(const QJsonObject &json)
{
    QueueFilter filter;
    filter.name = json.value(u"name"_s).toString().trimmed();
    if (filter.name.isEmpty()) {
        return badFilter(tr("A saved filter needs a name."));
    }
    filter.text = json.value(u"text"_s).toString();
    const QJsonArray priorityList = json.value(u"priorities"_s).toArray();
    for (const QJsonValue &value : priorityList) {
        const auto priority = ticket::priorityFromWire(value.toString());
        if (!priority) {
            return badFilter(tr("The filter \"%1\" names an unknown priority \"%2\".")
                                 .arg(filter.name, value.toString()));
        }
        filter.priorities.append(*priority);
    }
    const QJsonArray statusList = json.value(u"statuses"_s).toArray();
    for (const QJsonValue &value : statusList) {
        const auto status = ticket::statusFromWire(value.toString());
        if (!status) {
            return badFilter(tr("The filter \"%1\" names an unknown status \"%2\".")
                                 .arg(filter.name, value.toString()));
        }
        filter.statuses.append(*status);
    }
    const QString assignee = json.value(u"assignee"_s).toString(u"anyone"_s);
    const auto *found = std::find(std::begin(assigneeNames), std::end(assigneeNames), assignee);
    if (found == std::end(assigneeNames)) {
        return badFilter(tr("The filter \"%1\" has an unknown assignee choice \"%2\".")
                             .arg(filter.name, assignee));
    }
    filter.assignee = Assignee(found - std::begin(assigneeNames));
    filter.assigneeLogin = json.value(u"assigneeLogin"_s).toString();
    if (filter.assignee == Assignee::Login && filter.assigneeLogin.isEmpty()) {
        return badFilter(tr("The filter \"%1\" names no assignee login.").arg(filter.name));
    }
    if (json.contains(u"sla"_s)) {
        const QString sla = json.value(u"sla"_s).toString();
        filter.slaState = QueueSla::stateFromWire(sla);
        if (!filter.slaState) {
            return badFilter(
                tr("The filter \"%1\" has an unknown SLA state \"%2\".").arg(filter.name, sla));
        }
    }
    return filter;
}

} // namespace deskside::ui
