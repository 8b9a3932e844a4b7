#pragma once

#include <QObject>

class QSocketNotifier;

namespace deskside::server {

// Turns SIGTERM and SIGINT into a Qt signal (self-pipe), so shutdown runs on the event loop.
class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void shutdownRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace deskside::server
