#include "ServerOptions.h"

#include "ServerConfigFile.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace deskside::server {

namespace {

// The SNS settings: the command line's, else the configuration file's; checked.
Result<SnsSettings> snsSettings(const QStringList &topics, const QString &certificate,
                                const ServerConfigFile &config)
{
    SnsSettings sns;
    sns.allowedTopics =
        !topics.isEmpty() ? topics : config.snsAllowedTopics.value_or(QStringList());
    sns.certificateFile =
        !certificate.isEmpty() ? certificate : config.snsCertificate.value_or(QString());
    static const QRegularExpression arn(
        u"^arn:aws(-cn|-us-gov)?:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]{1,256}(\\.fifo)?$"_s);
    for (const QString &topic : std::as_const(sns.allowedTopics)) {
        if (!arn.match(topic).hasMatch()) {
            return makeError(u"bad_sns_topic"_s,
                             u"--sns-allowed-topic wants an SNS topic ARN such as "
                             "arn:aws:sns:eu-west-1:123456789012:ops, not '%1'"_s.arg(topic));
        }
    }
    if (!sns.certificateFile.isEmpty() && !QFileInfo(sns.certificateFile).isReadable()) {
        return makeError(
            u"bad_sns_certificate"_s,
            u"--sns-certificate: cannot read the certificate file '%1'"_s.arg(sns.certificateFile));
    }
    return sns;
}

} // namespace

Result<ServerOptions> ServerOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Deskside reference server: REST API /api/v1 on SQLite or PostgreSQL.\n"
        "Administration: deskside-server user add|list|disable --help,\n"
        "                deskside-server integration add|list --help"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(u"listen"_s,
                                    u"Address and port to listen on (only this one)."_s,
                                    u"host:port"_s, u"127.0.0.1:8480"_s);
    const QCommandLineOption database(
        u"database"_s,
        u"sqlite:PATH or postgresql://user@host:port/db (default: %1)."_s.arg(
            u"a SQLite file in the user's data directory"_s),
        u"url"_s);
    const QCommandLineOption smtp(u"smtp"_s, u"Outgoing mail server, smtp://HOST:PORT."_s,
                                  u"url"_s);
    const QCommandLineOption from(u"mail-from"_s, u"Sender of outgoing mail."_s, u"address"_s);
    const QCommandLineOption demo(u"demo"_s, u"Seed a demo organisation into an empty database."_s);
    const QCommandLineOption rate(u"rate-limit"_s,
                                  u"Requests a minute per token and per address (0: off)."_s,
                                  u"n"_s, u"600"_s);
    const QCommandLineOption maxBody(u"max-body"_s, u"Largest request body in bytes."_s, u"bytes"_s,
                                     u"262144"_s);
    const QCommandLineOption snsTopic(
        u"sns-allowed-topic"_s,
        u"Accept Amazon SNS deliveries from this topic ARN (repeat for several)."_s, u"arn"_s);
    const QCommandLineOption snsCertificate(
        u"sns-certificate"_s,
        u"Verify SNS signatures with this PEM certificate instead of fetching Amazon's."_s,
        u"file"_s);
    const QCommandLineOption config(
        u"config"_s,
        u"Read settings from this JSON file: listen, database, smtp, mail_from, "
        "sns {allowed_topics, certificate}. Options given here win."_s,
        u"file"_s);
    parser.addOptions(
        {listen, database, smtp, from, demo, rate, maxBody, snsTopic, snsCertificate, config});
    parser.process(arguments);

    ServerConfigFile file;
    if (parser.isSet(config)) {
        auto loaded = ServerConfigFile::load(parser.value(config));
        if (!loaded) {
            return loaded.error();
        }
        file = loaded.value();
    }
    const auto setting = [&](const QCommandLineOption &option,
                             const std::optional<QString> &fromFile) {
        return parser.isSet(option) || !fromFile ? parser.value(option) : *fromFile;
    };
    ServerOptions options;
    const QString where = setting(listen, file.listen);
    const qsizetype colon = where.lastIndexOf(u':');
    bool portOk = false;
    const uint port = where.mid(colon + 1).toUInt(&portOk);
    if (colon <= 0 || !portOk || port > 65535 || !options.address.setAddress(where.left(colon))) {
        return makeError(u"bad_listen"_s,
                         u"--listen wants HOST:PORT such as 127.0.0.1:8480, not '%1'"_s.arg(where));
    }
    options.port = static_cast<quint16>(port);
    options.database = setting(database, file.database);
    options.smtpUrl = setting(smtp, file.smtp);
    if (parser.isSet(from) || file.mailFrom) {
        options.mailFrom = setting(from, file.mailFrom);
    }
    options.demo = parser.isSet(demo);
    bool ok = false;
    options.limits.requestsPerMinute = parser.value(rate).toInt(&ok);
    if (!ok || options.limits.requestsPerMinute < 0) {
        return makeError(u"bad_rate"_s,
                         u"--rate-limit wants a whole number of requests a minute"_s);
    }
    options.limits.maxBodyBytes = parser.value(maxBody).toLongLong(&ok);
    if (!ok || options.limits.maxBodyBytes < 1024) {
        return makeError(u"bad_body"_s, u"--max-body wants a number of bytes, at least 1024"_s);
    }
    auto sns = snsSettings(parser.values(snsTopic), parser.value(snsCertificate), file);
    if (!sns) {
        return sns.error();
    }
    options.sns = sns.value();
    return options;
}

} // namespace deskside::server
