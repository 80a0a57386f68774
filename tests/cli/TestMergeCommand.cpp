// candor-cli merge as scripts use it: two annotators' copies merged (both kept), a conflict listed with exit code 3
// and the target's answer kept, a second run adds nothing; and --annotator on import naming unnamed human rows.
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

void addHuman(const QString &path, const QString &label, const QString &annotator)
{
    ProjectStore store(path);
    Annotation a;
    a.itemId = *store.findItem(QStringLiteral("fixture"), QStringLiteral("1"));
    a.schema = QStringLiteral("persuasion-20");
    a.label = label;
    a.origin = Origin::Human;
    a.annotator = annotator;
    store.addAnnotation(a);
}

QStringList humanRows(const QString &path)
{
    ProjectStore store(path);
    AnnotationFilter filter;
    filter.origin = Origin::Human;
    QStringList rows;
    for (const Annotation &a :
        store.annotations(*store.findItem(QStringLiteral("fixture"), QStringLiteral("1")), filter))
        rows.append(a.annotator + QLatin1Char(':') + a.label);
    rows.sort();
    return rows;
}

} // namespace

class TestMergeCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ana;
    QString m_ben;

private Q_SLOTS:
    void init()
    {
        Database::closeAll();
        const QString base = m_dir.filePath(QStringLiteral("base.candor"));
        m_ana = m_dir.filePath(QStringLiteral("ana.candor"));
        m_ben = m_dir.filePath(QStringLiteral("ben.candor"));
        for (const QString &path : {base, m_ana, m_ben})
            QFile::remove(path);
        ProjectStore::create(base);
        {
            ProjectStore store(base);
            Item item;
            item.kind = ItemKind::Post;
            item.source = QStringLiteral("fixture");
            item.externalId = QStringLiteral("1");
            item.text = QStringLiteral("一 text 😀 to label");
            store.upsertItem(item);
        }
        Database::close(base);
        QVERIFY(QFile::copy(base, m_ana));
        QVERIFY(QFile::copy(base, m_ben));
        addHuman(m_ana, QStringLiteral("Smears"), QStringLiteral("ana"));
        addHuman(m_ben, QStringLiteral("Doubt"), QStringLiteral("ben"));
        Database::closeAll(); // the process below opens the files itself
    }

    void cleanup() { Database::closeAll(); }

    void twoAnnotatorsMergedThenNothingMore()
    {
        const Run first = cli({QStringLiteral("merge"), m_ana, m_ben});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(QStringLiteral("1 rows added")), qPrintable(first.out));
        QCOMPARE(humanRows(m_ana), (QStringList{QStringLiteral("ana:Smears"), QStringLiteral("ben:Doubt")}));
        Database::closeAll();
        const Run second = cli({QStringLiteral("merge"), m_ana, m_ben, QStringLiteral("--json")});
        QCOMPARE(second.exitCode, 0);
        const QJsonObject file = QJsonDocument::fromJson(second.out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("files"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(file.value(QStringLiteral("rows_added")).toInt(), 0);
        QCOMPARE(file.value(QStringLiteral("answers_already_present")).toInt(), 1);
        QCOMPARE(humanRows(m_ana).size(), 2);
    }

    void conflictListedAndExit3()
    {
        addHuman(m_ben, QStringLiteral("Loaded Language"), QStringLiteral("ana")); // ana answered differently there
        Database::closeAll();
        const Run run = cli({QStringLiteral("merge"), m_ana, m_ben});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.contains(QStringLiteral("conflict: ana on fixture/1 in persuasion-20: here {Smears}, there "
                                                 "{Loaded Language}")),
            qPrintable(run.out));
        // ben's answer is still merged; ana's stays as it was here.
        QCOMPARE(humanRows(m_ana), (QStringList{QStringLiteral("ana:Smears"), QStringLiteral("ben:Doubt")}));
    }

    void importNamesUnnamedHumanRows()
    {
        addHuman(m_ben, QStringLiteral("Smears"), QString());
        Database::closeAll();
        const QString dump = m_dir.filePath(QStringLiteral("ben.jsonl"));
        const Run exported
            = cli({QStringLiteral("export"), m_ben, dump, QStringLiteral("--format"), QStringLiteral("jsonl")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.candor"));
        QFile::remove(fresh);
        QCOMPARE(cli({QStringLiteral("init"), fresh}).exitCode, 0);
        const Run imported
            = cli({QStringLiteral("import"), fresh, dump, QStringLiteral("--annotator"), QStringLiteral("cy")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err + imported.out));
        // The named row keeps its name; only the unnamed one takes --annotator.
        QCOMPARE(humanRows(fresh), (QStringList{QStringLiteral("ben:Doubt"), QStringLiteral("cy:Smears")}));
    }
};

QTEST_GUILESS_MAIN(TestMergeCommand)
#include "TestMergeCommand.moc"
