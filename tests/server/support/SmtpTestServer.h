#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// One message as a real SMTP server received it, decoded by Python's email package
// (an implementation independent of the server's encoder).
struct ReceivedMail
{
    QString mailFrom;                       // envelope MAIL FROM
    QStringList rcptTo;                     // envelope RCPT TO
    QByteArray raw;                         // the message bytes as received (dot-unstuffed)
    QList<QPair<QString, QString>> headers; // decoded, in order
    QString body;                           // decoded text, "\n" line ends

    QString header(const QString &name) const;
    int headerCount(const QString &name) const;
};

// A real SMTP server (aiosmtpd, run by /usr/bin/python3) on 127.0.0.1 that stores each
// message it accepts. Recipients starting with "nobody@" are refused with 550.
class SmtpTestServer
{
public:
    enum class Delay
    {
        None,
        Recipient,
        Data
    }; // where each message is held up

    SmtpTestServer();
    ~SmtpTestServer();

    // Starts on this port (0: a free one) and returns once it accepts connections.
    bool start(quint16 port = 0, Delay delay = Delay::None, int delayMs = 0);
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    quint16 port() const { return m_port; }
    QString url() const;
    static quint16 freePort();

    QList<ReceivedMail> received() const;
    // Waits (processing events) until at least count messages arrived.
    bool waitForCount(int count, int timeoutMs = 15000) const;
    // Messages whose decoded subject is exactly this.
    int countWithSubject(const QString &subject) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};
