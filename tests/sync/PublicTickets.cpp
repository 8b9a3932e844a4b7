#include "PublicTickets.h"

using namespace Qt::StringLiterals;

QList<qint64> submitPublicTickets(const ServerFixture &server, int count)
{
    QList<qint64> ids;
    const TestHttp customer = server.client();
    for (int i = 0; i < count; ++i) {
        const HttpReply reply = customer.post(
            u"/api/v1/public/tickets"_s, {{u"email"_s, u"pat%1@example.org"_s.arg(i)},
                                          {u"name"_s, u"Pat %1"_s.arg(i)},
                                          {u"subject"_s, u"Printer %1 jams on every page"_s.arg(i)},
                                          {u"body"_s, u"Since the update on Monday."_s},
                                          {u"priority"_s, u"medium"_s}});
        if (reply.status == 201) {
            ids.append(reply.json().value(u"id"_s).toInteger());
        }
    }
    return ids;
}
