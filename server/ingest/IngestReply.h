#pragma once

#include "alerts/AlertStore.h"

#include <QJsonObject>

namespace deskside::server {

// The JSON answer to an ingested signal: {"alert_id":N|null,"outcome":"opened|…"}.
class IngestReply
{
public:
    static QString outcomeName(AlertStore::Outcome outcome);
    static QJsonObject json(const AlertStore::Ingested &ingested);
    static QJsonObject ignored();
};

} // namespace deskside::server
