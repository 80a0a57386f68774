#include "core/formats/tabular/ExportSupport.h"

#include "core/domain/Error.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"

#include <QSqlQuery>
#include <QVariant>

namespace candor {

QList<qint64> exportedItemIds(const ProjectStore &store, const QString &split)
{
    QSqlQuery query = sql::prepare(store.db(), split.isEmpty() ? QStringLiteral("SELECT id FROM items ORDER BY id")
                                                               : QStringLiteral("SELECT id FROM items WHERE split = ? ORDER BY id"));
    if (!split.isEmpty())
        query.addBindValue(split);
    sql::exec(query);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QStringList schemasInUse(const ProjectStore &store, const QString &split)
{
    QSqlQuery query = sql::prepare(store.db(), QStringLiteral(
        "SELECT s.name FROM label_schemas s WHERE EXISTS (SELECT 1 FROM annotations a JOIN labels l ON l.id = a.label_id"
        " JOIN items i ON i.id = a.item_id WHERE l.schema_id = s.id AND (? = '' OR i.split = ?)) ORDER BY s.id"));
    query.addBindValue(sql::text(split));
    query.addBindValue(sql::text(split));
    sql::exec(query);
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

ExportFile::ExportFile(const QString &path)
    : m_file(path)
{
    if (!m_file.open(QIODevice::WriteOnly))
        throw Error(Error::tr("%1: cannot write: %2").arg(path, m_file.errorString()));
}

void ExportFile::write(const QByteArray &bytes)
{
    if (m_file.write(bytes) != bytes.size())
        throw Error(Error::tr("%1: write failed: %2").arg(m_file.fileName(), m_file.errorString()));
}

void ExportFile::checkCancelled(const std::atomic_bool *cancel)
{
    if (cancel && cancel->load(std::memory_order_relaxed)) {
        m_file.cancelWriting();
        throw Error(Error::tr("%1: export cancelled, nothing written").arg(m_file.fileName()));
    }
}

void ExportFile::commit()
{
    if (!m_file.commit())
        throw Error(Error::tr("%1: cannot finish writing: %2").arg(m_file.fileName(), m_file.errorString()));
}

} // namespace candor
