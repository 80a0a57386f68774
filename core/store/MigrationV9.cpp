#include "core/store/MigrationV9.h"

#include "core/domain/Error.h"
#include "core/store/Sql.h"

#include <QSqlQuery>
#include <QVariant>

namespace candor {

void migrateToVersion9(const QSqlDatabase &db)
{
    const QString before = QStringLiteral("CHECK(origin IN ('gold','human','model'))");
    const QString after = QStringLiteral("CHECK(origin IN ('gold','human','model','curated'))");
    const QString table
        = sql::scalar(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'annotations'"))
              .toString();
    if (table.count(before) != 1)
        throw Error(Error::tr("'%1': the annotations table is not the one Candor created; it cannot take curated rows")
                        .arg(db.databaseName()));
    const int cookie = sql::scalar(db, QStringLiteral("PRAGMA schema_version")).toInt();
    sql::exec(db, QStringLiteral("PRAGMA writable_schema = ON"));
    QSqlQuery update = sql::prepare(
        db, QStringLiteral("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'annotations'"));
    update.bindValue(0, QString(table).replace(before, after));
    sql::exec(update);
    sql::exec(db, QStringLiteral("PRAGMA schema_version = %1").arg(cookie + 1));
    sql::exec(db, QStringLiteral("PRAGMA writable_schema = OFF"));
    const QString check = sql::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString();
    if (check != QLatin1String("ok"))
        throw Error(Error::tr("'%1': the integrity check after adding the curated origin says: %2")
                        .arg(db.databaseName(), check));
}

} // namespace candor
