#include "api/JsonReader.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace deskside::api {

Result<JsonReader> JsonReader::parse(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        return makeError(u"json"_s,
                         u"the body is not valid JSON (%1 at offset %2)"_s.arg(error.errorString())
                             .arg(error.offset));
    }
    if (!document.isObject()) {
        return makeError(u"json"_s, u"the body must be a JSON object"_s);
    }
    return JsonReader(document.object());
}

bool JsonReader::has(const QString &field) const
{
    return m_object.contains(field) && !m_object.value(field).isNull();
}

Result<QString> JsonReader::optionalString(const QString &field, qsizetype maxLength) const
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull()) {
        return QString();
    }
    if (!value.isString()) {
        return makeError(field, u"'%1' must be a string"_s.arg(field));
    }
    const QString text = value.toString().trimmed();
    if (text.size() > maxLength) {
        return makeError(field, u"'%1' is longer than %2 characters"_s.arg(field).arg(maxLength));
    }
    return text;
}

Result<QString> JsonReader::requiredString(const QString &field, qsizetype maxLength) const
{
    if (!has(field)) {
        return makeError(field, u"'%1' is required"_s.arg(field));
    }
    auto text = optionalString(field, maxLength);
    if (text && text.value().isEmpty()) {
        return makeError(field, u"'%1' must not be blank"_s.arg(field));
    }
    return text;
}

Result<qint64> JsonReader::requiredInteger(const QString &field, qint64 min, qint64 max) const
{
    const QJsonValue value = m_object.value(field);
    if (!value.isDouble()) {
        return makeError(field, u"'%1' must be a number"_s.arg(field));
    }
    const double number = value.toDouble();
    if (number != double(qint64(number)) || number < double(min) || number > double(max)) {
        return makeError(
            field, u"'%1' must be a whole number from %2 to %3"_s.arg(field).arg(min).arg(max));
    }
    return qint64(number);
}

} // namespace deskside::api
