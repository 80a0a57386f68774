// The rows agreement reads: origin human only, not rejected or ignored, item labels apart from spans, per-post rows
// with their post, in item / post / annotator order.
#include "core/store/AgreementQueries.h"
#include "core/store/Database.h"
#include "tests/core/AgreementFixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace candor;

class TestAgreementQueries : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("agreement.candor"));
        QFile::remove(m_path);
        fixture::buildAgreementProject(m_path);
    }

    void cleanup() { Database::closeAll(); }

    void itemLabelsAreHumanRowsOnly()
    {
        const ProjectStore store(m_path);
        const QList<HumanAnnotationRow> rows
            = AgreementQueries(store).humanRows(QStringLiteral("persuasion-20"), AgreementQueries::Level::ItemLabel);
        // Ten human rows; cy's rejected Doubt, the accepted model row and the gold row are not among them.
        QCOMPARE(rows.size(), 10);
        for (const HumanAnnotationRow &row : rows) {
            QVERIFY(!row.annotator.isEmpty());
            QVERIFY(row.label != QLatin1String("Doubt"));
            QVERIFY(!row.start && !row.end);
            QCOMPARE(row.postRowId, qint64(0));
        }
        QCOMPARE(rows.first().annotator, QStringLiteral("ana"));
        QCOMPARE(rows.last().annotator, QStringLiteral("ben")); // item 4
        QVERIFY(rows.first().itemId < rows.last().itemId);
    }

    void spansApart()
    {
        const ProjectStore store(m_path);
        const QList<HumanAnnotationRow> rows
            = AgreementQueries(store).humanRows(QStringLiteral("persuasion-20"), AgreementQueries::Level::Span);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].annotator, QStringLiteral("ana"));
        QCOMPARE(*rows[0].start, 0);
        QCOMPARE(*rows[0].end, 10);
        QCOMPARE(rows[3].annotator, QStringLiteral("ben"));
        QCOMPARE(*rows[3].start, 25);
    }

    void perPostRowsKeepTheirPost()
    {
        const ProjectStore store(m_path);
        const QList<HumanAnnotationRow> rows
            = AgreementQueries(store).humanRows(QStringLiteral("stance-4"), AgreementQueries::Level::ItemLabel);
        QCOMPARE(rows.size(), 7);
        for (const HumanAnnotationRow &row : rows)
            QVERIFY(row.postRowId > 0);
        // The second post: ana's deny, then ben's superseded support and the query that replaces it.
        QCOMPARE(rows[2].postRowId, rows[3].postRowId);
        QCOMPARE(rows[2].annotator, QStringLiteral("ana"));
        QCOMPARE(rows[2].label, QStringLiteral("deny"));
        QCOMPARE(rows[3].label, QStringLiteral("support"));
        QCOMPARE(rows[4].label, QStringLiteral("query"));
        QCOMPARE(rows[4].postRowId, rows[3].postRowId);
        QVERIFY(rows[3].id < rows[4].id);
    }
};

QTEST_GUILESS_MAIN(TestAgreementQueries)
#include "TestAgreementQueries.moc"
