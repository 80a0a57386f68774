#include "core/store/server/ReadTransaction.h"

#include "core/domain/Error.h"
#include "core/store/Sql.h"

#include <QSqlQuery>
#include <QVariant>

namespace candor {

ReadTransaction::ReadTransaction(QSqlDatabase db, const QString &begin)
    : m_db(std::move(db))
{
    sql::exec(m_db, begin);
}

ReadTransaction::~ReadTransaction()
{
    QSqlQuery end(m_db);
    end.exec(QStringLiteral("COMMIT"));
}

QStringList fileColumns(const QSqlDatabase &file, const QString &table)
{
    QSqlQuery query = sql::prepare(file, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    query.bindValue(0, table);
    sql::exec(query);
    QStringList columns;
    while (query.next())
        columns.append(query.value(0).toString());
    if (columns.isEmpty())
        throw Error(Error::tr("the project file has no table '%1'").arg(table));
    return columns;
}

} // namespace candor
