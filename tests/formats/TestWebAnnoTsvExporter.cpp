// WebAnno TSV 3.3 export for INCEpTION: UTF-16 offsets as the format defines them (an emoji counts 2), one #Text
// line per line of a sentence, disambiguation ids on multi-token and stacked spans, the annotators of a layer apart,
// reserved characters escaped, and a folder written whole or not at all.
#include "core/formats/tokens/WebAnnoTsvExporter.h"
#include "tests/formats/DatasetFixtures.h"
#include "tests/formats/InterchangeFixture.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace candor;

using candor::interchange::linesOf;

class TestWebAnnoTsvExporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<datasets::Project> m_project;

private Q_SLOTS:
    void init() { m_project = std::make_unique<datasets::Project>(); }
    void cleanup() { m_project.reset(); }

    void spansOverTokensWithUtf16OffsetsAndDisambiguationIds()
    {
        interchange::addSpannedMeme(m_project->store());
        const QString out = m_project->file(QStringLiteral("inception"));
        QCOMPARE(m_project->exportTo(QStringLiteral("webanno-tsv"), out, QStringLiteral("gold")), 1);
        QCOMPARE(QDir(out).entryList(QDir::Files), QStringList{"000001_128_batch_2__.tsv"});
        const QString none = QStringLiteral("_\t_\t_\t");
        const QString smears = QStringLiteral("Smears[1]\tgold[1]\t*[1]\t");
        const QStringList expected{
            QStringLiteral("#FORMAT=WebAnno TSV 3.3"),
            QStringLiteral("#T_SP=webanno.custom.Persuasion20|label|origin|annotator"),
            QString(),
            QString(),
            QStringLiteral("#Text=") + interchange::kText.section(QLatin1Char('\n'), 0, 0),
            QStringLiteral("#Text=All of them LIARS"),
            QString::fromUtf8("1-1\t0-2\t\xf0\x9f\x98\x80\t") + none,
            QStringLiteral("1-2\t3-11\t") + interchange::kFamily + QStringLiteral("\tLoaded Language\tgold\t*\t"),
            QStringLiteral("1-3\t12-16\tsays\t") + smears,
            QString::fromUtf8("1-4\t17-18\t\xe6\x9d\xb1\t") + smears,
            QString::fromUtf8("1-5\t18-19\t\xe4\xba\xac\t") + smears,
            QStringLiteral("1-6\t20-22\tis\t") + smears,
            QStringLiteral("1-7\t23-25\tly\tSmears[1]|Doubt[2]\tgold[1]|gold[2]\t*[1]|*[2]\t"),
            QStringLiteral("1-8\t25-28\ting\tSmears[1]|Doubt[2]|Exaggeration/Minimisation[3]\tgold[1]|gold[2]|gold[3]"
                           "\t*[1]|*[2]|*[3]\t"),
            QStringLiteral("1-9\t29-32\tAll\tDoubt[2]\tgold[2]\t*[2]\t"),
            QStringLiteral("1-10\t33-35\tof\t") + none,
            QStringLiteral("1-11\t36-40\tthem\t") + none,
            QStringLiteral("1-12\t41-46\tLIARS\tName calling/Labeling\tgold\t*\t"),
            QString(),
            QString(),
        };
        QCOMPARE(linesOf(out + QStringLiteral("/000001_128_batch_2__.tsv")), expected);
    }

    void eachAnnotatorsSpanStacked()
    {
        ProjectStore &store = m_project->store();
        const qint64 item = interchange::addSpannedMeme(store);
        interchange::addHumanSpan(store, item, QStringLiteral("Smears"), 37, 42, QStringLiteral("bob"));
        interchange::addHumanSpan(store, item, QStringLiteral("Smears"), 37, 42, QStringLiteral("alice"));
        const QString out = m_project->file(QStringLiteral("human"));
        m_project->exportTo(QStringLiteral("webanno-tsv"), out, QStringLiteral("human"));
        const QStringList lines = linesOf(out + QStringLiteral("/000001_128_batch_2__.tsv"));
        // Without the gold spans "lying" is one token again: the 11th.
        QVERIFY2(lines.contains(
                     QStringLiteral("1-11\t41-46\tLIARS\tSmears[1]|Smears[2]\thuman[1]|human[2]\talice[1]|bob[2]\t")),
            qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void reservedCharactersAndLayerNames()
    {
        QCOMPARE(webanno::escaped(QStringLiteral("a_b|c[1]\\d->e;f*g\th-i\r\n")),
            QStringLiteral("a\\_b\\|c\\[1\\]\\\\d\\->e\\;f\\*g\\th-i\\r\\n"));
        QCOMPARE(webanno::layerName(QStringLiteral("persuasion-20")), QStringLiteral("webanno.custom.Persuasion20"));
        QCOMPARE(webanno::layerName(QStringLiteral("pan narratives")), QStringLiteral("webanno.custom.PanNarratives"));
        QCOMPARE(webanno::layerName(QStringLiteral("20-x")), QStringLiteral("webanno.custom.Schema20X"));
    }

    void paragraphsAreSentencesAndAFolderIsNeverOverwritten()
    {
        Item post;
        post.source = QStringLiteral("telegram");
        post.externalId = QStringLiteral("9");
        post.text = QStringLiteral("First [one]\n\nSecond_one");
        m_project->store().upsertItem(post);
        const QString out = m_project->file(QStringLiteral("paragraphs"));
        m_project->exportTo(QStringLiteral("webanno-tsv"), out, QStringLiteral("best"));
        // No span schema in use: no layer, no feature column.
        QCOMPARE(linesOf(out + QStringLiteral("/000001_9.tsv")),
            (QStringList{"#FORMAT=WebAnno TSV 3.3", "", "", "#Text=First \\[one\\]", "1-1\t0-5\tFirst\t",
                "1-2\t6-7\t\\[\t", "1-3\t7-10\tone\t", "1-4\t10-11\t\\]\t", "", "#Text=Second\\_one",
                "2-1\t13-19\tSecond\t", "2-2\t19-20\t\\_\t", "2-3\t20-23\tone\t", "", ""}));

        const QString taken = m_project->file(QStringLiteral("taken"));
        testfiles::writeFile(taken + QStringLiteral("/keep.txt"), QByteArrayLiteral("mine"));
        QVERIFY_THROWS_EXCEPTION(Error, m_project->exportTo(QStringLiteral("webanno-tsv"), taken));
        QCOMPARE(QDir(taken).entryList(QDir::Files), QStringList{"keep.txt"});
        QCOMPARE(QDir(m_project->folder()).entryList({QStringLiteral(".candor-*")}, QDir::AllEntries | QDir::Hidden),
            QStringList());
    }
};

QTEST_GUILESS_MAIN(TestWebAnnoTsvExporter)
#include "TestWebAnnoTsvExporter.moc"
