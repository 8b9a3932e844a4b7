#include "oncall/TargetResolver.h"

#include "ServerContext.h"
#include "db/Database.h"
#include "oncall/ScheduleStore.h"

using namespace Qt::StringLiterals;
using deskside::oncall::Target;

namespace deskside::server {

namespace {

// The role a team name stands for, or empty for an unknown team.
QString teamRole(const QString &team)
{
    static const QHash<QString, QString> roles{{u"specialists"_s, u"specialist"_s},
                                               {u"managers"_s, u"manager"_s},
                                               {u"admins"_s, u"admin"_s}};
    return roles.value(team);
}

} // namespace

Result<QStringList> TargetResolver::people(const Target &target, const QDateTime &at) const
{
    switch (target.kind) {
    case Target::Kind::User:
        return logins(u"login = ?"_s, {target.id});
    case Target::Kind::Schedule: {
        auto person = m_context.schedules->whoAt(target.id, at);
        if (!person) {
            return person.error();
        }
        if (person.value().isEmpty()) {
            return QStringList();
        }
        return logins(u"login = ?"_s, {person.value()});
    }
    case Target::Kind::Team: {
        const QString role = teamRole(target.id);
        return role.isEmpty() ? Result<QStringList>(QStringList()) : logins(u"role = ?"_s, {role});
    }
    case Target::Kind::Everyone:
        return logins(u"1 = 1"_s, {});
    }
    return QStringList();
}

Result<QStringList> TargetResolver::logins(const QString &where, const QVariantList &binds) const
{
    auto query = m_context.db->exec(u"SELECT login FROM users WHERE role <> 'customer'"
                                    " AND disabled = 0 AND "_s +
                                        where + u" ORDER BY login"_s,
                                    binds);
    if (!query) {
        return query.error();
    }
    QStringList found;
    while (query.value().next()) {
        found.append(query.value().value(0).toString());
    }
    return found;
}

} // namespace deskside::server
