// Schema version 8: a project written at version 7 opens, gets the fact_checks table and the fake-2 "unsure" label
// (ignored: never a class), keeps its items and annotations, and takes fact checks; a new project has the label once.
#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/store/Database.h"
#include "core/store/FactCheckStore.h"
#include "core/store/Migrations.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"

#include <QTemporaryDir>
#include <QTest>

using namespace candor;

class TestMigrationV8 : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static int unsureLabels(const ProjectStore &store)
    {
        return sql::scalar(storeConnection(store),
            QStringLiteral("SELECT count(*) FROM labels l JOIN label_schemas s ON s.id = l.schema_id"
                           " WHERE s.name = 'fake-2' AND l.name = 'unsure' AND l.ignored = 1"))
            .toInt();
    }

private Q_SLOTS:
    void upgradesVersion7Project()
    {
        const QString path = m_dir.filePath(QStringLiteral("v7.candor"));
        {
            QSqlDatabase db = Database::connection(path);
            Migrations::migrate(db, 7);
            // A version-7 project knew fake-2 as fake / real only.
            sql::exec(db,
                QStringLiteral("DELETE FROM labels WHERE name = 'unsure' AND schema_id ="
                               " (SELECT id FROM label_schemas WHERE name = 'fake-2')"));
            sql::exec(db,
                QStringLiteral(
                    "INSERT INTO items(id, kind, source, external_id, text, content_hash)"
                    " VALUES (1, 'post', 'mediaeval2016', '324597532548276224', 'Shark in the street', 'h')"));
            sql::exec(db,
                QStringLiteral("INSERT INTO annotations(item_id, label_id, origin, status, created_at, updated_at)"
                               " SELECT 1, l.id, 'gold', 'accepted', '2024-01-01T00:00:00.000Z',"
                               " '2024-01-01T00:00:00.000Z' FROM labels l JOIN label_schemas s ON s.id = l.schema_id"
                               " WHERE s.name = 'fake-2' AND l.name = 'fake'"));
            QCOMPARE(Migrations::currentVersion(db), 7);
        }
        Database::close(path);

        ProjectStore store(path);
        QCOMPARE(Migrations::currentVersion(storeConnection(store)), Migrations::latestVersion);
        QCOMPARE(unsureLabels(store), 1);
        const LabelSchema fake = store.schema(Schemas::Fake2);
        QCOMPARE(fake.labelNames(), QStringList({QStringLiteral("fake"), QStringLiteral("real")}));
        QCOMPARE(fake.labelNames(/*includeIgnored=*/true),
            QStringList({QStringLiteral("fake"), QStringLiteral("real"), QStringLiteral("unsure")}));
        QCOMPARE(store.annotations(1).size(), 1);
        QCOMPARE(store.annotations(1).first().label, QStringLiteral("fake"));

        FactCheck check;
        check.itemId = 1;
        check.claim = QStringLiteral("A shark swam down a flooded street");
        check.rating = FactCheckRating::False;
        putFactCheck(store, check);
        QCOMPARE(factCheck(store, 1)->rating, FactCheckRating::False);
    }

    void newProjectHasUnsureOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.candor"));
        ProjectStore::create(path);
        ProjectStore store(path);
        QCOMPARE(Migrations::currentVersion(storeConnection(store)), Migrations::latestVersion);
        QCOMPARE(unsureLabels(store), 1);
        QCOMPARE(sql::scalar(storeConnection(store), QStringLiteral("SELECT count(*) FROM fact_checks")).toInt(), 0);
    }

    // The table itself refuses what the store's validation would (a file written by another tool).
    void tableRefusesBadRows()
    {
        const QString path = m_dir.filePath(QStringLiteral("checks.candor"));
        ProjectStore::create(path);
        ProjectStore store(path);
        sql::exec(storeConnection(store),
            QStringLiteral(
                "INSERT INTO items(id, kind, source, external_id, content_hash) VALUES (1, 'post', 's', '1', 'h')"));
        QVERIFY_THROWS_EXCEPTION(Error,
            sql::exec(storeConnection(store),
                QStringLiteral("INSERT INTO fact_checks(item_id, claim, rating, created_at, updated_at)"
                               " VALUES (1, 'c', 'pants on fire', 'x', 'x')")));
        QVERIFY_THROWS_EXCEPTION(Error,
            sql::exec(storeConnection(store),
                QStringLiteral("INSERT INTO fact_checks(item_id, claim, rating, created_at, updated_at)"
                               " VALUES (1, '   ', 'false', 'x', 'x')")));
    }
};

QTEST_GUILESS_MAIN(TestMigrationV8)
#include "TestMigrationV8.moc"
