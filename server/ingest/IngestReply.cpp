#include "ingest/IngestReply.h"

using namespace Qt::StringLiterals;

namespace deskside::server {

QString IngestReply::outcomeName(AlertStore::Outcome outcome)
{
    switch (outcome) {
    case AlertStore::Outcome::Opened:
        return u"opened"_s;
    case AlertStore::Outcome::Updated:
        return u"updated"_s;
    case AlertStore::Outcome::Resolved:
        return u"resolved"_s;
    case AlertStore::Outcome::Ignored:
        break;
    }
    return u"ignored"_s;
}

QJsonObject IngestReply::json(const AlertStore::Ingested &ingested)
{
    return {{u"alert_id"_s, ingested.alertId > 0 ? QJsonValue(ingested.alertId) : QJsonValue()},
            {u"outcome"_s, outcomeName(ingested.outcome)}};
}

QJsonObject IngestReply::ignored()
{
    return json({});
}

} // namespace deskside::server
