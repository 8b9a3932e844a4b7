#include "oncall/JsonReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace deskside::oncall {

JsonReader::JsonReader(QString sourceName, QString errorCode)
    : m_source(std::move(sourceName))
    , m_code(std::move(errorCode))
{}

Result<QByteArray> JsonReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(u"cannot_read"_s,
                         u"%1: cannot be read (%2)"_s.arg(path, file.errorString()));
    }
    return file.readAll();
}

Error JsonReader::error(const QString &problem) const
{
    return makeError(m_code, u"%1: %2"_s.arg(m_source, problem));
}

Error JsonReader::missing(const QString &name) const
{
    return error(u"%1 is missing"_s.arg(name));
}

QString JsonReader::field(const QString &where, const QString &key)
{
    return where.isEmpty() ? key : where + u'.' + key;
}

Result<QJsonObject> JsonReader::parseObject(const QByteArray &bytes) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return error(u"is not valid JSON (%1 at offset %2)"_s.arg(parseError.errorString())
                         .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return error(u"must contain a JSON object"_s);
    }
    return document.object();
}

Result<QString> JsonReader::string(const QJsonObject &object, const QString &where,
                                   const QString &key) const
{
    const QString name = field(where, key);
    if (!object.contains(key)) {
        return missing(name);
    }
    if (!object.value(key).isString() || object.value(key).toString().trimmed().isEmpty()) {
        return error(u"%1 must be a non-empty string"_s.arg(name));
    }
    return object.value(key).toString().trimmed();
}

Result<QString> JsonReader::optionalString(const QJsonObject &object, const QString &where,
                                           const QString &key, const QString &fallback) const
{
    if (!object.contains(key)) {
        return fallback;
    }
    if (!object.value(key).isString()) {
        return error(u"%1 must be a string"_s.arg(field(where, key)));
    }
    return object.value(key).toString();
}

Result<QStringList> JsonReader::strings(const QJsonObject &object, const QString &where,
                                        const QString &key, int minimum) const
{
    const auto values = array(object, where, key);
    if (!values) {
        return values.error();
    }
    const QString name = field(where, key);
    QStringList result;
    for (const QJsonValue &value : values.value()) {
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            return error(u"%1 must contain only non-empty strings"_s.arg(name));
        }
        result.append(value.toString().trimmed());
    }
    if (result.size() < minimum) {
        const QString count = minimum == 1 ? u"one entry"_s : u"%1 entries"_s.arg(minimum);
        return error(u"%1 must list at least %2"_s.arg(name, count));
    }
    return result;
}

Result<int> JsonReader::integer(const QJsonObject &object, const QString &where, const QString &key,
                                int minimum, std::optional<int> fallback) const
{
    const QString name = field(where, key);
    if (!object.contains(key)) {
        if (fallback) {
            return *fallback;
        }
        return missing(name);
    }
    const QJsonValue value = object.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number || number < minimum || number > 1.0e6) {
        return error(u"%1 must be a whole number of at least %2"_s.arg(name).arg(minimum));
    }
    return int(number);
}

Result<QJsonArray> JsonReader::array(const QJsonObject &object, const QString &where,
                                     const QString &key) const
{
    const QString name = field(where, key);
    if (!object.contains(key)) {
        return missing(name);
    }
    if (!object.value(key).isArray()) {
        return error(u"%1 must be a list"_s.arg(name));
    }
    return object.value(key).toArray();
}

Result<QJsonObject> JsonReader::object(const QJsonObject &object, const QString &where,
                                       const QString &key) const
{
    const QString name = field(where, key);
    if (!object.contains(key)) {
        return missing(name);
    }
    if (!object.value(key).isObject()) {
        return error(u"%1 must be an object"_s.arg(name));
    }
    return object.value(key).toObject();
}

Result<QJsonObject> JsonReader::element(const QJsonArray &array, const QString &where,
                                        int index) const
{
    const QString name = u"%1[%2]"_s.arg(where).arg(index);
    if (!array.at(index).isObject()) {
        return error(u"%1 must be an object"_s.arg(name));
    }
    return array.at(index).toObject();
}

} // namespace deskside::oncall
