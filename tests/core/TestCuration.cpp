// Adjudication on one item: the versions a curator chooses from, settling one as curated rows (the annotators'
// rows untouched), curated rows first in "best" and in the curated export layer, undo by settling the replaced rows
// back, clearing, and a version that is not there named with those that are.
#include "core/agreement/Curation.h"
#include "core/domain/Error.h"
#include "core/formats/common/AnnotationSelection.h"
#include "core/store/Database.h"
#include "tests/core/AgreementFixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

const QString kSchema = QStringLiteral("persuasion-20");

QStringList describe(const QList<Annotation> &rows)
{
    QStringList out;
    for (const Annotation &row : rows)
        out.append(
            QStringLiteral("%1 %2%3 %4")
                .arg(originName(row.origin), row.label,
                    row.isSpan() ? QStringLiteral(" %1-%2").arg(*row.start).arg(*row.end) : QString(), row.annotator));
    out.sort();
    return out;
}

} // namespace

class TestCuration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    qint64 m_item = 0;

private Q_SLOTS:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("curation.candor"));
        QFile::remove(path);
        ProjectStore::create(path);
        m_store = std::make_unique<ProjectStore>(path);
        m_item = fixture::agreementItem(*m_store, ItemKind::Post, QStringLiteral("p1"));
        fixture::agreementRow(*m_store, m_item, kSchema, QStringLiteral("Smears"), QStringLiteral("ana"), 0, 10);
        fixture::agreementRow(*m_store, m_item, kSchema, QStringLiteral("Doubt"), QStringLiteral("ana"), 20, 30);
        fixture::agreementRow(*m_store, m_item, kSchema, QStringLiteral("Smears"), QStringLiteral("ben"), 0, 12);
        fixture::agreementRow(*m_store, m_item, kSchema, QStringLiteral("Doubt"), QStringLiteral("ben"), 40, 44, {},
            Status::Rejected); // a rejected row is no one's version
        Annotation gold;
        gold.itemId = m_item;
        gold.schema = kSchema;
        gold.label = QStringLiteral("Smears");
        gold.start = 0;
        gold.end = 11;
        m_store->addAnnotation(gold);
    }

    void cleanup()
    {
        m_store.reset();
        Database::closeAll();
    }

    void versionsInTheirOrder()
    {
        const QList<CurationVersion> versions = curationVersions(*m_store, m_item, kSchema);
        QStringList names;
        for (const CurationVersion &version : versions)
            names.append(version.name);
        QCOMPARE(names, (QStringList{"human:ana", "human:ben", "gold"}));
        QCOMPARE(describe(versions[0].rows), (QStringList{"human Doubt 20-30 ana", "human Smears 0-10 ana"}));
        QCOMPARE(describe(versions[1].rows), QStringList{"human Smears 0-12 ben"});
    }

    void settlingStoresCuratedRowsAndLeavesTheAnnotatorsAlone()
    {
        const QList<Annotation> replaced = settleCuration(*m_store, m_item, kSchema,
            curationVersion(*m_store, m_item, kSchema, QStringLiteral("human:ana")), QStringLiteral("cur"));
        QVERIFY(replaced.isEmpty());
        const QStringList curated{"curated Doubt 20-30 cur", "curated Smears 0-10 cur"};
        QCOMPARE(describe(curationVersion(*m_store, m_item, kSchema, QStringLiteral("curated"))), curated);
        QCOMPARE(curationVersions(*m_store, m_item, kSchema).first().name, QStringLiteral("curated"));
        QCOMPARE(describe(curationVersion(*m_store, m_item, kSchema, QStringLiteral("human:ana"))),
            (QStringList{"human Doubt 20-30 ana", "human Smears 0-10 ana"}));
        // "best" and the curated layer read the settlement; the human layer is still the annotators'.
        QCOMPARE(
            describe(AnnotationSelection::fromName(QStringLiteral("best")).select(*m_store, m_item, kSchema)), curated);
        QCOMPARE(describe(AnnotationSelection::fromName(QStringLiteral("curated")).select(*m_store, m_item, kSchema)),
            curated);
        QCOMPARE(AnnotationSelection::fromName(QStringLiteral("human")).select(*m_store, m_item, kSchema).size(), 3);
    }

    void undoPutsTheReplacedSettlementBack()
    {
        settleCuration(*m_store, m_item, kSchema,
            curationVersion(*m_store, m_item, kSchema, QStringLiteral("human:ana")), QStringLiteral("cur"));
        // A second curator prefers ben's span, then merges in gold's: duplicates are stored once.
        QList<Annotation> merged = curationVersion(*m_store, m_item, kSchema, QStringLiteral("human:ben"));
        merged += merged;
        const QList<Annotation> replaced = settleCuration(*m_store, m_item, kSchema, merged, QStringLiteral("dee"));
        QCOMPARE(describe(replaced), (QStringList{"curated Doubt 20-30 cur", "curated Smears 0-10 cur"}));
        QCOMPARE(describe(curationVersion(*m_store, m_item, kSchema, QStringLiteral("curated"))),
            QStringList{"curated Smears 0-12 dee"});
        // Undo: the replaced rows go back under their own curator.
        settleCuration(*m_store, m_item, kSchema, replaced, {});
        QCOMPARE(describe(curationVersion(*m_store, m_item, kSchema, QStringLiteral("curated"))),
            (QStringList{"curated Doubt 20-30 cur", "curated Smears 0-10 cur"}));
        // Clearing leaves no curated version; "best" falls back to the human layer.
        QCOMPARE(settleCuration(*m_store, m_item, kSchema, {}, QStringLiteral("cur")).size(), 2);
        QCOMPARE(curationVersions(*m_store, m_item, kSchema).first().name, QStringLiteral("human:ana"));
        QCOMPARE(AnnotationSelection::fromName(QStringLiteral("best")).select(*m_store, m_item, kSchema).size(), 3);
    }

    // A merge: ana's Doubt span with ben's Smears span and gold's, picked row by row; overlapping picks are one row.
    void mergedRowsFromSeveralVersions()
    {
        const auto row = [this](const QString &version, const QString &label) {
            for (const Annotation &a : curationVersion(*m_store, m_item, kSchema, version))
                if (a.label == label)
                    return a;
            return Annotation();
        };
        QList<Annotation> picked;
        picked << row(QStringLiteral("human:ana"), QStringLiteral("Doubt")) // 20-30
               << row(QStringLiteral("human:ben"), QStringLiteral("Smears")) // 0-12
               << row(QStringLiteral("gold"), QStringLiteral("Smears")) // 0-11
               << row(QStringLiteral("human:ben"), QStringLiteral("Smears")); // twice
        settleCuration(*m_store, m_item, kSchema, picked, QStringLiteral("cur"));
        QCOMPARE(describe(curationVersion(*m_store, m_item, kSchema, QStringLiteral("curated"))),
            (QStringList{"curated Doubt 20-30 cur", "curated Smears 0-11 cur", "curated Smears 0-12 cur"}));
    }

    // A single-choice schema: an annotator's version is their latest answer; a merge with two answers for one post
    // is refused and the curation there stays as it was.
    void singleChoiceTakesOneAnswerPerTarget()
    {
        const QString stance = QStringLiteral("stance-4");
        fixture::agreementRow(*m_store, m_item, stance, QStringLiteral("support"), QStringLiteral("ana"));
        QTest::qWait(5); // a later updated_at
        fixture::agreementRow(*m_store, m_item, stance, QStringLiteral("deny"), QStringLiteral("ana"));
        fixture::agreementRow(*m_store, m_item, stance, QStringLiteral("query"), QStringLiteral("ben"));
        QCOMPARE(describe(curationVersion(*m_store, m_item, stance, QStringLiteral("human:ana"))),
            QStringList{"human deny ana"});
        settleCuration(*m_store, m_item, stance, curationVersion(*m_store, m_item, stance, QStringLiteral("human:ben")),
            QStringLiteral("cur"));
        const QList<Annotation> both = curationVersion(*m_store, m_item, stance, QStringLiteral("human:ana"))
            + curationVersion(*m_store, m_item, stance, QStringLiteral("human:ben"));
        try {
            settleCuration(*m_store, m_item, stance, both, QStringLiteral("cur"));
            QFAIL("two answers for one item were settled");
        } catch (const Error &error) {
            QCOMPARE(error.message(),
                QStringLiteral("item %1: the rows to settle give the item two answers in stance-4 (deny and query); "
                               "stance-4 takes one")
                    .arg(m_item));
        }
        QCOMPARE(describe(curationVersion(*m_store, m_item, stance, QStringLiteral("curated"))),
            QStringList{"curated query cur"});
    }

    void anAbsentVersionIsNamedWithThoseThereAre()
    {
        try {
            curationVersion(*m_store, m_item, kSchema, QStringLiteral("human:zed"));
            QFAIL("an absent version was accepted");
        } catch (const Error &error) {
            QCOMPARE(error.message(),
                QStringLiteral("item %1 has no human:zed version in persuasion-20 (it has: human:ana, human:ben, gold)")
                    .arg(m_item));
        }
        // A row of another schema cannot settle this one, and nothing is half-written.
        Annotation stance;
        stance.schema = QStringLiteral("stance-4");
        stance.label = QStringLiteral("support");
        QVERIFY_THROWS_EXCEPTION(Error,
            settleCuration(*m_store, m_item, kSchema,
                {curationVersion(*m_store, m_item, kSchema, QStringLiteral("gold")).first(), stance},
                QStringLiteral("cur")));
        QCOMPARE(curationVersions(*m_store, m_item, kSchema).first().name, QStringLiteral("human:ana"));
    }
};

QTEST_GUILESS_MAIN(TestCuration)
#include "TestCuration.moc"
