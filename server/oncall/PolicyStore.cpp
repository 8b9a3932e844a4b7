#include "oncall/PolicyStore.h"

#include "db/Database.h"
#include "oncall/EscalationPolicyJson.h"

using namespace Qt::StringLiterals;
using deskside::oncall::EscalationPolicy;
using deskside::oncall::Target;

namespace deskside::server {

namespace {

const QString defaultId = u"default"_s;

} // namespace

EscalationPolicy PolicyStore::builtinDefault()
{
    return EscalationPolicy(defaultId, u"Default"_s,
                            {{{Target::schedule(u"primary"_s)}, 5},
                             {{Target::schedule(u"secondary"_s)}, 10},
                             {{Target::team(u"managers"_s)}, 15}},
                            1);
}

Result<QList<EscalationPolicy>> PolicyStore::all() const
{
    auto query = m_db.exec(u"SELECT id, definition FROM escalation_policies ORDER BY id"_s);
    if (!query) {
        return query.error();
    }
    QList<EscalationPolicy> policies;
    bool hasDefault = false;
    while (query.value().next()) {
        const QString id = query.value().value(0).toString();
        auto policy = oncall::policyFromJson(query.value().value(1).toString().toUtf8(),
                                             u"escalation policy '%1'"_s.arg(id));
        if (!policy) {
            return policy.error();
        }
        hasDefault = hasDefault || id == defaultId;
        policies.append(policy.value());
    }
    if (!hasDefault) {
        policies.append(builtinDefault());
        std::sort(policies.begin(), policies.end(),
                  [](const auto &a, const auto &b) { return a.id() < b.id(); });
    }
    return policies;
}

Result<EscalationPolicy> PolicyStore::find(const QString &id) const
{
    auto query = m_db.exec(u"SELECT definition FROM escalation_policies WHERE id = ?"_s, {id});
    if (!query) {
        return query.error();
    }
    if (query.value().next()) {
        return oncall::policyFromJson(query.value().value(0).toString().toUtf8(),
                                      u"escalation policy '%1'"_s.arg(id));
    }
    if (id == defaultId) {
        return builtinDefault();
    }
    return makeError(u"not_found"_s, u"there is no escalation policy '%1'"_s.arg(id));
}

Result<EscalationPolicy> PolicyStore::forSeverity(oncall::Severity severity) const
{
    auto mapped = severities();
    if (!mapped) {
        return mapped.error();
    }
    auto policy = find(mapped.value().value(oncall::severityName(severity), defaultId));
    if (!policy && policy.error().code == u"not_found"_s) {
        return find(defaultId);
    }
    return policy;
}

Result<QMap<QString, QString>> PolicyStore::severities() const
{
    QMap<QString, QString> mapped;
    for (const QString &name : oncall::severityNames()) {
        mapped.insert(name, defaultId);
    }
    auto query = m_db.exec(u"SELECT severity, policy FROM severity_policies"_s);
    if (!query) {
        return query.error();
    }
    while (query.value().next()) {
        mapped.insert(query.value().value(0).toString(), query.value().value(1).toString());
    }
    return mapped;
}

Status PolicyStore::put(const EscalationPolicy &policy)
{
    if (const Status valid = policy.validate(); !valid) {
        return valid;
    }
    const QString text = QString::fromUtf8(oncall::policyToJson(policy));
    auto done = m_db.exec(u"UPDATE escalation_policies SET definition = ? WHERE id = ?"_s,
                          {text, policy.id()});
    if (!done) {
        return done.error();
    }
    if (done.value().numRowsAffected() == 0) {
        done = m_db.exec(u"INSERT INTO escalation_policies (id, definition) VALUES (?, ?)"_s,
                         {policy.id(), text});
        if (!done) {
            return done.error();
        }
    }
    return {};
}

Status PolicyStore::mapSeverity(oncall::Severity severity, const QString &policyId)
{
    const QString name = oncall::severityName(severity);
    auto done = m_db.exec(u"DELETE FROM severity_policies WHERE severity = ?"_s, {name});
    if (done) {
        done = m_db.exec(u"INSERT INTO severity_policies (severity, policy) VALUES (?, ?)"_s,
                         {name, policyId});
    }
    if (!done) {
        return done.error();
    }
    return {};
}

} // namespace deskside::server
