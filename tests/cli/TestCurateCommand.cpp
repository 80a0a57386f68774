// candor-cli curate as a curator's script uses it: the versions of an item listed (by id or source/external id),
// one annotator's settled as curated rows under the curator's name, exported with --origin curated, cleared again;
// and a version or schema that is not there refused in one line, nothing written.
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

void addHuman(ProjectStore &store, qint64 item, const QString &label, int start, int end, const QString &annotator)
{
    Annotation a;
    a.itemId = item;
    a.schema = QStringLiteral("persuasion-20");
    a.label = label;
    a.start = start;
    a.end = end;
    a.origin = Origin::Human;
    a.annotator = annotator;
    store.addAnnotation(a);
}

} // namespace

class TestCurateCommand : public QObject
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
        {
            ProjectStore store(m_path);
            Item item;
            item.kind = ItemKind::Meme;
            item.source = QStringLiteral("semeval");
            item.externalId = QStringLiteral("12/a");
            item.text = QStringLiteral("THEY LIE to you 😀 every day");
            const qint64 id = store.upsertItem(item).id;
            addHuman(store, id, QStringLiteral("Smears"), 0, 8, QStringLiteral("ana"));
            addHuman(store, id, QStringLiteral("Smears"), 0, 15, QStringLiteral("ben"));
            addHuman(store, id, QStringLiteral("Loaded Language"), 5, 8, QStringLiteral("ben"));
        }
        Database::closeAll(); // the process below opens the file itself
    }

    void cleanup() { Database::closeAll(); }

    void listSettleExportAndClear()
    {
        const QString item = QStringLiteral("semeval/12/a");
        const QString schema = QStringLiteral("--schema=persuasion-20");
        const Run list = cli({QStringLiteral("curate"), m_path, item, schema});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QCOMPARE(
            list.out, QStringLiteral("human:ana: Smears [0-8]\nhuman:ben: Smears [0-15]; Loaded Language [5-8]\n"));

        const Run settle = cli({QStringLiteral("curate"), m_path, QStringLiteral("1"), schema,
            QStringLiteral("--accept=human:ben"), QStringLiteral("--annotator=cy")});
        QVERIFY2(settle.exitCode == 0, qPrintable(settle.err));
        QCOMPARE(
            settle.out, QStringLiteral("item 1 persuasion-20: human:ben settled by cy (2 curated rows; 0 replaced)\n"));

        const Run json = cli({QStringLiteral("curate"), m_path, item, schema, QStringLiteral("--json")});
        const QJsonArray versions
            = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("versions")).toArray();
        QCOMPARE(versions.size(), 3);
        QCOMPARE(versions.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("curated"));
        QCOMPARE(versions.at(0)
                     .toObject()
                     .value(QStringLiteral("rows"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("annotator")),
            QStringLiteral("cy"));

        const QString out = m_dir.filePath(QStringLiteral("curated.json"));
        const Run exported = cli({QStringLiteral("export"), m_path, out, QStringLiteral("--format=semeval-task2"),
            QStringLiteral("--origin=curated")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray labels = QJsonDocument::fromJson(file.readAll())
                                      .array()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("labels"))
                                      .toArray();
        QCOMPARE(labels.size(), 2);
        QCOMPARE(labels.at(0).toObject().value(QStringLiteral("end")).toInt(), 15);

        const Run clear = cli({QStringLiteral("curate"), m_path, item, schema, QStringLiteral("--clear")});
        QCOMPARE(clear.out, QStringLiteral("item 1 persuasion-20: curation cleared (2 curated rows removed)\n"));
    }

    void severalAcceptsMerge()
    {
        const Run merged = cli({QStringLiteral("curate"), m_path, QStringLiteral("1"),
            QStringLiteral("--schema=persuasion-20"), QStringLiteral("--accept=human:ana"),
            QStringLiteral("--accept=human:ben"), QStringLiteral("--annotator=cy")});
        QVERIFY2(merged.exitCode == 0, qPrintable(merged.err));
        QCOMPARE(merged.out,
            QStringLiteral("item 1 persuasion-20: human:ana+human:ben settled by cy (3 curated rows; 0 replaced)\n"));
    }

    void absentVersionsAndSchemasAreRefused()
    {
        const Run version = cli({QStringLiteral("curate"), m_path, QStringLiteral("1"),
            QStringLiteral("--schema=persuasion-20"), QStringLiteral("--accept=gold")});
        QCOMPARE(version.exitCode, 1);
        QVERIFY2(version.err.contains(
                     QStringLiteral("item 1 has no gold version in persuasion-20 (it has: human:ana, human:ben)")),
            qPrintable(version.err));
        const Run schema
            = cli({QStringLiteral("curate"), m_path, QStringLiteral("1"), QStringLiteral("--schema=nope")});
        QCOMPARE(schema.exitCode, 1);
        QVERIFY2(schema.err.contains(QStringLiteral("no label schema 'nope'")), qPrintable(schema.err));
        const Run item = cli(
            {QStringLiteral("curate"), m_path, QStringLiteral("semeval/99"), QStringLiteral("--schema=persuasion-20")});
        QCOMPARE(item.exitCode, 1);
        QVERIFY2(item.err.contains(QStringLiteral("no item 'semeval/99'")), qPrintable(item.err));
        ProjectStore store(m_path);
        AnnotationFilter curated;
        curated.origin = Origin::Curated;
        QVERIFY(store.annotations(1, curated).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCurateCommand)
#include "TestCurateCommand.moc"
