#pragma once

#include "base/Result.h"

#include <QJsonObject>

#include <optional>

namespace deskside::api {

// Reads fields of one JSON object with errors that name the field: the error code is
// the field name, the message says what is wrong with it.
class JsonReader
{
public:
    // Parses bytes that must hold one JSON object.
    static Result<JsonReader> parse(const QByteArray &bytes);
    explicit JsonReader(QJsonObject object)
        : m_object(std::move(object))
    {}

    // A present, non-blank string of at most maxLength characters (trimmed).
    Result<QString> requiredString(const QString &field, qsizetype maxLength = 10000) const;
    // Absent or null → empty; otherwise like requiredString but may be blank.
    Result<QString> optionalString(const QString &field, qsizetype maxLength = 10000) const;
    Result<qint64> requiredInteger(const QString &field, qint64 min, qint64 max) const;
    bool has(const QString &field) const;
    const QJsonObject &object() const { return m_object; }

private:
    QJsonObject m_object;
};

} // namespace deskside::api
