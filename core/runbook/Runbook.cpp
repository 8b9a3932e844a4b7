#include "runbook/Runbook.h"

#include "oncall/JsonReader.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace deskside::runbook {

namespace {

bool isTypeId(const QString &type)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_]*$"_s);
    return pattern.match(type).hasMatch();
}

} // namespace

Status Runbook::validate() const
{
    if (!isTypeId(type)) {
        return makeError(u"bad_runbook"_s,
                         u"The issue type '%1' must use lower-case letters, digits and "
                         "underscores, such as customer_down."_s.arg(type));
    }
    if (title.trimmed().isEmpty()) {
        return makeError(u"bad_runbook"_s, u"A runbook needs a title."_s);
    }
    if (steps.isEmpty()) {
        return makeError(u"bad_runbook"_s, u"A runbook needs at least one procedure step."_s);
    }
    return {};
}

QJsonObject Runbook::toJson() const
{
    return QJsonObject{{u"type"_s, type},
                       {u"level"_s, oncall::severityName(level)},
                       {u"title"_s, title},
                       {u"steps"_s, QJsonArray::fromStringList(steps)},
                       {u"contacts"_s, QJsonArray::fromStringList(contacts)},
                       {u"communication"_s, communication}};
}

Result<Runbook> Runbook::fromJson(const oncall::JsonReader &reader, const QJsonObject &object,
                                  const QString &where)
{
    const auto type = reader.string(object, where, u"type"_s);
    const auto levelName = reader.string(object, where, u"level"_s);
    const auto title = reader.string(object, where, u"title"_s);
    const auto steps = reader.strings(object, where, u"steps"_s, 1);
    const auto contacts = reader.strings(object, where, u"contacts"_s, 0);
    const auto communication = reader.string(object, where, u"communication"_s);
    if (const auto problem = oncall::JsonReader::firstError(type, levelName, title, steps, contacts,
                                                            communication)) {
        return *problem;
    }
    const auto level = oncall::severityFromName(*levelName);
    if (!level) {
        return reader.error(u"%1.level '%2' is not one of %3"_s.arg(
            where, *levelName, oncall::severityNames().join(u", "_s)));
    }
    Runbook runbook{*type, *level, *title, *steps, *contacts, *communication};
    if (const Status valid = runbook.validate(); !valid) {
        return reader.error(u"%1: %2"_s.arg(where, valid.error().message));
    }
    return runbook;
}

} // namespace deskside::runbook
