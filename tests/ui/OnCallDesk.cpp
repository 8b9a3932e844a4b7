#include "OnCallDesk.h"

#include "sync/Backoff.h"
#include "sync/SyncEngine.h"

#include <QDebug>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace deskside;
using deskside::ui::CacheDeskData;

bool OnCallDesk::open(const QUrl &server, const QByteArray &token, const QString &login,
                      const Clock &clock, ui::Notifier *notifier)
{
    const CacheDeskData::Setup setup{login,  login, true,
                                     server, token, m_dir.filePath(u"cache.sqlite"_s)};
    auto opened = CacheDeskData::open(setup, clock);
    if (!opened) {
        qWarning() << "the desk did not open:" << opened.error().message;
        return false;
    }
    m_data = std::move(opened.value());
    m_data->engine().setBackoff(sync::Backoff(20ms, 50ms, 1));
    m_center = std::make_unique<ui::AlertCenter>(*m_data, clock, notifier);
    m_center->setBeep({});
    return true;
}

bool OnCallDesk::isOnline() const
{
    return m_data && m_data->engine().isPushConnected() &&
           m_data->connection() == ui::DeskData::Connection::Online;
}

std::optional<api::AlertRecord> OnCallDesk::alert(qint64 alertId) const
{
    for (const api::AlertRecord &alert : m_data->alerts()) {
        if (alert.id == alertId) {
            return alert;
        }
    }
    return std::nullopt;
}
