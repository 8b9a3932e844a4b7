#include "ServerOptions.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace deskside::server;

namespace {
const QString topicA = u"arn:aws:sns:eu-west-1:123456789012:ops"_s;
const QString topicB = u"arn:aws:sns:us-east-1:123456789012:db"_s;
} // namespace

// deskside-server's SNS options and --config file (the command line wins).
class TestSnsOptions : public QObject
{
    Q_OBJECT

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            return {};
        }
        return path;
    }
    static deskside::Result<ServerOptions> parse(const QStringList &arguments)
    {
        return ServerOptions::parse(QStringList{u"deskside-server"_s} + arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!write(u"sns.pem"_s, "-----BEGIN CERTIFICATE-----\n").isEmpty());
    }

    void commandLine()
    {
        const auto options = parse({u"--sns-allowed-topic"_s, topicA, u"--sns-allowed-topic"_s,
                                    topicB, u"--sns-certificate"_s, m_dir.filePath(u"sns.pem"_s)});
        QVERIFY2(options, qPrintable(options ? QString() : options.error().message));
        QCOMPARE(options->sns.allowedTopics, (QStringList{topicA, topicB}));
        QCOMPARE(options->sns.certificateFile, m_dir.filePath(u"sns.pem"_s));
        QVERIFY(parse({}).value().sns.allowedTopics.isEmpty());
    }

    void configFileAndOverrides()
    {
        const QString config = write(
            u"server.json"_s,
            R"({"listen":"127.0.0.1:9999","database":"sqlite:/tmp/x.sqlite","mail_from":"Ops <ops@x.example>",
                "sns":{"allowed_topics":["arn:aws:sns:eu-west-1:123456789012:ops"],"certificate":"sns.pem"}})");
        auto options = parse({u"--config"_s, config});
        QVERIFY2(options, qPrintable(options ? QString() : options.error().message));
        QCOMPARE(options->port, quint16(9999));
        QCOMPARE(options->database, u"sqlite:/tmp/x.sqlite"_s);
        QCOMPARE(options->mailFrom, u"Ops <ops@x.example>"_s);
        QCOMPARE(options->sns.allowedTopics, QStringList{topicA});
        QCOMPARE(options->sns.certificateFile, m_dir.filePath(u"sns.pem"_s));
        options = parse({u"--config"_s, config, u"--listen"_s, u"127.0.0.1:8000"_s,
                         u"--sns-allowed-topic"_s, topicB});
        QVERIFY(options);
        QCOMPARE(options->port, quint16(8000));
        QCOMPARE(options->sns.allowedTopics, QStringList{topicB});
        QCOMPARE(options->database, u"sqlite:/tmp/x.sqlite"_s);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("config"); // empty: no --config
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("not an ARN")
            << QByteArray() << QStringList{u"--sns-allowed-topic"_s, u"ops-alarms"_s}
            << u"wants an SNS topic ARN"_s;
        QTest::addRow("missing certificate")
            << QByteArray() << QStringList{u"--sns-certificate"_s, u"/nonexistent.pem"_s}
            << u"cannot read the certificate file '/nonexistent.pem'"_s;
        QTest::addRow("config not JSON") << "{"_ba << QStringList() << u"not a JSON object"_s;
        QTest::addRow("unknown setting")
            << R"({"lisen":"x"})"_ba << QStringList() << u"unknown setting 'lisen'"_s;
        QTest::addRow("unknown sns setting")
            << R"({"sns":{"topics":[]}})"_ba << QStringList() << u"unknown setting 'sns.topics'"_s;
        QTest::addRow("topics not an array")
            << R"({"sns":{"allowed_topics":"arn"}})"_ba << QStringList()
            << u"'sns.allowed_topics' must be an array"_s;
        QTest::addRow("listen not a string")
            << R"({"listen":8480})"_ba << QStringList() << u"'listen' must be a string"_s;
        QTest::addRow("bad listen in the file")
            << R"({"listen":"everywhere"})"_ba << QStringList() << u"--listen wants"_s;
    }
    void errors()
    {
        QFETCH(QByteArray, config);
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        if (!config.isEmpty()) {
            arguments += {u"--config"_s, write(u"bad.json"_s, config)};
        }
        const auto options = parse(arguments);
        QVERIFY(!options);
        QVERIFY2(options.error().message.contains(message), qPrintable(options.error().message));
    }

    void missingConfigFile()
    {
        const auto options = parse({u"--config"_s, u"/nonexistent/server.json"_s});
        QVERIFY(!options);
        QVERIFY(options.error().message.startsWith(u"/nonexistent/server.json: cannot read"_s));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSnsOptions)
#include "tst_snsoptions.moc"
