#include "ticket/Priority.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace deskside::ticket {

const QList<Priority> &allPriorities()
{
    static const QList<Priority> all{Priority::Low, Priority::Medium, Priority::High,
                                     Priority::Urgent};
    return all;
}

bool isCustomerSelectable(Priority priority)
{
    return priority != Priority::Urgent;
}

QString toWire(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return u"low"_s;
    case Priority::Medium:
        return u"medium"_s;
    case Priority::High:
        return u"high"_s;
    case Priority::Urgent:
        return u"urgent"_s;
    }
    return {};
}

std::optional<Priority> priorityFromWire(QStringView name)
{
    for (const Priority priority : allPriorities()) {
        if (name == toWire(priority)) {
            return priority;
        }
    }
    return std::nullopt;
}

QString displayName(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return QCoreApplication::translate("deskside::ticket::Priority", "Low");
    case Priority::Medium:
        return QCoreApplication::translate("deskside::ticket::Priority", "Medium");
    case Priority::High:
        return QCoreApplication::translate("deskside::ticket::Priority", "High");
    case Priority::Urgent:
        return QCoreApplication::translate("deskside::ticket::Priority", "Urgent");
    }
    return {};
}

} // namespace deskside::ticket
