// candor-cli report as scripts use it: HTML and PDF by the output's suffix or --format, the scope from a filter
// saved in the window or from --kind/--split/--source, usage errors exit 2, an unreadable project exits 1 and
// leaves no file.
#include "core/report/SavedFilters.h"
#include "core/store/Database.h"
#include "core/store/ItemQuery.h"
#include "tests/cli/CliProcess.h"
#include "tests/core/ReportFixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

using Run = candor::testing::CliRun;

Run cli(const QStringList &arguments)
{
    return candor::testing::runCli(arguments, 300);
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestReportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    QString out(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        // The child reads the window's settings from here: saved filters of this test only.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("Candor"));
        ItemQuery threads;
        threads.kind = QStringLiteral("thread");
        QSettings settings(QStringLiteral("Candor"), QStringLiteral("candor"));
        settings.setValue(QStringLiteral("browser/savedFilters"),
            QJsonDocument(QJsonObject{{QStringLiteral("only threads"), threads.toJson()}})
                .toJson(QJsonDocument::Compact));
        settings.sync();
        QCOMPARE(SavedFilters::names(), QStringList{QStringLiteral("only threads")});
        m_project = m_dir.filePath(QStringLiteral("project.candor"));
        fixture::buildReportProject(m_project);
        Database::closeAll();
    }

    void htmlByDefault()
    {
        const Run run = cli({QStringLiteral("report"), m_project, out(QStringLiteral("all.html"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("report of 7 items (all items)")), qPrintable(run.out));
        const QString page = readAll(out(QStringLiteral("all.html")));
        QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(page.contains(QStringLiteral("Content-Security-Policy")));
        QVERIFY(page.contains(QStringLiteral("<svg"))); // the charts, drawn off screen without a display
        for (const char *id : {"persuasion-20", "narratives", "threads", "models", "method"})
            QVERIFY2(page.contains(QStringLiteral("<section id=\"%1\">").arg(QLatin1String(id))), id);
    }

    void pdfBySuffixOrFormat()
    {
        Run run = cli({QStringLiteral("report"), m_project, out(QStringLiteral("r.pdf"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral(" pages")), qPrintable(run.out));
        QVERIFY(readAll(out(QStringLiteral("r.pdf"))).startsWith(QStringLiteral("%PDF-")));
        run = cli({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("pdf"), m_project,
            out(QStringLiteral("r.report"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(readAll(out(QStringLiteral("r.report"))).startsWith(QStringLiteral("%PDF-")));
    }

    void scopeFromOptions_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("summary");
        QTest::newRow("saved filter") << QStringList{QStringLiteral("--filter"), QStringLiteral("only threads")}
                                      << QStringLiteral("report of 2 items (saved filter “only threads”: kind thread)");
        QTest::newRow("split") << QStringList{QStringLiteral("--split"), QStringLiteral("dev")}
                               << QStringLiteral("report of 2 items (split dev)");
        QTest::newRow("one source") << QStringList{QStringLiteral("--source"), QStringLiteral("alpha")}
                                    << QStringLiteral("report of 2 items (source alpha)");
        QTest::newRow("two sources") << QStringList{QStringLiteral("--source"), QStringLiteral("alpha"),
            QStringLiteral("--source"), QStringLiteral("pan-en")}
                                     << QStringLiteral("report of 3 items (sources alpha, pan-en)");
        QTest::newRow("kind and language") << QStringList{QStringLiteral("--kind"), QStringLiteral("message"),
            QStringLiteral("--language"), QStringLiteral("es")}
                                           << QStringLiteral("report of 1 items (kind message · language es)");
    }

    void scopeFromOptions()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, summary);
        const Run run = cli(QStringList{QStringLiteral("report")} + options
            + QStringList{m_project, out(QStringLiteral("scoped.html"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(summary), qPrintable(run.out));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("docx"), m_project,
            out(QStringLiteral("x"))}
                                << QStringLiteral("--format must be html or pdf");
        QTest::newRow("threshold") << QStringList{QStringLiteral("--threshold"), QStringLiteral("2"), m_project,
            out(QStringLiteral("x"))}
                                   << QStringLiteral("--threshold must be a score between 0 and 1");
        QTest::newRow("unknown filter") << QStringList{QStringLiteral("--filter"), QStringLiteral("nope"), m_project,
            out(QStringLiteral("x"))} << QStringLiteral("no saved filter named 'nope' (saved: only threads)");
        QTest::newRow("filter and split") << QStringList{QStringLiteral("--filter"), QStringLiteral("only threads"),
            QStringLiteral("--split"), QStringLiteral("dev"), m_project, out(QStringLiteral("x"))}
                                          << QStringLiteral("--filter is a whole filter");
        QTest::newRow("no output") << QStringList{m_project} << QStringLiteral("wrong number of arguments");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = cli(QStringList{QStringLiteral("report")} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(out(QStringLiteral("x"))));
    }

    void missingProjectFailsWithoutAFile()
    {
        const Run run = cli({QStringLiteral("report"), m_dir.filePath(QStringLiteral("absent.candor")),
            out(QStringLiteral("absent.html"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("absent.candor")), qPrintable(run.err));
        QVERIFY(!QFile::exists(out(QStringLiteral("absent.html"))));
    }
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "TestReportCommand.moc"
