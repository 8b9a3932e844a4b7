#include "notify/Notifier.h"

namespace deskside::ui {

void Notifier::begin(const QString &id)
{
    m_open.insert(id);
}

bool Notifier::isOpen(const QString &id) const
{
    return m_open.contains(id);
}

void Notifier::finishWithAction(const QString &id, const QString &actionKey)
{
    if (m_open.remove(id)) {
        QMetaObject::invokeMethod(
            this, [this, id, actionKey] { Q_EMIT actionInvoked(id, actionKey); },
            Qt::QueuedConnection);
    }
}

void Notifier::finishClosed(const QString &id)
{
    if (m_open.remove(id)) {
        QMetaObject::invokeMethod(
            this, [this, id] { Q_EMIT closed(id); }, Qt::QueuedConnection);
    }
}

void Notifier::finishFailed(const QString &id, const QString &message)
{
    if (m_open.remove(id)) {
        QMetaObject::invokeMethod(
            this, [this, id, message] { Q_EMIT failed(id, message); }, Qt::QueuedConnection);
    }
}

} // namespace deskside::ui
