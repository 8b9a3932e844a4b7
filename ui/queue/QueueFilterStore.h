#pragma once

#include "QueueFilter.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QList>

class QSettings;

namespace deskside::ui {

// The custom saved filters, kept in QSettings as one JSON array under "queue/filters".
// Every change is written back at once. Entries that cannot be read are skipped (and
// logged), never fatal.
class QueueFilterStore
{
    Q_DECLARE_TR_FUNCTIONS(QueueFilterStore)

public:
    // settings must outlive the store.
    explicit QueueFilterStore(QSettings &settings);

    const QList<QueueFilter> &filters() const { return m_filters; }
    const QueueFilter *find(const QString &name) const;

    // Names are trimmed, non-empty and unique (case-insensitively).
    Status add(QueueFilter filter);
    // Replaces the criteria of the filter with the same name.
    Status update(const QueueFilter &filter);
    Status remove(const QString &name);
    Status rename(const QString &from, const QString &to);

    // Re-reads the settings.
    void reload();

private:
    int indexOf(const QString &name) const;
    Status checkNewName(const QString &name) const;
    void save();

    QSettings *m_settings; // not owned
    QList<QueueFilter> m_filters;
};

} // namespace deskside::ui
