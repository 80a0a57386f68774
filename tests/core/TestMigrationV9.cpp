// Schema version 9: a version-8 project, which refuses curated rows, opens at version 9 with its rows and summary
// intact, takes curated rows, and passes SQLite's integrity check.
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

class TestMigrationV9 : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static bool insertCurated(const QSqlDatabase &db)
    {
        QSqlQuery query(db);
        return query.exec(QStringLiteral(
            "INSERT INTO annotations(item_id, label_id, origin, annotator, status, created_at, updated_at)"
            " SELECT 1, l.id, 'curated', 'cur', 'accepted', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'"
            " FROM labels l JOIN label_schemas s ON s.id = l.schema_id WHERE s.name = 'fake-2' AND l.name = 'real'"));
    }

private Q_SLOTS:
    void upgradesVersion8Project()
    {
        const QString path = m_dir.filePath(QStringLiteral("v8.candor"));
        {
            QSqlDatabase db = Database::connection(path);
            Migrations::migrate(db, 8);
            sql::exec(db,
                QStringLiteral("INSERT INTO items(id, kind, source, external_id, text, content_hash)"
                               " VALUES (1, 'post', 'mediaeval2016', '42', 'Shark in the street', 'h')"));
            sql::exec(db,
                QStringLiteral("INSERT INTO annotations(item_id, label_id, origin, annotator, status, created_at,"
                               " updated_at) SELECT 1, l.id, 'human', 'ana', 'accepted', '2024-01-01T00:00:00.000Z',"
                               " '2024-01-01T00:00:00.000Z' FROM labels l JOIN label_schemas s ON s.id = l.schema_id"
                               " WHERE s.name = 'fake-2' AND l.name = 'fake'"));
            QVERIFY(!insertCurated(db)); // version 8's CHECK refuses the origin
        }
        Database::close(path);

        ProjectStore store(path);
        const QSqlDatabase db = storeConnection(store);
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion);
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QVERIFY(insertCurated(db));
        QCOMPARE(store.annotations(1).size(), 2);
        // The item summary still counts ana's answer (its triggers survived the edit of the table's SQL).
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT annotators FROM item_summary WHERE item_id = 1")).toString(),
            QStringLiteral("ana"));
        // Other origins are still refused.
        QSqlQuery bad(db);
        QVERIFY(!bad.exec(QStringLiteral("UPDATE annotations SET origin = 'oracle' WHERE item_id = 1")));
    }
};

QTEST_GUILESS_MAIN(TestMigrationV9)
#include "TestMigrationV9.moc"
