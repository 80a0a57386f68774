// A team's own label schemas in the store: create, rename (annotations and the old name keep working), swap, retire,
// delete what nothing uses, refuse the rest with a reason, leave the built-in schemas alone; and schema version 10
// on a version-9 project.
#include "core/domain/Error.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"
#include "tests/core/AgreementFixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace candor;

namespace {

LabelSchema claims()
{
    LabelSchema schema;
    schema.name = QStringLiteral("claims");
    schema.description = QStringLiteral("What a post claims");
    schema.use = SchemaUse::Spans;
    schema.labels = {{QStringLiteral("health"), QColor(QStringLiteral("#4363d8")), QStringLiteral("h")},
        {QStringLiteral("election"), QColor(QStringLiteral("#e6194b")), QStringLiteral("E")},
        {QStringLiteral("climate"), QColor(QStringLiteral("#911eb4")), QString()}};
    return schema;
}

} // namespace

class TestSchemaEditing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    qint64 m_item = 0;

    QStringList labelsOfItem() const
    {
        QStringList labels;
        for (const Annotation &a : m_store->annotations(m_item))
            labels.append(a.label);
        return labels;
    }

private Q_SLOTS:
    void init()
    {
        m_store.reset();
        Database::closeAll();
        const QString path = m_dir.filePath(QStringLiteral("p.candor"));
        QFile::remove(path);
        ProjectStore::create(path);
        m_store = std::make_unique<ProjectStore>(path);
        m_item = fixture::agreementItem(*m_store, ItemKind::Post, QStringLiteral("1"));
    }

    void createsASchemaWithIdsAndNormalisedKeys()
    {
        m_store->saveSchema(claims());
        const LabelSchema stored = m_store->schema(QStringLiteral("claims"));
        QCOMPARE(stored.use, SchemaUse::Spans);
        QCOMPARE(stored.description, QStringLiteral("What a post claims"));
        QCOMPARE(stored.labelNames(),
            QStringList({QStringLiteral("health"), QStringLiteral("election"), QStringLiteral("climate")}));
        QCOMPARE(stored.labels[0].shortcut, QStringLiteral("H")); // one text form for a key
        QVERIFY(stored.labels[0].id > 0 && stored.labels[1].id > stored.labels[0].id);
        QCOMPARE(stored.labels[1].colour, QColor(QStringLiteral("#e6194b")));
        QVERIFY(!stored.isBuiltin());
        QCOMPARE(m_store->schemas().last().name, QStringLiteral("claims"));
    }

    void renameKeepsAnnotationsAndTheOldName()
    {
        m_store->saveSchema(claims());
        fixture::agreementRow(
            *m_store, m_item, QStringLiteral("claims"), QStringLiteral("health"), QStringLiteral("ana"), 0, 4);
        LabelSchema edited = m_store->schema(QStringLiteral("claims"));
        const qint64 id = edited.labels[0].id;
        edited.labels[0].name = QStringLiteral("public health");
        m_store->saveSchema(edited);

        QCOMPARE(labelsOfItem(), QStringList{QStringLiteral("public health")});
        QCOMPARE(m_store->labelId(QStringLiteral("claims"), QStringLiteral("public health")), id);
        // An import, a merge or a model that still says "health" reaches the same label.
        QCOMPARE(m_store->labelId(QStringLiteral("claims"), QStringLiteral("health")), id);
        fixture::agreementRow(
            *m_store, m_item, QStringLiteral("claims"), QStringLiteral("health"), QStringLiteral("ben"), 5, 9);
        QCOMPARE(labelsOfItem(), QStringList({QStringLiteral("public health"), QStringLiteral("public health")}));
        QCOMPARE(m_store->labelUseCounts(QStringLiteral("claims")).value(id), 2);

        // A new label may take the former name: it wins over the alias from then on.
        edited = m_store->schema(QStringLiteral("claims"));
        edited.labels.append({QStringLiteral("health"), QColor(QStringLiteral("#3cb44b")), QString()});
        m_store->saveSchema(edited);
        const qint64 newId = m_store->schema(QStringLiteral("claims")).labels.last().id;
        QVERIFY(newId != id);
        QCOMPARE(m_store->labelId(QStringLiteral("claims"), QStringLiteral("health")), newId);
    }

    void swapsTwoNamesInOneSave()
    {
        m_store->saveSchema(claims());
        fixture::agreementRow(
            *m_store, m_item, QStringLiteral("claims"), QStringLiteral("health"), QStringLiteral("ana"), 0, 4);
        LabelSchema edited = m_store->schema(QStringLiteral("claims"));
        std::swap(edited.labels[0].name, edited.labels[1].name);
        std::swap(edited.labels[0], edited.labels[1]); // and the order
        m_store->saveSchema(edited);
        const LabelSchema stored = m_store->schema(QStringLiteral("claims"));
        QCOMPARE(stored.labelNames(),
            QStringList({QStringLiteral("health"), QStringLiteral("election"), QStringLiteral("climate")}));
        QCOMPARE(labelsOfItem(), QStringList{QStringLiteral("election")}); // the row kept its label, now "election"
    }

    void retiresAndRestores()
    {
        m_store->saveSchema(claims());
        LabelSchema edited = m_store->schema(QStringLiteral("claims"));
        edited.labels[2].retired = true;
        edited.labels[2].shortcut = QStringLiteral("h"); // a retired label's key conflicts with nothing
        m_store->saveSchema(edited);
        LabelSchema stored = m_store->schema(QStringLiteral("claims"));
        QVERIFY(stored.labels[2].retired);
        QCOMPARE(stored.labelNames(), QStringList({QStringLiteral("health"), QStringLiteral("election")}));
        stored.labels[2].retired = false;
        QVERIFY_THROWS_EXCEPTION(Error, m_store->saveSchema(stored)); // back in use, its H meets health's
        stored.labels[2].shortcut = QStringLiteral("C");
        m_store->saveSchema(stored);
        QCOMPARE(m_store->schema(QStringLiteral("claims")).labelNames().size(), 3);
    }

    void deletesOnlyWhatNothingUses()
    {
        m_store->saveSchema(claims());
        fixture::agreementRow(
            *m_store, m_item, QStringLiteral("claims"), QStringLiteral("election"), QStringLiteral("ana"), 0, 4);
        LabelSchema edited = m_store->schema(QStringLiteral("claims"));
        edited.labels.removeAt(2); // climate: unused, goes
        m_store->saveSchema(edited);
        QCOMPARE(m_store->schema(QStringLiteral("claims")).labels.size(), 2);
        edited.labels.removeAt(1); // election: used
        try {
            m_store->saveSchema(edited);
            QFAIL("a used label was deleted");
        } catch (const Error &error) {
            QCOMPARE(QString::fromUtf8(error.what()),
                QStringLiteral("label schema 'claims': the label 'election' is used by 1 annotation(s); retire it "
                               "instead of deleting it"));
        }
        QCOMPARE(m_store->schema(QStringLiteral("claims")).labels.size(), 2); // nothing half-written
        QVERIFY_THROWS_EXCEPTION(Error, m_store->deleteSchema(QStringLiteral("claims")));

        LabelSchema unused = claims();
        unused.name = QStringLiteral("spare");
        m_store->saveSchema(unused);
        m_store->deleteSchema(QStringLiteral("spare"));
        QVERIFY_THROWS_EXCEPTION(Error, m_store->schema(QStringLiteral("spare")));
    }

    void refusesBuiltinsBadLabelsAndForeignIds()
    {
        LabelSchema builtin = m_store->schema(Schemas::Stance4);
        QVERIFY(builtin.isBuiltin());
        builtin.labels[0].name = QStringLiteral("agree");
        QVERIFY_THROWS_EXCEPTION(Error, m_store->saveSchema(builtin));
        QVERIFY_THROWS_EXCEPTION(Error, m_store->deleteSchema(Schemas::Stance4));
        QCOMPARE(m_store->schema(Schemas::Stance4).labels[0].name, QStringLiteral("support"));

        LabelSchema copy = builtin; // a copy that kept the built-in's label ids
        copy.name = QStringLiteral("stance-mine");
        m_store->saveSchema(copy); // new schema: the ids are ignored, the labels are new
        QVERIFY(m_store->schema(QStringLiteral("stance-mine")).labels[0].id != builtin.labels[0].id);
        LabelSchema foreign = m_store->schema(QStringLiteral("stance-mine"));
        foreign.labels[0].id = builtin.labels[0].id;
        QVERIFY_THROWS_EXCEPTION(Error, m_store->saveSchema(foreign));

        LabelSchema twice = claims();
        twice.labels[1].shortcut = QStringLiteral("H");
        try {
            m_store->saveSchema(twice);
            QFAIL("two labels with one key were saved");
        } catch (const Error &error) {
            QCOMPARE(QString::fromUtf8(error.what()),
                QStringLiteral("label schema 'claims': label 2 'election': the key H is also label 1's ('health')"));
        }
        QVERIFY_THROWS_EXCEPTION(Error, m_store->schema(QStringLiteral("claims")));
    }

    void upgradesVersion9Project()
    {
        const QString path = m_dir.filePath(QStringLiteral("v9.candor"));
        {
            QSqlDatabase db = Database::connection(path);
            Migrations::migrate(db, 9);
        }
        Database::close(path);
        ProjectStore store(path);
        QCOMPARE(Migrations::currentVersion(storeConnection(store)), 10);
        const LabelSchema persuasion = store.schema(Schemas::Persuasion20);
        QCOMPARE(persuasion.use, SchemaUse::Both);
        QCOMPARE(persuasion.labelNames().size(), 20);
        QVERIFY(std::none_of(
            persuasion.labels.begin(), persuasion.labels.end(), [](const LabelDef &def) { return def.retired; }));
        QCOMPARE(sql::scalar(storeConnection(store), QStringLiteral("PRAGMA integrity_check")).toString(),
            QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestSchemaEditing)
#include "TestSchemaEditing.moc"
