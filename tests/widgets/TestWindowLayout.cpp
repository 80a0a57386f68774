// MainWindow's first start, as a new user meets it: placed on most of the screen (not Qt's ~2/3 default), the
// items dock wide enough to read a row, and the bottom docks a strip until a job runs, which brings the Jobs dock
// forward with room for its progress and chart.
#include "core/jobs/Job.h"
#include "core/store/Database.h"
#include "tests/widgets/FixtureProject.h"
#include "widgets/main/MainWindow.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QScreen>
#include <QSemaphore>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

// A job that waits until the test lets it go, so the window sees it running.
class HeldJob final : public Job
{
public:
    HeldJob()
        : Job(QStringLiteral("held"))
    {
    }
    QSemaphore release;

protected:
    QJsonObject run() override
    {
        while (!release.tryAcquire(1, 20))
            if (isCancelled())
                return {};
        markCompleted();
        return {};
    }
};

QDockWidget *dock(const MainWindow &window, const char *name)
{
    return window.findChild<QDockWidget *>(QLatin1String(name));
}

} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CandorTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_windowlayout"));
    }

    void init() { QSettings().clear(); }
    void cleanup() { Database::closeAll(); }

    void firstStartFillsMostOfTheScreen()
    {
        MainWindow window;
        const QRect available = window.screen()->availableGeometry();
        // 92 % of the screen, at least 1024 x 700 where the screen has room, never more than the screen.
        QCOMPARE(window.width(), qMin(available.width(), qMax(1024, available.width() * 92 / 100)));
        QCOMPARE(window.height(), qMin(available.height(), qMax(700, available.height() * 92 / 100)));
        QVERIFY(available.contains(window.geometry()));
    }

    void savedGeometryWins()
    {
        {
            MainWindow window;
            window.resize(1200, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close(); // saves the layout
        }
        MainWindow again;
        QCOMPARE(again.size(), QSize(1200, 800));
    }

    void bottomDocksStayAStripUntilAJobRuns()
    {
        const QString path = m_dir.filePath(QStringLiteral("layout.candor"));
        fixture::build(path, 3);
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path));
        QDockWidget *jobs = dock(window, "JobsDock");
        QDockWidget *items = dock(window, "ItemsDock");
        QDockWidget *labels = dock(window, "LabelsDock");
        // resizeDocks sizes the dock area; the tab bar of the tabbed bottom docks takes a few pixels of it.
        QTRY_VERIFY(jobs->isVisible() && jobs->height() <= MainWindow::kIdleBottomHeight + 10);
        const int idle = jobs->height();
        // The items table gets about two fifths of the width, more than the labels.
        QVERIFY2(items->width() >= window.width() * 35 / 100, qPrintable(QString::number(items->width())));
        QVERIFY(items->width() > labels->width());

        auto job = std::make_unique<HeldJob>();
        HeldJob *held = job.get();
        window.startJob(std::move(job));
        QTRY_VERIFY2(jobs->height() >= MainWindow::kBusyBottomHeight - 40 && jobs->height() > idle + 100,
            qPrintable(QStringLiteral("%1 -> %2").arg(idle).arg(jobs->height())));
        held->release.release();
        QTRY_VERIFY(!held->isActive());
    }
};

// A 1600 x 1000 screen (the offscreen platform's own is 800 x 600, smaller than the window's minimum size).
int main(int argc, char *argv[])
{
    QTemporaryDir config;
    const QString screens = config.filePath(QStringLiteral("screens.json"));
    QFile file(screens);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({"screens": [{"name": "big", "x": 0, "y": 0, "width": 1600, "height": 1000, "logicalDpi": 96,
                   "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + screens.toUtf8());
    QApplication app(argc, argv);
    TestWindowLayout test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestWindowLayout.moc"
