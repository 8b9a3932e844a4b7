#include "base/IsoTime.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace deskside::iso {

Result<QDateTime> parse(const QString &text)
{
    static const QRegularExpression pattern(
        u"^(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?"
        "(Z|z|[+-]\\d{2}:?\\d{2})$"_s);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return makeError(u"bad_time"_s, u"'%1' is not an ISO-8601 time with an offset, such as "
                                        "2026-03-06T16:00:00-06:00"_s.arg(text));
    }
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    const int second = match.captured(6).isEmpty() ? 0 : match.captured(6).toInt();
    const int millis =
        match.captured(7).isEmpty() ? 0 : match.captured(7).left(3).leftJustified(3, u'0').toInt();
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), second, millis);
    if (!date.isValid() || !time.isValid()) {
        return makeError(u"bad_time"_s, u"'%1' is not a valid date and time"_s.arg(text));
    }
    int offset = 0;
    const QString zone = match.captured(8);
    if (zone.compare(u"z"_s, Qt::CaseInsensitive) != 0) {
        QString digits = zone.mid(1);
        digits.remove(u':');
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2, 2).toInt();
        if (hours > 18 || minutes > 59) {
            return makeError(u"bad_time"_s, u"'%1' has an impossible offset"_s.arg(text));
        }
        offset = (hours * 3600 + minutes * 60) * (zone.startsWith(u'-') ? -1 : 1);
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offset).toUTC();
}

QString format(const QDateTime &instant, const QTimeZone &zone)
{
    const QDateTime local = instant.toTimeZone(zone);
    const int offset = local.offsetFromUtc();
    const int magnitude = offset < 0 ? -offset : offset;
    return local.toString(u"yyyy-MM-dd'T'HH:mm:ss"_s) + (offset < 0 ? u'-' : u'+') +
           u"%1:%2"_s.arg(magnitude / 3600, 2, 10, QChar(u'0'))
               .arg(magnitude % 3600 / 60, 2, 10, QChar(u'0'));
}

QString formatUtc(const QDateTime &instant)
{
    return format(instant, QTimeZone::utc());
}

} // namespace deskside::iso
