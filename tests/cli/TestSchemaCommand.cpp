// candor-cli schema as a team lead's script uses it: import a schema file, list and show it, rename a label that
// annotations use (they follow), retire one, export and re-import with --replace, copy a built-in one; and bad
// files, built-in edits and deletes of used schemas refused in one line, nothing written.
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"
#include "tests/cli/CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

using Run = candor::testing::CliRun;

Run cli(const QStringList &arguments)
{
    return candor::testing::runCli(arguments, 300);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestSchemaCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void init()
    {
        Database::closeAll();
        m_path = m_dir.filePath(QStringLiteral("team.candor"));
        QFile::remove(m_path);
        ProjectStore::create(m_path);
        writeFile(m_dir.filePath(QStringLiteral("claims.json")),
            "{\"format\": \"candor-label-schema\", \"version\": 1, \"name\": \"claims\", \"use\": \"spans\",\n"
            "                \"description\": \"What a post claims\",\n"
            "                \"labels\": [{\"name\": \"health\", \"colour\": \"#4363d8\", \"key\": \"H\"},\n"
            "                           {\"name\": \"election\", \"colour\": \"#e6194b\", \"key\": \"E\"}]}");
        Database::closeAll();
    }

    void cleanup() { Database::closeAll(); }

    void importEditExportReplace()
    {
        const Run imported = cli({QStringLiteral("schema"), QStringLiteral("import"), m_path,
            m_dir.filePath(QStringLiteral("claims.json"))});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(imported.out, QStringLiteral("imported claims: 2 labels\n"));
        {
            ProjectStore store(m_path);
            Item item;
            item.kind = ItemKind::Post;
            item.source = QStringLiteral("x");
            item.externalId = QStringLiteral("1");
            item.text = QStringLiteral("Vaccines 💉 rig the vote");
            const qint64 id = store.upsertItem(item).id;
            Annotation a;
            a.itemId = id;
            a.schema = QStringLiteral("claims");
            a.label = QStringLiteral("health");
            a.start = 0;
            a.end = 10;
            a.origin = Origin::Human;
            a.annotator = QStringLiteral("ana");
            store.addAnnotation(a);
        }
        Database::closeAll();

        const Run edited = cli({QStringLiteral("schema"), QStringLiteral("edit"), m_path, QStringLiteral("claims"),
            QStringLiteral("--rename=health=public health"), QStringLiteral("--add=climate"),
            QStringLiteral("--key=climate=C"), QStringLiteral("--retire=election")});
        QVERIFY2(edited.exitCode == 0, qPrintable(edited.err));
        QCOMPARE(edited.out, QStringLiteral("claims saved: 2 labels in use\n"));

        const Run shown = cli({QStringLiteral("schema"), QStringLiteral("show"), m_path, QStringLiteral("claims")});
        QCOMPARE(shown.out,
            QStringLiteral("claims (spans): What a post claims\n"
                           "1. public health  #4363d8  key H  1 annotations\n"
                           "2. election  #e6194b  key E  0 annotations, retired\n"
                           "3. climate  #ffe119  key C  0 annotations\n"));
        QVERIFY2(shown.err.isEmpty(), qPrintable(shown.err));
        {
            ProjectStore store(m_path);
            QCOMPARE(store.annotations(1).value(0).label, QStringLiteral("public health"));
        }
        Database::closeAll();

        const Run list = cli({QStringLiteral("schema"), QStringLiteral("list"), m_path, QStringLiteral("--json")});
        const QJsonArray schemas = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(schemas.size(), 8);
        const QJsonObject claims = schemas.last().toObject();
        QCOMPARE(claims.value(QStringLiteral("name")).toString(), QStringLiteral("claims"));
        QCOMPARE(claims.value(QStringLiteral("labels")).toInt(), 2);
        QCOMPARE(claims.value(QStringLiteral("retired")).toInt(), 1);
        QCOMPARE(claims.value(QStringLiteral("annotations")).toInt(), 1);
        QCOMPARE(claims.value(QStringLiteral("built_in")).toBool(), false);

        // The old file again, with --replace: labels matched by name; "public health" is not in it, so it is
        // retired (it has an annotation), "health" comes back as a new label.
        const Run replaced = cli({QStringLiteral("schema"), QStringLiteral("import"), m_path,
            m_dir.filePath(QStringLiteral("claims.json")), QStringLiteral("--replace")});
        QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
        const QString exported = m_dir.filePath(QStringLiteral("out.json"));
        QCOMPARE(cli({QStringLiteral("schema"), QStringLiteral("export"), m_path, QStringLiteral("claims"), exported})
                     .exitCode,
            0);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray labels
            = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("labels")).toArray();
        QStringList names;
        for (const QJsonValue &label : labels)
            names.append(label.toObject().value(QStringLiteral("name")).toString()
                + (label.toObject().value(QStringLiteral("retired")).toBool() ? QStringLiteral("*") : QString()));
        QCOMPARE(names,
            QStringList({QStringLiteral("health"), QStringLiteral("election"), QStringLiteral("public health*"),
                QStringLiteral("climate*")}));
    }

    void copiesBuiltinsAndRefusesWhatItMust()
    {
        const Run copied = cli({QStringLiteral("schema"), QStringLiteral("copy"), m_path, QStringLiteral("stance-4"),
            QStringLiteral("stance-team")});
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
        const Run builtin = cli({QStringLiteral("schema"), QStringLiteral("edit"), m_path, QStringLiteral("stance-4"),
            QStringLiteral("--rename=support=agree")});
        QCOMPARE(builtin.exitCode, 1);
        QVERIFY2(builtin.err.contains(QStringLiteral("the built-in label schema 'stance-4' is read-only; copy it")),
            qPrintable(builtin.err));
        const Run conflict = cli({QStringLiteral("schema"), QStringLiteral("edit"), m_path,
            QStringLiteral("stance-team"), QStringLiteral("--key=deny=s")});
        QCOMPARE(conflict.exitCode, 1);
        QVERIFY2(conflict.err.contains(QStringLiteral("label 2 'deny': the key S is also label 1's ('support')")),
            qPrintable(conflict.err));
        const Run removed = cli({QStringLiteral("schema"), QStringLiteral("edit"), m_path,
            QStringLiteral("stance-team"), QStringLiteral("--remove=query")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QCOMPARE(removed.out, QStringLiteral("stance-team saved: 3 labels in use\n"));
        const Run unknown = cli({QStringLiteral("schema"), QStringLiteral("edit"), m_path,
            QStringLiteral("stance-team"), QStringLiteral("--retire=agree")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("label schema 'stance-team' has no label 'agree'")),
            qPrintable(unknown.err));

        writeFile(m_dir.filePath(QStringLiteral("twice.json")),
            "{\"format\": \"candor-label-schema\", \"version\": 1, \"name\": \"t\",\n\"name\": \"u\", \"labels\": []}");
        const Run twice = cli(
            {QStringLiteral("schema"), QStringLiteral("import"), m_path, m_dir.filePath(QStringLiteral("twice.json"))});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains(QStringLiteral("twice.json: line 2: the key 'name' appears twice in one object")),
            qPrintable(twice.err));

        const Run deleted
            = cli({QStringLiteral("schema"), QStringLiteral("delete"), m_path, QStringLiteral("stance-team")});
        QCOMPARE(deleted.exitCode, 0);
        const Run gone = cli({QStringLiteral("schema"), QStringLiteral("show"), m_path, QStringLiteral("stance-team")});
        QCOMPARE(gone.exitCode, 1);
        const Run usage = cli({QStringLiteral("schema"), QStringLiteral("rename"), m_path});
        QCOMPARE(usage.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestSchemaCommand)
#include "TestSchemaCommand.moc"
