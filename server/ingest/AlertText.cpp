#include "ingest/AlertText.h"

using namespace Qt::StringLiterals;

namespace deskside::server {

QString AlertText::summary(const QString &title, const QString &text)
{
    QString joined = title.isEmpty() ? text : text.isEmpty() ? title : title + u": "_s + text;
    joined = joined.simplified();
    if (joined.size() > MaxSummary) {
        joined = joined.left(MaxSummary - 1) + u'…';
    }
    return joined;
}

QJsonObject AlertText::pick(const QJsonObject &from, const QList<QPair<QString, QString>> &fields)
{
    QJsonObject picked;
    for (const auto &[source, target] : fields) {
        const QJsonValue value = from.value(source);
        if (!value.isUndefined() && !value.isNull()) {
            picked.insert(target, value);
        }
    }
    return picked;
}

} // namespace deskside::server
