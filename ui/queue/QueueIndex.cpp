#include "QueueIndex.h"

namespace deskside::ui {

namespace {

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(char(c));
    } else if (c < 0x800) {
        out.push_back(char(0xc0 | (c >> 6)));
        out.push_back(char(0x80 | (c & 0x3f)));
    } else if (c < 0x10000) {
        out.push_back(char(0xe0 | (c >> 12)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3f)));
        out.push_back(char(0x80 | (c & 0x3f)));
    } else {
        out.push_back(char(0xf0 | (c >> 18)));
        out.push_back(char(0x80 | ((c >> 12) & 0x3f)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3f)));
        out.push_back(char(0x80 | (c & 0x3f)));
    }
}

// Appends text case-folded as UTF-8, without allocating per character. ASCII, the
// common case, is written straight into the buffer.
void appendFolded(std::string &out, QStringView text)
{
    const qsizetype size = text.size();
    const char16_t *units = reinterpret_cast<const char16_t *>(text.utf16());
    const std::size_t start = out.size();
    out.resize(start + std::size_t(size));
    char *ascii = out.data() + start;
    qsizetype i = 0;
    for (; i < size && units[i] < 0x80; ++i) {
        const char16_t unit = units[i];
        ascii[i] = unit >= u'A' && unit <= u'Z' ? char(unit - u'A' + 'a') : char(unit);
    }
    if (i == size) {
        return;
    }
    out.resize(start + std::size_t(i));
    for (; i < size; ++i) {
        char32_t code = units[i];
        if (QChar::isHighSurrogate(code) && i + 1 < size && QChar::isLowSurrogate(units[i + 1])) {
            code = QChar::surrogateToUcs4(char16_t(code), units[++i]);
        }
        appendUtf8(out, QChar::toCaseFolded(code));
    }
}

} // namespace

const QueueIndex &QueueIndex::ensureBuilt(const QList<sync::QueueRow> &rows)
{
    std::call_once(m_once, [&] { build(rows); });
    return *this;
}

void QueueIndex::build(const QList<sync::QueueRow> &rows)
{
    m_starts.reserve(std::size_t(rows.size()) * FieldCount + 1);
    m_text.reserve(std::size_t(rows.size()) * 120);
    for (const sync::QueueRow &row : rows) {
        m_starts.push_back(quint32(m_text.size()));
        m_text.append(std::to_string(row.id));
        for (const QString *text :
             {&row.subject, &row.requesterName, &row.requesterEmail, &row.assignee}) {
            m_text.push_back('\0');
            m_starts.push_back(quint32(m_text.size()));
            appendFolded(m_text, *text);
        }
        m_text.push_back('\0');
    }
    m_starts.push_back(quint32(m_text.size()));
}

std::string QueueIndex::foldNeedle(QStringView text)
{
    text = text.trimmed();
    if (text.size() > 1 && text.front() == u'#' && text.at(1).isDigit()) {
        text = text.mid(1);
    }
    std::string needle;
    appendFolded(needle, text);
    std::erase(needle, '\0'); // the field separator is never part of a match
    return needle;
}

bool QueueIndex::contains(int row, std::string_view needle) const
{
    const std::size_t first = std::size_t(row) * FieldCount;
    const std::string_view text(m_text.data() + m_starts[first],
                                m_starts[first + FieldCount] - m_starts[first]);
    return text.find(needle) != std::string_view::npos;
}

std::string_view QueueIndex::field(int row, int field) const
{
    const std::size_t at = std::size_t(row) * FieldCount + std::size_t(field);
    // Every field but the last of a row ends with its separator; drop it.
    return std::string_view(m_text.data() + m_starts[at], m_starts[at + 1] - m_starts[at] - 1);
}

std::string_view QueueIndex::sortText(int row, QueueColumn column) const
{
    switch (column) {
    case QueueColumn::Subject:
        return field(row, SubjectField);
    case QueueColumn::Requester: {
        const std::string_view name = field(row, NameField);
        return name.empty() ? field(row, EmailField) : name;
    }
    case QueueColumn::Assignee:
        return field(row, AssigneeField);
    default:
        return field(row, IdField);
    }
}

} // namespace deskside::ui
