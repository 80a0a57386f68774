// The Charts dock: the report's own figures of the browser's filter, built on a worker, drawn by ReportChart.
#include "core/store/Database.h"
#include "core/store/ItemQuery.h"
#include "tests/core/ReportFixture.h"
#include "widgets/report/ChartsPanel.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

// The bars of the chart shown: each set's values, "name:v1,v2".
QStringList barsOf(const QChart *chart)
{
    QStringList bars;
    for (QAbstractSeries *series : chart->series())
        if (auto *barSeries = qobject_cast<QAbstractBarSeries *>(series))
            for (const QBarSet *set : barSeries->barSets()) {
                QStringList values;
                for (int i = 0; i < set->count(); ++i)
                    values.append(QString::number(set->at(i)));
                bars.append(set->label() + QLatin1Char(':') + values.join(QLatin1Char(',')));
            }
    return bars;
}

} // namespace

class TestChartsPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ChartsPanel> m_panel;

private Q_SLOTS:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("charts.candor"));
        QFile::remove(m_path);
        fixture::buildReportProject(m_path);
        m_panel = std::make_unique<ChartsPanel>();
        m_panel->resize(700, 400);
    }

    void cleanup()
    {
        m_panel.reset();
        Database::closeAll();
    }

    void showsTheReportsFiguresOfTheFilter()
    {
        QSignalSpy ready(m_panel.get(), &ChartsPanel::figuresReady);
        m_panel->setProject(m_path);
        QVERIFY(ready.isEmpty()); // hidden: nothing is counted until the dock is shown
        m_panel->show();
        QTRY_COMPARE(ready.size(), 1);
        QVERIFY(ready.first().first().toInt() >= 4);
        QVERIFY(!m_panel->isBusy());
        const QStringList titles = m_panel->figureTitles();
        QVERIFY2(titles.size() >= 4, qPrintable(titles.join(QLatin1Char('|'))));
        QCOMPARE(m_panel->findChild<QComboBox *>(QStringLiteral("chartChoice"))->count(), titles.size());
        // The first figure is the techniques by origin, with the fixture's hand-counted numbers: Loaded Language
        // gold 1, human 1, model 1; Smears gold 2 (bars run bottom to top: Smears first).
        QCOMPARE(m_panel->currentFigureId(), QStringLiteral("persuasion-20/origin"));
        const QStringList bars = barsOf(m_panel->chartView()->chart());
        QCOMPARE(bars.size(), 3);
        QVERIFY2(bars.at(0).endsWith(QStringLiteral(":2,1")), qPrintable(bars.join(QLatin1Char('|'))));

        // A new filter rebuilds the figures and keeps the chosen chart when the new ones have it.
        m_panel->findChild<QComboBox *>(QStringLiteral("chartChoice"))->setCurrentIndex(1);
        QCOMPARE(m_panel->currentFigureId(), QStringLiteral("persuasion-20/source"));
        ItemQuery posts;
        posts.kind = QStringLiteral("post"); // the three posts: the techniques stay, the narratives and threads go
        m_panel->setQuery(posts);
        QTRY_COMPARE(ready.size(), 2);
        QCOMPARE(m_panel->currentFigureId(), QStringLiteral("persuasion-20/source"));
        QVERIFY(m_panel->figureTitles().size() < titles.size());
        // Stacked by source, bottom to top: Smears from alpha only (2, 0), Loaded Language 2 alpha and 1 beta.
        QCOMPARE(barsOf(m_panel->chartView()->chart()), (QStringList{"alpha:2,2", "beta:0,1"}));
    }

    void aFilterWithoutLabelsSaysSo()
    {
        QSignalSpy ready(m_panel.get(), &ChartsPanel::figuresReady);
        m_panel->show();
        m_panel->setProject(m_path);
        QTRY_COMPARE(ready.size(), 1);
        ItemQuery none;
        none.search = QStringLiteral("nothing matches this");
        m_panel->setQuery(none);
        QTRY_COMPARE(ready.size(), 2);
        QCOMPARE(ready.last().first().toInt(), 0);
        QVERIFY(m_panel->figureTitles().isEmpty());
        QVERIFY(m_panel->chartView()->chart()->series().isEmpty());
        QVERIFY(!m_panel->findChild<QLabel *>(QStringLiteral("chartsStatus"))->text().isEmpty());
    }

    void aNewerFilterReplacesARunningOne()
    {
        QSignalSpy ready(m_panel.get(), &ChartsPanel::figuresReady);
        m_panel->show();
        m_panel->setProject(m_path);
        m_panel->refresh(); // at once, without the debounce
        ItemQuery beta;
        beta.source = QStringLiteral("beta");
        m_panel->setQuery(beta);
        m_panel->refresh(); // the first run is cancelled or its answer dropped
        QTRY_VERIFY(!m_panel->isBusy());
        QTest::qWait(600); // past the debounce: no third run is pending
        QCOMPARE(ready.size(), 1);
        m_panel->setProject({}); // closing the project clears the charts
        QVERIFY(m_panel->figureTitles().isEmpty());
    }

    // tools/screenshots.sh: the dock on a project (CANDOR_CHARTS_PROJECT, e.g. the sample; else the fixture), its
    // first chart, grabbed whole.
    void screenshot()
    {
        const QString folder = qEnvironmentVariable("CANDOR_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("set CANDOR_SCREENSHOT_DIR to write the Charts dock screenshot");
        const QString project = qEnvironmentVariable("CANDOR_CHARTS_PROJECT", m_path);
        QSignalSpy ready(m_panel.get(), &ChartsPanel::figuresReady);
        m_panel->resize(900, 620);
        m_panel->show();
        m_panel->setProject(project);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30000);
        QVERIFY(m_panel->grab().save(QDir(folder).filePath(QStringLiteral("charts-dock.png"))));
    }
};

QTEST_MAIN(TestChartsPanel)
#include "TestChartsPanel.moc"
