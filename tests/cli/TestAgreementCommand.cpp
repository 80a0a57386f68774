// candor-cli agreement as scripts use it: text and --json on a project with three annotators, one task with
// --task, a plain message (exit 0) where fewer than two annotators worked, an unknown task exits 2.
#include "core/store/Database.h"
#include "tests/cli/CliProcess.h"
#include "tests/core/AgreementFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

using Run = candor::testing::CliRun;

Run cli(const QStringList &arguments)
{
    return candor::testing::runCli(arguments, 300);
}

} // namespace

class TestAgreementCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_alone;

private Q_SLOTS:
    void init()
    {
        m_project = m_dir.filePath(QStringLiteral("team.candor"));
        m_alone = m_dir.filePath(QStringLiteral("alone.candor"));
        QFile::remove(m_project);
        QFile::remove(m_alone);
        fixture::buildAgreementProject(m_project);
        ProjectStore::create(m_alone);
        {
            ProjectStore store(m_alone);
            const qint64 item = fixture::agreementItem(store, ItemKind::Post, QStringLiteral("p1"));
            fixture::agreementRow(
                store, item, QStringLiteral("persuasion-20"), QStringLiteral("Smears"), QStringLiteral("ana"));
        }
        Database::closeAll();
    }

    void textOfEveryTask()
    {
        const Run run = cli({QStringLiteral("agreement"), m_project});
        QCOMPARE(run.exitCode, 0);
        // Stance: ana / ben agree on two of three posts, κ = 4/7.
        QVERIFY2(run.out.contains(
                     QStringLiteral("stance: stance-4 (single-label), annotated units: 3; annotators: ana, ben")),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Cohen's kappa ana / ben: 0.571 [")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("span F1 exact 0.500 [")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("partial 0.857 [")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("fewer than two annotators have human rows of oppositional-2")),
            qPrintable(run.out));
    }

    void jsonOfOneTask()
    {
        const Run run = cli({QStringLiteral("agreement"), m_project, QStringLiteral("--task"),
            QStringLiteral("persuasion-labels"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray sections = report.value(QStringLiteral("sections")).toArray();
        QCOMPARE(sections.size(), 1);
        const QJsonObject micro = sections.first().toObject().value(QStringLiteral("micro")).toObject();
        const double alpha
            = micro.value(QStringLiteral("krippendorff_alpha")).toObject().value(QStringLiteral("value")).toDouble();
        QVERIFY(std::abs(alpha - (1 - 954.0 / 2718)) < 1e-12);
        QCOMPARE(report.value(QStringLiteral("resamples")).toInt(), 1000);
    }

    void oneAnnotatorSaysSoPlainly()
    {
        const Run run = cli(
            {QStringLiteral("agreement"), m_alone, QStringLiteral("--task"), QStringLiteral("persuasion-labels")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("annotators: ana")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("fewer than two annotators have human rows of persuasion-20")),
            qPrintable(run.out));
    }

    void unknownTaskIsUsage()
    {
        const Run run
            = cli({QStringLiteral("agreement"), m_project, QStringLiteral("--task"), QStringLiteral("veracity")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("unknown task 'veracity'")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestAgreementCommand)
#include "TestAgreementCommand.moc"
