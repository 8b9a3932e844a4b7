#pragma once

#include "base/Result.h"
#include "oncall/EscalationPolicy.h"
#include "oncall/Severity.h"

#include <QMap>

namespace deskside::server {

class Database;

// Escalation policies (table escalation_policies, core EscalationPolicyJson text) and
// which policy each severity uses (severity_policies; unmapped severities use
// "default"). Without a stored "default" the built-in one applies.
class PolicyStore
{
public:
    explicit PolicyStore(Database &db)
        : m_db(db)
    {}

    // Tier 0 schedule "primary" 5 min, tier 1 schedule "secondary" 10 min, tier 2 team
    // "managers" 15 min; repeated once.
    static oncall::EscalationPolicy builtinDefault();

    // Every policy, sorted by id (the built-in default included when none is stored).
    Result<QList<oncall::EscalationPolicy>> all() const;
    // The policy with this id; the built-in default for "default"; error "not_found".
    Result<oncall::EscalationPolicy> find(const QString &id) const;
    // The policy for a severity (falls back to the default when the mapped one is gone).
    Result<oncall::EscalationPolicy> forSeverity(oncall::Severity severity) const;
    // Every severity name → policy id.
    Result<QMap<QString, QString>> severities() const;

    Status put(const oncall::EscalationPolicy &policy);
    Status mapSeverity(oncall::Severity severity, const QString &policyId);

private:
    Database &m_db;
};

} // namespace deskside::server
