#include "SmtpTestServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// argv: port, directory, delay stage (none|rcpt|data), delay seconds. Prints "ready".
constexpr auto Script = R"PY(
import asyncio, base64, email, email.policy, json, os, sys
from aiosmtpd.controller import Controller

port, outdir, stage, delay = int(sys.argv[1]), sys.argv[2], sys.argv[3], float(sys.argv[4])

class Handler:
    count = 0

    async def handle_RCPT(self, server, session, envelope, address, options):
        if stage == "rcpt":
            await asyncio.sleep(delay)
        if address.startswith("nobody@"):
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if stage == "data":
            await asyncio.sleep(delay)
        raw = envelope.original_content
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        Handler.count += 1
        record = {"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                  "raw": base64.b64encode(raw).decode(),
                  "headers": [[k, str(v)] for k, v in msg.items()],
                  "body": msg.get_content().replace("\r\n", "\n")}
        path = os.path.join(outdir, "%06d.json" % Handler.count)
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(record, f)
        os.replace(path + ".tmp", path)
        return "250 Message accepted for delivery"

controller = Controller(Handler(), hostname="127.0.0.1", port=port)
controller.start()
print("ready", flush=True)
sys.stdin.read()
controller.stop()
)PY";

bool acceptsConnections(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(2000);
}

} // namespace

QString ReceivedMail::header(const QString &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

int ReceivedMail::headerCount(const QString &name) const
{
    return int(std::count_if(headers.cbegin(), headers.cend(), [&](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    }));
}

SmtpTestServer::SmtpTestServer()
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

SmtpTestServer::~SmtpTestServer()
{
    stop();
}

quint16 SmtpTestServer::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString SmtpTestServer::url() const
{
    return u"smtp://127.0.0.1:%1"_s.arg(m_port);
}

bool SmtpTestServer::start(quint16 port, Delay delay, int delayMs)
{
    m_port = port ? port : freePort();
    const QString stage = delay == Delay::Recipient ? u"rcpt"_s
                          : delay == Delay::Data    ? u"data"_s
                                                    : u"none"_s;
    m_process.start(u"/usr/bin/python3"_s,
                    {u"-c"_s, QString::fromUtf8(Script), QString::number(m_port), m_dir.path(),
                     stage, QString::number(delayMs / 1000.0)});
    const QDeadlineTimer deadline(20000);
    while (!m_process.canReadLine() && m_process.state() != QProcess::NotRunning &&
           !deadline.hasExpired()) {
        m_process.waitForReadyRead(int(deadline.remainingTime()));
    }
    if (m_process.readLine().trimmed() != "ready" || !acceptsConnections(m_port)) {
        qWarning("the test SMTP server did not start on port %d", m_port);
        stop();
        return false;
    }
    return true;
}

void SmtpTestServer::stop()
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QList<ReceivedMail> SmtpTestServer::received() const
{
    QList<ReceivedMail> mails;
    const QDir dir(m_dir.path());
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QJsonObject record = QJsonDocument::fromJson(file.readAll()).object();
        ReceivedMail mail;
        mail.mailFrom = record.value(u"mail_from"_s).toString();
        for (const QJsonValue &rcpt : record.value(u"rcpt_tos"_s).toArray()) {
            mail.rcptTo.append(rcpt.toString());
        }
        mail.raw = QByteArray::fromBase64(record.value(u"raw"_s).toString().toLatin1());
        for (const QJsonValue &header : record.value(u"headers"_s).toArray()) {
            mail.headers.append({header[0].toString(), header[1].toString()});
        }
        mail.body = record.value(u"body"_s).toString();
        mails.append(mail);
    }
    return mails;
}

bool SmtpTestServer::waitForCount(int count, int timeoutMs) const
{
    return QTest::qWaitFor([&] { return received().size() >= count; }, timeoutMs);
}

int SmtpTestServer::countWithSubject(const QString &subject) const
{
    const QList<ReceivedMail> mails = received();
    return int(std::count_if(mails.cbegin(), mails.cend(), [&](const ReceivedMail &mail) {
        return mail.header(u"Subject"_s) == subject;
    }));
}
