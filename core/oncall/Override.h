#pragma once

#include <QDateTime>
#include <QString>

namespace deskside::oncall {

// Someone covers a schedule for a while (a swap, sick cover, a holiday).
// The interval [from, to) is half-open, in UTC.
struct Override
{
    QDateTime from;
    QDateTime to;
    QString person;
    QString reason;

    bool covers(const QDateTime &t) const { return from <= t && t < to; }
};

} // namespace deskside::oncall
