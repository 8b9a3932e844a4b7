#include "oncall/EscalationPolicyJson.h"

#include "oncall/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace deskside::oncall {

namespace {

constexpr Target::Kind kinds[] = {Target::Kind::User, Target::Kind::Schedule, Target::Kind::Team,
                                  Target::Kind::Everyone};

Result<Target> targetFromJson(const JsonReader &reader, const QJsonObject &object,
                              const QString &where)
{
    std::optional<Target::Kind> found;
    for (const Target::Kind kind : kinds) {
        if (object.contains(targetKindName(kind))) {
            if (found) {
                found.reset();
                break;
            }
            found = kind;
        }
    }
    if (!found || object.size() != 1) {
        return reader.error(
            u"%1 must name exactly one of user, schedule, team or everyone"_s.arg(where));
    }
    if (*found == Target::Kind::Everyone) {
        if (object.value(u"everyone"_s) != QJsonValue(true)) {
            return reader.error(u"%1.everyone must be true"_s.arg(where));
        }
        return Target::everyone();
    }
    const auto id = reader.string(object, where, targetKindName(*found));
    if (!id) {
        return id.error();
    }
    return Target{*found, *id};
}

Result<EscalationPolicy::Tier> tierFromJson(const JsonReader &reader, const QJsonObject &object,
                                            const QString &where)
{
    const auto wait = reader.integer(object, where, u"wait_minutes"_s, 0);
    const auto targets = reader.array(object, where, u"targets"_s);
    if (const auto problem = JsonReader::firstError(wait, targets)) {
        return *problem;
    }
    const QString listName = JsonReader::field(where, u"targets"_s);
    if (targets->isEmpty()) {
        return reader.error(u"%1 must list at least one target"_s.arg(listName));
    }
    EscalationPolicy::Tier tier;
    tier.waitMinutes = *wait;
    for (int i = 0; i < targets->size(); ++i) {
        const auto element = reader.element(*targets, listName, i);
        if (!element) {
            return element.error();
        }
        const auto target = targetFromJson(reader, *element, u"%1[%2]"_s.arg(listName).arg(i));
        if (!target) {
            return target.error();
        }
        tier.targets.append(*target);
    }
    return tier;
}

} // namespace

Result<EscalationPolicy> policyFromJson(const QByteArray &json, const QString &sourceName)
{
    const JsonReader reader(sourceName, u"bad_policy"_s);
    const auto top = reader.parseObject(json);
    if (!top) {
        return top.error();
    }
    const auto id = reader.string(*top, {}, u"id"_s);
    const auto repeat = reader.integer(*top, {}, u"repeat"_s, 0, 0);
    const auto list = reader.array(*top, {}, u"tiers"_s);
    if (const auto problem = JsonReader::firstError(id, repeat, list)) {
        return *problem;
    }
    const auto name = reader.optionalString(*top, {}, u"name"_s, *id);
    if (!name) {
        return name.error();
    }
    if (list->isEmpty()) {
        return reader.error(u"tiers must list at least one tier"_s);
    }
    QList<EscalationPolicy::Tier> tiers;
    for (int i = 0; i < list->size(); ++i) {
        const auto element = reader.element(*list, u"tiers"_s, i);
        if (!element) {
            return element.error();
        }
        const auto tier = tierFromJson(reader, *element, u"tiers[%1]"_s.arg(i));
        if (!tier) {
            return tier.error();
        }
        tiers.append(*tier);
    }
    return EscalationPolicy(*id, *name, tiers, *repeat);
}

QByteArray policyToJson(const EscalationPolicy &policy)
{
    QJsonArray tiers;
    for (const EscalationPolicy::Tier &tier : policy.tiers()) {
        QJsonArray targets;
        for (const Target &target : tier.targets) {
            const QString key = targetKindName(target.kind);
            targets.append(target.kind == Target::Kind::Everyone ? QJsonObject{{key, true}}
                                                                 : QJsonObject{{key, target.id}});
        }
        tiers.append(QJsonObject{{u"wait_minutes"_s, tier.waitMinutes}, {u"targets"_s, targets}});
    }
    const QJsonObject top{{u"id"_s, policy.id()},
                          {u"name"_s, policy.name()},
                          {u"repeat"_s, policy.repeat()},
                          {u"tiers"_s, tiers}};
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

Result<EscalationPolicy> loadPolicyFile(const QString &path)
{
    const auto bytes = JsonReader::readFile(path);
    if (!bytes) {
        return bytes.error();
    }
    return policyFromJson(*bytes, path);
}

} // namespace deskside::oncall
