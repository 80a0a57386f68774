// brat standoff in and out: offsets in code points on texts with emoji, ZWJ sequences and CJK (the texts on which
// annotation tools' anchors shift), each span's quoted text checked, a Candor export opened in brat and its spans
// coming back onto the items they left, and bad lines reported one by one.
#include "core/formats/FormatDetection.h"
#include "core/store/Database.h"
#include "tests/formats/DatasetFixtures.h"
#include "tests/formats/InterchangeFixture.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace candor;
using candor::interchange::kFamily;
using candor::interchange::kText;
using candor::interchange::rowsOf;

namespace {

QString ann(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

class TestBratFormat : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<datasets::Project> m_project;

private Q_SLOTS:
    void init() { m_project = std::make_unique<datasets::Project>(); }
    void cleanup() { m_project.reset(); }

    void spansInCodePointsWithTheirQuotesChecked()
    {
        const QString folder = m_project->file(QStringLiteral("collection"));
        testfiles::writeFile(folder + QStringLiteral("/doc1.txt"), kText.toUtf8());
        testfiles::writeFile(folder + QStringLiteral("/doc1.ann"),
            ann({QStringLiteral("T1\tName_calling_Labeling 37 42\tLIARS"),
                    QStringLiteral("T2\tLoaded_Language 2 7\t") + kFamily,
                    // UTF-16 offsets of "lying" (23 29): the quote does not match, the span is refused.
                    QStringLiteral("T3\tSmears 23 28\tlying"),
                    // A discontinuous span: "says" and "lying", two spans.
                    QStringLiteral("T4\tDoubt 8 12;19 24\tsays lying"), QStringLiteral("T5\tNo_Such_Type 0 1\tx"),
                    QStringLiteral("R1\tCause Arg1:T1 Arg2:T2"), QStringLiteral("A1\tNegated T1"),
                    QStringLiteral("T6\tSmears 5"), QStringLiteral("garbage line"),
                    QStringLiteral("#1\tAnnotatorNotes T1\tobvious")})
                .toUtf8());
        const ImportReport report = m_project->import(QStringLiteral("brat"), folder);
        const qint64 item = *m_project->store().findItem(QStringLiteral("brat"), QStringLiteral("doc1"));
        QCOMPARE(m_project->store().item(item)->text, kText);
        QCOMPARE(rowsOf(m_project->store(), item),
            (QStringList{"persuasion-20 Doubt 19-24 gold", "persuasion-20 Doubt 8-12 gold",
                "persuasion-20 Loaded Language 2-7 gold", "persuasion-20 Name calling/Labeling 37-42 gold"}));
        QCOMPARE(report.annotationsAdded, 4);
        QStringList issues;
        for (const ImportIssue &issue : report.issues)
            issues.append(issue.record + QLatin1Char(' ') + issue.reason);
        const QString all = issues.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("T3 line 3: the file quotes \"lying\"")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("T5 type 'No_Such_Type' is no label of persuasion-20")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("line 8: a text-bound annotation needs")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("line 9: 'garbage line' is no brat annotation id")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("T4 a discontinuous span is stored as 2 span")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("2 relation, event, attribute or normalisation lines left out"))
                || all.contains(QStringLiteral("2 relation, event, attribute or normalisation line(s) left out")),
            qPrintable(all));
    }

    void theSchemaIsTheOneCoveringEveryType()
    {
        const QString folder = m_project->file(QStringLiteral("pan"));
        testfiles::writeFile(folder + QStringLiteral("/m.txt"), QByteArrayLiteral("They control the media"));
        testfiles::writeFile(folder + QStringLiteral("/m.ann"), QByteArrayLiteral("T1\tAGENT 0 4\tThey\n"));
        m_project->import(QStringLiteral("brat"), folder);
        const qint64 item = *m_project->store().findItem(QStringLiteral("brat"), QStringLiteral("m"));
        QCOMPARE(rowsOf(m_project->store(), item), QStringList{"narrative-6 AGENT 0-4 gold"});

        // Types of two schemas at once: the schema with the most of them (a tie: persuasion-20) takes its spans and
        // each span of another is reported; the earlier narrative-6 row stays as it was.
        testfiles::writeFile(folder + QStringLiteral("/n.txt"), QByteArrayLiteral("Smears here"));
        testfiles::writeFile(folder + QStringLiteral("/n.ann"), QByteArrayLiteral("T1\tSmears 0 6\tSmears\n"));
        const ImportReport mixed = m_project->import(QStringLiteral("brat"), folder);
        QCOMPARE(mixed.issues.size(), 1);
        QCOMPARE(mixed.issues.first().reason, QStringLiteral("type 'AGENT' is no label of persuasion-20"));
        const qint64 second = *m_project->store().findItem(QStringLiteral("brat"), QStringLiteral("n"));
        QCOMPARE(rowsOf(m_project->store(), second), QStringList{"persuasion-20 Smears 0-6 gold"});
        QCOMPARE(rowsOf(m_project->store(), item), QStringList{"narrative-6 AGENT 0-4 gold"});

        // No schema knows any type: the message says how to name one.
        const QString unknown = m_project->file(QStringLiteral("own-labels"));
        testfiles::writeFile(unknown + QStringLiteral("/x.txt"), QByteArrayLiteral("Claim"));
        testfiles::writeFile(unknown + QStringLiteral("/x.ann"), QByteArrayLiteral("T1\tClaim 0 5\tClaim\n"));
        try {
            m_project->import(QStringLiteral("brat"), unknown);
            QFAIL("types of no schema were accepted");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("(Claim)")), qPrintable(error.message()));
            QVERIFY(error.message().contains(QStringLiteral("--map schema=NAME")));
        }
    }

    void exportOpensInBratAndSpansComeBackOntoTheirItems()
    {
        ProjectStore &store = m_project->store();
        Item meme;
        meme.kind = ItemKind::Meme;
        meme.source = QStringLiteral("semeval");
        meme.externalId = QStringLiteral("128_batch 2/é");
        meme.text = kText;
        const qint64 item = store.upsertItem(meme).id;
        Item empty = meme;
        empty.externalId = QStringLiteral("unannotated");
        empty.text = QStringLiteral("Nothing marked yet");
        const qint64 other = store.upsertItem(empty).id;
        Annotation gold;
        gold.itemId = item;
        gold.schema = QStringLiteral("persuasion-20");
        gold.label = QStringLiteral("Appeal to fear/prejudice");
        gold.start = 2;
        gold.end = 7;
        store.addAnnotation(gold);

        const QString out = m_project->file(QStringLiteral("brat-out"));
        QCOMPARE(m_project->exportTo(QStringLiteral("brat"), out, QStringLiteral("best")), 2);
        const QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files,
            (QStringList{"000001_128_batch_2__.ann", "000001_128_batch_2__.txt", "000002_unannotated.ann",
                "000002_unannotated.txt", "annotation.conf", "candor.json", "visual.conf"}));
        QFile annFile(out + QStringLiteral("/000001_128_batch_2__.ann"));
        QVERIFY(annFile.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(annFile.readAll());
        QCOMPARE(written,
            QStringLiteral("T1\tAppeal_to_fear_prejudice 2 7\t") + kFamily
                + QStringLiteral("\n#1\tAnnotatorNotes T1\tpersuasion-20 · gold\n"));
        QFile conf(out + QStringLiteral("/visual.conf"));
        QVERIFY(conf.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(conf.readAll())
                    .contains(QStringLiteral("Appeal_to_fear_prejudice | Appeal to fear/prejudice")));

        // The folder is one brat dataset to the import planner, whatever else lies in it.
        const ImportPlan plan = planImport({out}, QStringLiteral("auto"));
        QCOMPARE(plan.steps.size(), size_t(1));
        QCOMPARE(plan.steps.front().importer->format(), QStringLiteral("brat"));

        // An annotator marks "LIARS" in brat (after the note line, as brat appends); the import as carol puts it on
        // the meme it was exported from, as carol's row, and a second import adds nothing.
        annFile.close();
        QVERIFY(annFile.open(QIODevice::Append));
        annFile.write("T2\tName_calling_Labeling 37 42\tLIARS\n");
        annFile.close();
        ImportOptions asCarol;
        asCarol.annotator = QStringLiteral("carol");
        auto importer = importerFor(QStringLiteral("brat"));
        const ImportReport first = importPath(store, *importer, out, asCarol);
        QCOMPARE(first.itemsAdded, 0);
        QCOMPARE(rowsOf(store, item),
            (QStringList{"persuasion-20 Appeal to fear/prejudice 2-7 gold",
                "persuasion-20 Appeal to fear/prejudice 2-7 human:carol",
                "persuasion-20 Name calling/Labeling 37-42 human:carol"}));
        QVERIFY(rowsOf(store, other).isEmpty());
        const ImportReport again = importPath(store, *importer, out, asCarol);
        QCOMPARE(again.annotationsAdded, 0);
        QCOMPARE(rowsOf(store, item).size(), 3);
    }

    void exportNeverOverwritesAFolder()
    {
        const QString out = m_project->file(QStringLiteral("taken"));
        testfiles::writeFile(out + QStringLiteral("/keep.txt"), QByteArrayLiteral("mine"));
        try {
            m_project->exportTo(QStringLiteral("brat"), out, QStringLiteral("best"));
            QFAIL("a folder with files in it was written into");
        } catch (const Error &error) {
            QVERIFY(error.message().contains(QStringLiteral("not an empty folder")));
        }
        QCOMPARE(QDir(out).entryList(QDir::Files), QStringList{"keep.txt"});
        // Nothing is left beside it either.
        QCOMPARE(QDir(m_project->folder()).entryList({QStringLiteral(".candor-*")}, QDir::AllEntries | QDir::Hidden),
            QStringList());
    }

    void anExportedTextChangedSinceIsRefused()
    {
        ProjectStore &store = m_project->store();
        Item post;
        post.source = QStringLiteral("telegram");
        post.externalId = QStringLiteral("42");
        post.text = QStringLiteral("Original words");
        store.upsertItem(post);
        const QString out = m_project->file(QStringLiteral("changed"));
        m_project->exportTo(QStringLiteral("brat"), out, QStringLiteral("best"));
        testfiles::writeFile(out + QStringLiteral("/000001_42.txt"), QByteArrayLiteral("Edited words"));
        const ImportReport report = m_project->import(QStringLiteral("brat"), out);
        QCOMPARE(report.issues.size(), 1);
        QVERIFY2(report.issues.first().reason.contains(QStringLiteral("the text differs from item telegram / 42")),
            qPrintable(report.issues.first().reason));
    }
};

QTEST_GUILESS_MAIN(TestBratFormat)
#include "TestBratFormat.moc"
