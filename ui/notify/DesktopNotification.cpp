#include "notify/DesktopNotification.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace deskside::ui {

QString NotificationAction::acknowledgeKey()
{
    return u"acknowledge"_s;
}

QString NotificationAction::openKey()
{
    return u"open"_s;
}

NotificationAction NotificationAction::acknowledge()
{
    return {acknowledgeKey(), QCoreApplication::translate("NotificationAction", "Acknowledge")};
}

NotificationAction NotificationAction::open()
{
    return {openKey(), QCoreApplication::translate("NotificationAction", "Open")};
}

QString DesktopNotification::eventId() const
{
    switch (category) {
    case Category::Alert:
        return u"alert"_s;
    case Category::CatastrophicAlert:
        return u"alertCatastrophic"_s;
    case Category::Ticket:
        return u"ticket"_s;
    }
    return u"alert"_s;
}

QString DesktopNotification::soundName() const
{
    return category == Category::Ticket ? u"message-new-instant"_s : u"dialog-warning"_s;
}

} // namespace deskside::ui
