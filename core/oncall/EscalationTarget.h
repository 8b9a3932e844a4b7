#pragma once

#include <QString>

namespace deskside::oncall {

// Whom a tier of an escalation policy notifies.
struct Target
{
    enum class Kind
    {
        User,     // one login
        Schedule, // whoever is on call in that schedule at the time
        Team,     // every member of a team
        Everyone  // all staff (id is empty)
    };

    Kind kind = Kind::User;
    QString id;

    static Target user(const QString &login) { return {Kind::User, login}; }
    static Target schedule(const QString &scheduleId) { return {Kind::Schedule, scheduleId}; }
    static Target team(const QString &teamId) { return {Kind::Team, teamId}; }
    static Target everyone() { return {Kind::Everyone, {}}; }

    // "user maria", "schedule primary", "team support-leads", "everyone".
    QString describe() const;

    friend bool operator==(const Target &, const Target &) = default;
};

// The JSON key of a kind: "user", "schedule", "team", "everyone".
QString targetKindName(Target::Kind kind);

} // namespace deskside::oncall
