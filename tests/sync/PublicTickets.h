#pragma once

#include "ServerFixture.h"

#include <QList>

// Submits count tickets through the public endpoint (no account), as customers do;
// answers their ids (fewer when the server refused some).
QList<qint64> submitPublicTickets(const ServerFixture &server, int count);
