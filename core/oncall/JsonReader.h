#pragma once

#include "base/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace deskside::oncall {

// Reads a JSON file field by field. Every error is one sentence that names the
// source (usually the file) and the field: "primary.json: rotation.members is missing".
// Shared by the schedule, escalation policy and runbook formats.
class JsonReader
{
public:
    // `errorCode` is the Error::code of every problem found (e.g. "bad_schedule").
    JsonReader(QString sourceName, QString errorCode);

    const QString &sourceName() const { return m_source; }

    // The bytes of a file, or an error naming it.
    static Result<QByteArray> readFile(const QString &path);

    // The top-level object of a document.
    Result<QJsonObject> parseObject(const QByteArray &bytes) const;

    // "<source>: <problem>".
    Error error(const QString &problem) const;

    // "where.key" or "key" at the top level.
    static QString field(const QString &where, const QString &key);

    // A required, non-empty string.
    Result<QString> string(const QJsonObject &object, const QString &where,
                           const QString &key) const;
    // A string that may be absent (then `fallback`).
    Result<QString> optionalString(const QJsonObject &object, const QString &where,
                                   const QString &key, const QString &fallback = {}) const;
    // A required array of non-empty strings, at least `minimum` of them.
    Result<QStringList> strings(const QJsonObject &object, const QString &where, const QString &key,
                                int minimum) const;
    // A whole number of at least `minimum`; when absent, `fallback` or an error.
    Result<int> integer(const QJsonObject &object, const QString &where, const QString &key,
                        int minimum, std::optional<int> fallback = std::nullopt) const;
    Result<QJsonArray> array(const QJsonObject &object, const QString &where,
                             const QString &key) const;
    Result<QJsonObject> object(const QJsonObject &object, const QString &where,
                               const QString &key) const;
    // Element `index` of an array, which must be an object.
    Result<QJsonObject> element(const QJsonArray &array, const QString &where, int index) const;

    // The error of the first failed result, in argument order.
    template<typename... Ts> static std::optional<Error> firstError(const Result<Ts> &...results)
    {
        std::optional<Error> found;
        ((found || results.ok() || (found = results.error(), true)), ...);
        return found;
    }

private:
    Error missing(const QString &name) const;

    QString m_source;
    QString m_code;
};

} // namespace deskside::oncall
