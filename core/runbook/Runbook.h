#pragma once

#include "base/Result.h"
#include "oncall/Severity.h"

#include <QJsonObject>
#include <QStringList>

namespace deskside::oncall {
class JsonReader;
}

namespace deskside::runbook {

// What to do for one known kind of issue at one level: the procedure, whom to
// contact and how to communicate. Shown with an alert.
struct Runbook
{
    QString type; // e.g. "customer_down", "system_outage", "catastrophic_event"
    oncall::Severity level = oncall::Severity::Minor;
    QString title;
    QStringList steps;
    QStringList contacts;  // roles or teams
    QString communication; // the communication plan

    // A type made of lower-case letters, digits and underscores, a title and at least one step.
    Status validate() const;

    // {"type", "level", "title", "steps", "contacts", "communication"}.
    QJsonObject toJson() const;
    // Reads one entry; `where` names it in errors ("runbooks[2]").
    static Result<Runbook> fromJson(const oncall::JsonReader &reader, const QJsonObject &object,
                                    const QString &where);

    friend bool operator==(const Runbook &, const Runbook &) = default;
};

} // namespace deskside::runbook
