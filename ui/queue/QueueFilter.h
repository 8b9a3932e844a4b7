#pragma once

#include "QueueContext.h"
#include "QueueSla.h"
#include "base/Result.h"
#include "sync/QueueRow.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>

#include <optional>

namespace deskside::ui {

// A custom saved view: a name and criteria, all of which must hold. Empty criteria
// match everything; with no statuses chosen only open tickets match.
struct QueueFilter
{
    Q_DECLARE_TR_FUNCTIONS(QueueFilter)

public:
    enum class Assignee
    {
        Anyone,
        Me,
        Unassigned,
        Login // assigneeLogin
    };

    QString name;
    QString text; // as the search box: id, subject, requester, assignee
    QList<ticket::Priority> priorities;
    QList<ticket::TicketStatus> statuses;
    Assignee assignee = Assignee::Anyone;
    QString assigneeLogin;
    std::optional<QueueSla::State> slaState;

    bool needsSla() const { return slaState.has_value(); }
    // sla is the row's QueueSla at context.nowUtc (only read when needsSla()).
    bool matches(const sync::QueueRow &row, const QueueContext &context, const QueueSla &sla) const;
    bool matches(const sync::QueueRow &row, const QueueContext &context) const;

    // Search as you type: the needle in the id ("#42" or "42"), subject, requester name
    // or e-mail, or assignee, case-insensitively. An empty needle matches every row.
    static bool matchesText(const sync::QueueRow &row, QStringView needle);
    // Logins compare case-insensitively; an empty login is nobody.
    static bool isAssignedTo(const sync::QueueRow &row, const QString &login);

    QJsonObject toJson() const;
    static Result<QueueFilter> fromJson(const QJsonObject &json);

    friend bool operator==(const QueueFilter &, const QueueFilter &) = default;
};

} // namespace deskside::ui

Q_DECLARE_METATYPE(deskside::ui::QueueFilter)
