#pragma once

#include <QProcess>
#include <QString>

// A private D-Bus session bus (dbus-daemon with tests/ui/notifier-bus.conf) for one test:
// nothing on the machine's own session bus is touched. Stopped when destroyed.
class PrivateBus
{
public:
    PrivateBus()
    {
        m_process.setProgram(QStringLiteral("dbus-daemon"));
        m_process.setArguments({QStringLiteral("--config-file=" DESKSIDE_NOTIFIER_BUS_CONFIG),
                                QStringLiteral("--print-address"), QStringLiteral("--nofork")});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (m_process.waitForStarted(60000)) {
            while (!m_process.canReadLine() && m_process.waitForReadyRead(60000)) {
            }
            m_address = QString::fromUtf8(m_process.readLine()).trimmed();
        }
    }
    ~PrivateBus()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(30000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    PrivateBus(const PrivateBus &) = delete;
    PrivateBus &operator=(const PrivateBus &) = delete;

    // Empty when dbus-daemon could not be started.
    QString address() const { return m_address; }

private:
    QProcess m_process;
    QString m_address;
};
