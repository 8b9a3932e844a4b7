#pragma once

#include "base/Result.h"
#include "runbook/Runbook.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace deskside::runbook {

// The known scenarios (issue type × level). JSON form:
//   {"runbooks": [{"type": "customer_down", "level": "major", "title": "…",
//                  "steps": ["…"], "contacts": ["…"], "communication": "…"}]}
class RunbookLibrary
{
public:
    RunbookLibrary() = default;

    // Errors name `sourceName` and the entry: "ops.json: runbooks[1].steps is missing".
    static Result<RunbookLibrary> fromJson(const QByteArray &json, const QString &sourceName);
    static Result<RunbookLibrary> loadFile(const QString &path);
    // The default scenarios drawn from the support policy (a built-in resource).
    static RunbookLibrary defaults();

    QByteArray toJson() const;

    // Adds a new scenario; refuses an invalid one or a second runbook for the same
    // type and level.
    Status add(const Runbook &runbook);

    // The runbook for `type` at `level`, else the one at the nearest lower level of
    // the same type, else nothing.
    std::optional<Runbook> find(const QString &type, oncall::Severity level) const;
    // For every known type, the runbook find() gives at `level`, ordered by type.
    QList<Runbook> forSeverity(oncall::Severity level) const;
    // Every known issue type, sorted.
    QStringList types() const;

    const QList<Runbook> &runbooks() const { return m_runbooks; }

private:
    QList<Runbook> m_runbooks;
};

} // namespace deskside::runbook
