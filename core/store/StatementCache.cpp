#include "core/store/StatementCache.h"

#include "core/store/Sql.h"

namespace candor {

std::shared_ptr<StatementCache::Entry> StatementCache::borrow(const QSqlDatabase &db, const QString &text)
{
    if (const auto found = m_entries.constFind(text); found != m_entries.constEnd()) {
        if ((*found)->lent)
            return nullptr;
        (*found)->lent = true;
        return *found;
    }
    if (m_entries.size() >= maxStatements) {
        for (qsizetype i = 0; i < m_order.size(); ++i) {
            if (!m_entries.value(m_order[i])->lent) {
                m_entries.remove(m_order.takeAt(i));
                break;
            }
        }
    }
    auto entry = std::make_shared<Entry>(Entry{sql::prepare(db, text), true});
    m_entries.insert(text, entry);
    m_order.append(text);
    return entry;
}

void StatementCache::giveBack(Entry &entry)
{
    entry.query.finish(); // sqlite3_reset: the statement stays prepared, its read snapshot ends
    entry.lent = false;
}

} // namespace candor
