#pragma once

#include "base/Result.h"
#include "oncall/EscalationTarget.h"

#include <QDateTime>
#include <QStringList>

namespace deskside::server {

struct ServerContext;

// Whom an escalation target reaches at a time: a user is themself (when enabled), a
// schedule whoever is on call then (overrides included), the teams "specialists",
// "managers" and "admins" the enabled users with that role, and everyone all enabled
// staff. Only enabled staff are ever paged.
class TargetResolver
{
public:
    explicit TargetResolver(const ServerContext &context)
        : m_context(context)
    {}

    Result<QStringList> people(const oncall::Target &target, const QDateTime &at) const;

private:
    Result<QStringList> logins(const QString &where, const QVariantList &binds) const;

    const ServerContext &m_context;
};

} // namespace deskside::server
