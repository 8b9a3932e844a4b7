#pragma once

#include "base/Result.h"

#include <QDateTime>
#include <QTimeZone>

namespace deskside::iso {

// Parses ISO-8601 with an explicit offset or Z ("2026-03-06T16:00:00-06:00").
// Times without an offset are refused: they do not name an instant.
Result<QDateTime> parse(const QString &text);

// Formats an instant in a zone with its offset, seconds included:
// "2026-03-10T16:00:00-05:00".
QString format(const QDateTime &instant, const QTimeZone &zone);

// Formats in UTC with an explicit +00:00 offset.
QString formatUtc(const QDateTime &instant);

} // namespace deskside::iso
