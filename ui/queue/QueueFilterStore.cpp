#include "QueueFilterStore.h"

#include "base/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace deskside::ui {

namespace {

const QString settingsKey = u"queue/filters"_s;

} // namespace

QueueFilterStore::QueueFilterStore(QSettings &settings)
    : m_settings(&settings)
{
    reload();
}

void QueueFilterStore::reload()
{
    m_filters.clear();
    const QByteArray stored = m_settings->value(settingsKey).toString().toUtf8();
    if (stored.isEmpty()) {
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(stored, &parseError);
    if (!document.isArray()) {
        qCWarning(lcUi) << "Saved queue filters are not a JSON array:" << parseError.errorString();
        return;
    }
    const QJsonArray entries = document.array();
    for (const QJsonValue &entry : entries) {
        auto filter = QueueFilter::fromJson(entry.toObject());
        if (!filter.ok()) {
            qCWarning(lcUi) << "Skipping a saved queue filter:" << filter.error().message;
        } else if (indexOf(filter->name) < 0) {
            m_filters.append(std::move(filter).value());
        }
    }
}

const QueueFilter *QueueFilterStore::find(const QString &name) const
{
    const int index = indexOf(name);
    return index < 0 ? nullptr : &m_filters.at(index);
}

int QueueFilterStore::indexOf(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (int i = 0; i < m_filters.size(); ++i) {
        if (m_filters.at(i).name.compare(wanted, Qt::CaseInsensitive) == 0) {
            return i;
        }
    }
    return -1;
}

Status QueueFilterStore::checkNewName(const QString &name) const
{
    if (name.trimmed().isEmpty()) {
        return makeError(u"bad_filter"_s, tr("A saved filter needs a name."));
    }
    if (indexOf(name) >= 0) {
        return makeError(u"duplicate_filter"_s,
                         tr("A saved filter named \"%1\" already exists.").arg(name.trimmed()));
    }
    return {};
}

Status QueueFilterStore::add(QueueFilter filter)
{
    if (Status status = checkNewName(filter.name); !status) {
        return status;
    }
    filter.name = filter.name.trimmed();
    m_filters.append(std::move(filter));
    save();
    return {};
}

Status QueueFilterStore::update(const QueueFilter &filter)
{
    const int index = indexOf(filter.name);
    if (index < 0) {
        return makeError(u"unknown_filter"_s,
                         tr("There is no saved filter named \"%1\".").arg(filter.name));
    }
    const QString name = m_filters.at(index).name;
    m_filters[index] = filter;
    m_filters[index].name = name;
    save();
    return {};
}

Status QueueFilterStore::remove(const QString &name)
{
    const int index = indexOf(name);
    if (index < 0) {
        return makeError(u"unknown_filter"_s,
                         tr("There is no saved filter named \"%1\".").arg(name));
    }
    m_filters.removeAt(index);
    save();
    return {};
}

Status QueueFilterStore::rename(const QString &from, const QString &to)
{
    const int index = indexOf(from);
    if (index < 0) {
        return makeError(u"unknown_filter"_s,
                         tr("There is no saved filter named \"%1\".").arg(from));
    }
    // Changing only the case of the name is allowed; anything else must be a free name.
    if (indexOf(to) != index) {
        if (Status status = checkNewName(to); !status) {
            return status;
        }
    }
    m_filters[index].name = to.trimmed();
    save();
    return {};
}

void QueueFilterStore::save()
{
    QJsonArray entries;
    for (const QueueFilter &filter : std::as_const(m_filters)) {
        entries.append(filter.toJson());
    }
    const QByteArray json = QJsonDocument(entries).toJson(QJsonDocument::Compact);
    m_settings->setValue(settingsKey, QString::fromUtf8(json));
    m_settings->sync();
}

} // namespace deskside::ui
