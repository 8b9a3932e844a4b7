#pragma once

#include "QueueColumn.h"
#include "sync/QueueRow.h"

#include <QList>

#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace deskside::ui {

// The searchable and sortable text of one list of rows, case-folded once into one UTF-8
// buffer (id digits, subject, requester name, requester e-mail, assignee per row,
// NUL-separated). Searching is then a byte search per row and text sorting compares
// bytes, instead of folding characters on every comparison.
//
// Built on first use by whichever worker needs it first; concurrent users wait for that
// one build. Shared between the queries of the same rows.
class QueueIndex
{
public:
    QueueIndex() = default;
    QueueIndex(const QueueIndex &) = delete;
    QueueIndex &operator=(const QueueIndex &) = delete;

    // Builds the index of rows unless built already; thread-safe. rows must be the
    // same list on every call.
    const QueueIndex &ensureBuilt(const QList<sync::QueueRow> &rows);

    // Search text as stored: trimmed, case-folded, UTF-8; a leading '#' before a digit
    // dropped (so "#42" finds ticket 42).
    static std::string foldNeedle(QStringView text);
    // Whether some field of the row contains needle (from foldNeedle()).
    bool contains(int row, std::string_view needle) const;
    // The folded text a text column sorts by (subject, requester name or else e-mail,
    // assignee).
    std::string_view sortText(int row, QueueColumn column) const;

private:
    enum Field
    {
        IdField,
        SubjectField,
        NameField,
        EmailField,
        AssigneeField,
        FieldCount
    };
    std::string_view field(int row, int field) const;
    void build(const QList<sync::QueueRow> &rows);

    std::once_flag m_once;
    std::string m_text;
    std::vector<quint32> m_starts; // FieldCount per row, then the end
};

} // namespace deskside::ui
