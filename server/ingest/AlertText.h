#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace deskside::server {

// Small text helpers shared by the alert decoders.
class AlertText
{
public:
    static constexpr qsizetype MaxSummary = 300;

    // "title: text" (or the one that is not empty), cut to MaxSummary characters.
    static QString summary(const QString &title, const QString &text);
    // The fields of `from` named by each pair's first, renamed to its second; absent and
    // null fields are left out.
    static QJsonObject pick(const QJsonObject &from, const QList<QPair<QString, QString>> &fields);
};

} // namespace deskside::server
