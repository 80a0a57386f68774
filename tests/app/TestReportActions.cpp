// File > Report… in the running window: the report of the browser's current filter is read by a ReportJob in the
// job manager, then written (HTML or PDF by the name's suffix) and announced in the Log dock; a cancelled report
// writes nothing. The fixture is the report model's (tests/core/ReportFixture.h).
#include "app/gui/ReportActions.h"
#include "core/jobs/Job.h"
#include "core/jobs/JobManager.h"
#include "core/store/Database.h"
#include "core/store/ItemQuery.h"
#include "tests/core/ReportFixture.h"
#include "widgets/browser/ItemBrowser.h"
#include "widgets/browser/ItemFilterBar.h"
#include "widgets/browser/ItemTableModel.h"
#include "widgets/main/MainWindow.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

class TestReportActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    ReportActions *m_reports = nullptr;

    QString readAll(const QString &path) const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CandorTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_reportactions"));
        m_path = m_dir.filePath(QStringLiteral("report.candor"));
        fixture::buildReportProject(m_path);
        Database::closeAll();
    }

    void init()
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_reports = new ReportActions(m_window.get());
        m_reports->setOpenWhenWritten(false);
        QVERIFY(m_window->openProject(m_path));
    }

    void cleanup()
    {
        m_window.reset();
        Database::closeAll();
    }

    void fileMenuHoldsReportAfterExport()
    {
        const QList<QAction *> actions = m_window->menuBar()->actions().first()->menu()->actions();
        const qsizetype report = actions.indexOf(m_reports->action());
        QVERIFY(report > 0);
        QVERIFY(actions.at(report - 1)->text().startsWith(QStringLiteral("&Export")));
    }

    void reportOfTheCurrentFilterIsWrittenAfterItsJob_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("start");
        QTest::newRow("html") << QStringLiteral("threads.html") << QStringLiteral("<!DOCTYPE html>");
        QTest::newRow("pdf") << QStringLiteral("threads.pdf") << QStringLiteral("%PDF-");
    }

    void reportOfTheCurrentFilterIsWrittenAfterItsJob()
    {
        QFETCH(QString, name);
        QFETCH(QString, start);
        ItemQuery threads;
        threads.kind = QStringLiteral("thread");
        m_window->browser()->filterBar()->setQuery(threads);
        QCOMPARE(m_window->browser()->model()->query().kind, QStringLiteral("thread"));
        const QString out = m_dir.filePath(name);
        m_window->setNextFileName(out);
        QSignalSpy written(m_reports, &ReportActions::written);
        m_reports->action()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 60000);
        QCOMPARE(written.first().first().toString(), out);
        QVERIFY(readAll(out).startsWith(start));
        QVERIFY2(m_window->logText().contains(QStringLiteral("Report read 2 items (kind thread)")),
            qPrintable(m_window->logText()));
        QVERIFY(m_window->logText().contains(QStringLiteral("Report written: ") + out));
        if (start.startsWith(QLatin1Char('<'))) {
            const QString page = readAll(out);
            QVERIFY(page.contains(QStringLiteral("<section id=\"threads\">")));
            QVERIFY(!page.contains(QStringLiteral("<section id=\"persuasion-20\">"))); // not in the filter
        }
    }

    void cancelledReportWritesNothing()
    {
        const QString out = m_dir.filePath(QStringLiteral("cancelled.html"));
        m_window->setNextFileName(out);
        Job *job = m_reports->report();
        QVERIFY(job);
        job->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 60000);
        // A cancel that came after the last section still lets the report finish: then it is written, whole.
        if (job->state() == Job::State::Cancelled)
            QVERIFY(!QFile::exists(out));
        else
            QTRY_VERIFY(readAll(out).startsWith(QStringLiteral("<!DOCTYPE html>")));
    }

    void noProjectNoReport()
    {
        m_window->closeProject();
        QVERIFY(!m_reports->report());
    }
};

QTEST_MAIN(TestReportActions)
#include "TestReportActions.moc"
