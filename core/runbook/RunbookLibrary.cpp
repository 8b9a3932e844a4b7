#include "runbook/RunbookLibrary.h"

#include "base/Logging.h"
#include "oncall/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

// Outside any namespace, as Q_INIT_RESOURCE requires: DesksideCore is a static
// library, so its resources are registered on first use.
static void initDefaultRunbooks()
{
    Q_INIT_RESOURCE(runbooks);
}

namespace deskside::runbook {

using oncall::JsonReader;
using oncall::Severity;

Result<RunbookLibrary> RunbookLibrary::fromJson(const QByteArray &json, const QString &sourceName)
{
    const JsonReader reader(sourceName, u"bad_runbook"_s);
    const auto top = reader.parseObject(json);
    if (!top) {
        return top.error();
    }
    const auto list = reader.array(*top, {}, u"runbooks"_s);
    if (!list) {
        return list.error();
    }
    RunbookLibrary library;
    for (int i = 0; i < list->size(); ++i) {
        const QString where = u"runbooks[%1]"_s.arg(i);
        const auto element = reader.element(*list, u"runbooks"_s, i);
        if (!element) {
            return element.error();
        }
        const auto runbook = Runbook::fromJson(reader, *element, where);
        if (!runbook) {
            return runbook.error();
        }
        if (const Status added = library.add(*runbook); !added) {
            return reader.error(u"%1: %2"_s.arg(where, added.error().message));
        }
    }
    return library;
}

Result<RunbookLibrary> RunbookLibrary::loadFile(const QString &path)
{
    const auto bytes = JsonReader::readFile(path);
    if (!bytes) {
        return bytes.error();
    }
    return fromJson(*bytes, path);
}

RunbookLibrary RunbookLibrary::defaults()
{
    initDefaultRunbooks();
    const auto library = loadFile(u":/deskside/runbook/default-runbooks.json"_s);
    if (!library) {
        qCWarning(lcCore) << "The built-in runbooks cannot be loaded:" << library.error().message;
        return {};
    }
    return library.value();
}

QByteArray RunbookLibrary::toJson() const
{
    QJsonArray list;
    for (const Runbook &runbook : m_runbooks) {
        list.append(runbook.toJson());
    }
    return QJsonDocument(QJsonObject{{u"runbooks"_s, list}}).toJson(QJsonDocument::Indented);
}

Status RunbookLibrary::add(const Runbook &runbook)
{
    if (const Status valid = runbook.validate(); !valid) {
        return valid;
    }
    const bool taken = std::any_of(m_runbooks.cbegin(), m_runbooks.cend(), [&](const Runbook &r) {
        return r.type == runbook.type && r.level == runbook.level;
    });
    if (taken) {
        return makeError(u"duplicate_runbook"_s,
                         u"There is already a runbook for %1 at level %2."_s.arg(
                             runbook.type, oncall::severityName(runbook.level)));
    }
    m_runbooks.append(runbook);
    return {};
}

std::optional<Runbook> RunbookLibrary::find(const QString &type, Severity level) const
{
    const Runbook *best = nullptr;
    for (const Runbook &runbook : m_runbooks) {
        if (runbook.type == type && runbook.level <= level &&
            (!best || runbook.level > best->level)) {
            best = &runbook;
        }
    }
    return best ? std::optional<Runbook>(*best) : std::nullopt;
}

QList<Runbook> RunbookLibrary::forSeverity(Severity level) const
{
    QList<Runbook> result;
    for (const QString &type : types()) {
        if (auto runbook = find(type, level)) {
            result.append(std::move(*runbook));
        }
    }
    return result;
}

QStringList RunbookLibrary::types() const
{
    QStringList result;
    for (const Runbook &runbook : m_runbooks) {
        if (!result.contains(runbook.type)) {
            result.append(runbook.type);
        }
    }
    result.sort();
    return result;
}

} // namespace deskside::runbook
