#include "window/StatusController.h"

#include "queue/ViewListModel.h"
#include "window/DeskData.h"
#include "window/QueueController.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace deskside::ui {

StatusController::StatusController(DeskData &data, QueueController &queue, QStatusBar *bar,
                                   QSystemTrayIcon *tray, QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_queue(queue)
    , m_tray(tray)
    , m_connection(new QLabel(bar))
    , m_pending(new QLabel(bar))
    , m_lastSync(new QLabel(bar))
    , m_progress(new QProgressBar(bar))
    , m_cancel(new QToolButton(bar))
{
    m_connection->setObjectName(u"connectionLabel"_s);
    m_pending->setObjectName(u"pendingLabel"_s);
    m_lastSync->setObjectName(u"lastSyncLabel"_s);
    m_progress->setMaximumWidth(180);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the first download; what arrived so far is kept."));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, &StatusController::cancelRequested);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancel);
    bar->addPermanentWidget(m_pending);
    bar->addPermanentWidget(m_lastSync);
    bar->addPermanentWidget(m_connection);
    connect(&data, &DeskData::connectionChanged, this, &StatusController::updateConnection);
    connect(&data, &DeskData::pendingEditsChanged, this, &StatusController::updatePending);
    connect(&data, &DeskData::lastSyncChanged, this, &StatusController::updateLastSync);
    connect(&data, &DeskData::progress, this, &StatusController::showProgress);
    connect(&queue, &QueueController::countsChanged, this, &StatusController::updateTray);
    updateConnection();
    updatePending();
    updateLastSync();
}

QString StatusController::connectionText() const
{
    return m_connection->text();
}

QString StatusController::pendingText() const
{
    return m_pending->text();
}

void StatusController::updateConnection()
{
    switch (m_data.connection()) {
    case DeskData::Connection::Offline:
        m_connection->setText(tr("● Offline — working on the local copy"));
        break;
    case DeskData::Connection::Connecting:
        m_connection->setText(tr("◌ Connecting…"));
        break;
    case DeskData::Connection::Syncing:
        m_connection->setText(tr("◐ Syncing…"));
        break;
    case DeskData::Connection::Online:
        m_connection->setText(tr("● Online"));
        m_progress->hide();
        m_cancel->hide();
        break;
    }
    m_connection->setToolTip(m_data.accountLabel());
    updateTray();
}

void StatusController::updatePending()
{
    const int pending = m_data.pendingEdits();
    m_pending->setText(pending == 0 ? tr("All edits sent")
                                    : tr("%n edit(s) waiting to be sent", nullptr, pending));
    updateTray();
}

void StatusController::updateLastSync()
{
    const QDateTime last = m_data.lastSync();
    m_lastSync->setText(last.isValid() ? tr("Last sync %1")
                                             .arg(QLocale().toString(last.toLocalTime().time(),
                                                                     QLocale::ShortFormat))
                                       : tr("Not synced yet"));
}

void StatusController::showProgress(qint64 received, qint64 total)
{
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_progress->setRange(0, total > 0 ? int(std::min<qint64>(total, 1 << 30)) : 0);
    m_progress->setValue(int(std::min<qint64>(received, 1 << 30)));
    m_progress->setFormat(tr("Downloading tickets: %1").arg(received));
}

QString StatusController::trayText() const
{
    const int breached = m_queue.countOf(u"breached"_s);
    const int dueSoon = m_queue.countOf(u"due_soon"_s);
    const int mine = m_queue.countOf(u"my_open"_s);
    return tr("Deskside — %1\n%2 mine open, %3 due soon, %4 breached\n%5")
        .arg(m_connection->text())
        .arg(std::max(mine, 0))
        .arg(std::max(dueSoon, 0))
        .arg(std::max(breached, 0))
        .arg(m_pending->text());
}

void StatusController::updateTray()
{
    if (m_tray) {
        m_tray->setToolTip(trayText());
    }
}

} // namespace deskside::ui
