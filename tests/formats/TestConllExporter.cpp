// CoNLL BIO export: tokens cut at span edges, overlapping spans of one schema kept as joined tags, offsets in code
// points on a text with emoji, a ZWJ sequence and CJK, and every item with text written.
#include "core/formats/tokens/ConllExporter.h"
#include "tests/formats/DatasetFixtures.h"
#include "tests/formats/InterchangeFixture.h"

#include <QFile>
#include <QTest>

using namespace candor;

using candor::interchange::linesOf;

class TestConllExporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<datasets::Project> m_project;

private Q_SLOTS:
    void init() { m_project = std::make_unique<datasets::Project>(); }
    void cleanup() { m_project.reset(); }

    void overlappingSpansAsJoinedBioTags()
    {
        ProjectStore &store = m_project->store();
        interchange::addSpannedMeme(store);
        Item plain;
        plain.source = QStringLiteral("telegram");
        plain.externalId = QStringLiteral("7");
        plain.text = QStringLiteral("Nothing marked");
        store.upsertItem(plain);
        plain.externalId = QStringLiteral("blank");
        plain.text = QStringLiteral(" \n ");
        store.upsertItem(plain);

        const QString out = m_project->file(QStringLiteral("spans.conll"));
        QCOMPARE(m_project->exportTo(QStringLiteral("conll"), out, QStringLiteral("gold")), 2);
        const QString id = QStringLiteral("semeval/128_batch 2/é");
        const QStringList expected{
            QStringLiteral("# global.columns = FORM CANDOR:START CANDOR:END CANDOR:PERSUASION-20"),
            QStringLiteral("# newdoc id = ") + id,
            QStringLiteral("# sent_id = ") + id + QStringLiteral("#1"),
            QStringLiteral("# text = ") + QString(interchange::kText).replace(QLatin1Char('\n'), QLatin1Char(' ')),
            QString::fromUtf8("\xf0\x9f\x98\x80\t0\t1\tO"),
            interchange::kFamily + QStringLiteral("\t2\t7\tB-Loaded_Language"),
            QStringLiteral("says\t8\t12\tB-Smears"),
            QString::fromUtf8("\xe6\x9d\xb1\t13\t14\tI-Smears"),
            QString::fromUtf8("\xe4\xba\xac\t14\t15\tI-Smears"),
            QStringLiteral("is\t16\t18\tI-Smears"),
            QStringLiteral("ly\t19\t21\tI-Smears|B-Doubt"),
            QStringLiteral("ing\t21\t24\tI-Smears|I-Doubt|B-Exaggeration/Minimisation"),
            QStringLiteral("All\t25\t28\tI-Doubt"),
            QStringLiteral("of\t29\t31\tO"),
            QStringLiteral("them\t32\t36\tO"),
            QStringLiteral("LIARS\t37\t42\tB-Name_calling/Labeling"),
            QString(),
            QStringLiteral("# newdoc id = telegram/7"),
            QStringLiteral("# sent_id = telegram/7#1"),
            QStringLiteral("# text = Nothing marked"),
            QStringLiteral("Nothing\t0\t7\tO"),
            QStringLiteral("marked\t8\t14\tO"),
            QString(),
            QString(),
        };
        QCOMPARE(linesOf(out), expected);
    }

    void aSpanAcrossAnEmptyLineKeepsItsParagraphsOneSentence()
    {
        Item post;
        post.source = QStringLiteral("telegram");
        post.externalId = QStringLiteral("8");
        post.text = QStringLiteral("Vote now\n\nor never\n\nThanks");
        const qint64 item = m_project->store().upsertItem(post).id;
        interchange::addHumanSpan(m_project->store(), item, QStringLiteral("Slogans"), 5, 12, QStringLiteral("ann"));
        const QString out = m_project->file(QStringLiteral("joined.conll"));
        m_project->exportTo(QStringLiteral("conll"), out, QStringLiteral("human"));
        const QStringList lines = linesOf(out);
        QCOMPARE(lines.mid(1, 13),
            (QStringList{"# newdoc id = telegram/8", "# sent_id = telegram/8#1", "# text = Vote now  or never",
                "Vote\t0\t4\tO", "now\t5\t8\tB-Slogans", "or\t10\t12\tI-Slogans", "never\t13\t18\tO", "",
                "# sent_id = telegram/8#2", "# text = Thanks", "Thanks\t20\t26\tO", "", ""}));
    }

    void twoAnnotatorsOnOneSpanAreOneTag()
    {
        ProjectStore &store = m_project->store();
        const qint64 item = interchange::addSpannedMeme(store);
        interchange::addHumanSpan(store, item, QStringLiteral("Smears"), 37, 42, QStringLiteral("bob"));
        interchange::addHumanSpan(store, item, QStringLiteral("Smears"), 37, 42, QStringLiteral("alice"));
        const QString out = m_project->file(QStringLiteral("human.conll"));
        QCOMPARE(m_project->exportTo(QStringLiteral("conll"), out, QStringLiteral("human")), 1);
        const QStringList lines = linesOf(out);
        QVERIFY(lines.contains(QStringLiteral("LIARS\t37\t42\tB-Smears")));
        QVERIFY(lines.contains(QStringLiteral("says\t8\t12\tO"))); // the gold spans are not the human layer
    }
};

QTEST_GUILESS_MAIN(TestConllExporter)
#include "TestConllExporter.moc"
