#include "ticket/TicketStatus.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace deskside::ticket {

const QList<TicketStatus> &allStatuses()
{
    static const QList<TicketStatus> all{TicketStatus::New,
                                         TicketStatus::Open,
                                         TicketStatus::WaitingOnCustomer,
                                         TicketStatus::WaitingOnEngineering,
                                         TicketStatus::Resolved,
                                         TicketStatus::Closed};
    return all;
}

QString toWire(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New:
        return u"new"_s;
    case TicketStatus::Open:
        return u"open"_s;
    case TicketStatus::WaitingOnCustomer:
        return u"waiting_on_customer"_s;
    case TicketStatus::WaitingOnEngineering:
        return u"waiting_on_engineering"_s;
    case TicketStatus::Resolved:
        return u"resolved"_s;
    case TicketStatus::Closed:
        return u"closed"_s;
    }
    return {};
}

std::optional<TicketStatus> statusFromWire(QStringView name)
{
    for (const TicketStatus status : allStatuses()) {
        if (name == toWire(status)) {
            return status;
        }
    }
    return std::nullopt;
}

QString displayName(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New:
        return QCoreApplication::translate("deskside::ticket::TicketStatus", "New");
    case TicketStatus::Open:
        return QCoreApplication::translate("deskside::ticket::TicketStatus", "Open");
    case TicketStatus::WaitingOnCustomer:
        return QCoreApplication::translate("deskside::ticket::TicketStatus", "Waiting on customer");
    case TicketStatus::WaitingOnEngineering:
        return QCoreApplication::translate("deskside::ticket::TicketStatus",
                                           "Waiting on engineering");
    case TicketStatus::Resolved:
        return QCoreApplication::translate("deskside::ticket::TicketStatus", "Resolved");
    case TicketStatus::Closed:
        return QCoreApplication::translate("deskside::ticket::TicketStatus", "Closed");
    }
    return {};
}

bool pausesResolution(TicketStatus status)
{
    return status == TicketStatus::WaitingOnCustomer;
}

bool isOpenStatus(TicketStatus status)
{
    return status != TicketStatus::Resolved && status != TicketStatus::Closed;
}

} // namespace deskside::ticket
