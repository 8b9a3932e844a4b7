#include "ServerConfigFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

class Reader
{
public:
    explicit Reader(QString path)
        : m_path(std::move(path))
    {}

    Error error(const QString &problem) const
    {
        return makeError(u"bad_config"_s, u"%1: %2"_s.arg(m_path, problem));
    }
    // Refuses keys of `object` outside `known`.
    std::optional<Error> unknownKey(const QJsonObject &object, const QString &where,
                                    const QStringList &known) const
    {
        for (const QString &key : object.keys()) {
            if (!known.contains(key)) {
                return error(
                    u"unknown setting '%1%2' (known: %3)"_s.arg(where, key, known.join(u", "_s)));
            }
        }
        return std::nullopt;
    }
    std::optional<QString> text(const QJsonObject &object, const QString &key,
                                std::optional<Error> &failure) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            return std::nullopt;
        }
        if (!value.isString() && !failure) {
            failure = error(u"'%1' must be a string"_s.arg(key));
        }
        return value.toString();
    }

private:
    QString m_path;
};

} // namespace

Result<ServerConfigFile> ServerConfigFile::load(const QString &path)
{
    const Reader reader(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return reader.error(u"cannot read the configuration file (%1)"_s.arg(file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return reader.error(u"not a JSON object (%1)"_s.arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    if (auto unknown = reader.unknownKey(
            root, {}, {u"listen"_s, u"database"_s, u"smtp"_s, u"mail_from"_s, u"sns"_s})) {
        return *unknown;
    }
    ServerConfigFile config;
    std::optional<Error> failure;
    config.listen = reader.text(root, u"listen"_s, failure);
    config.database = reader.text(root, u"database"_s, failure);
    config.smtp = reader.text(root, u"smtp"_s, failure);
    config.mailFrom = reader.text(root, u"mail_from"_s, failure);
    const QJsonValue snsValue = root.value(u"sns"_s);
    if (!snsValue.isUndefined() && !snsValue.isObject()) {
        return reader.error(u"'sns' must be an object"_s);
    }
    const QJsonObject sns = snsValue.toObject();
    if (auto unknown = reader.unknownKey(sns, u"sns."_s, {u"allowed_topics"_s, u"certificate"_s})) {
        return *unknown;
    }
    config.snsCertificate = reader.text(sns, u"certificate"_s, failure);
    if (failure) {
        return *failure;
    }
    if (config.snsCertificate && !config.snsCertificate->isEmpty()) {
        config.snsCertificate =
            QFileInfo(path).absoluteDir().absoluteFilePath(*config.snsCertificate);
    }
    if (const QJsonValue topics = sns.value(u"allowed_topics"_s); !topics.isUndefined()) {
        QStringList list;
        for (const QJsonValue &topic : topics.toArray()) {
            if (!topic.isString()) {
                return reader.error(u"'sns.allowed_topics' must be an array of topic ARNs"_s);
            }
            list.append(topic.toString());
        }
        if (!topics.isArray()) {
            return reader.error(u"'sns.allowed_topics' must be an array of topic ARNs"_s);
        }
        config.snsAllowedTopics = list;
    }
    return config;
}

} // namespace deskside::server
