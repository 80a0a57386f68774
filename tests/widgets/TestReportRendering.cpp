// The report as a reader gets it: charts drawn by QtCharts into plain SVG (data text escaped), the PDF read back
// with poppler (pdfinfo, pdftotext, pdftoppm) and the HTML page opened in a real headless browser (Debian's
// chromium): no console error (a policy violation would be one), the charts' colours on the screenshot. Each tool
// that is missing skips its test.
#include "core/report/ReportBuilder.h"
#include "core/report/ReportHtml.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"
#include "tests/core/ReportFixture.h"
#include "widgets/report/ReportChart.h"
#include "widgets/report/ReportWriter.h"
#include "widgets/report/ThreadTimelines.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(180000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// Pixels within `tolerance` of `colour` per channel: a chart's bars are there when its series colour is.
int pixelsNear(const QImage &image, const QColor &colour, int tolerance = 12)
{
    int count = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            if (qAbs(qRed(line[x]) - colour.red()) <= tolerance && qAbs(qGreen(line[x]) - colour.green()) <= tolerance
                && qAbs(qBlue(line[x]) - colour.blue()) <= tolerance)
                ++count;
    }
    return count;
}

const QColor kGold(0xc9, 0x9a, 0x06); // the gold origin's series colour (core/report/ReportFigures.cpp)

} // namespace

class TestReportRendering : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ReportModel m_model;

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("report.candor"));
        fixture::ReportTexts texts;
        texts.alpha = QStringLiteral("<script>alert(1)</script>\"><img src=x onerror=alert(2)>");
        fixture::buildReportProject(path, texts);
        const ProjectStore store(path);
        m_model = ReportBuilder::build(store, {});
        Database::closeAll();
    }

    void chartsArePlainSvgWithDataEscaped()
    {
        const QList<ReportFigure> figures = ReportFigures::of(m_model);
        const ReportDrawings drawings = ReportChart::drawAll(figures);
        QCOMPARE(drawings.size(), figures.size());
        for (auto it = drawings.begin(); it != drawings.end(); ++it) {
            QVERIFY2(ReportHtml::isPlainSvg(it.value()), qPrintable(it.key()));
            QVERIFY(!it.value().contains("<script"));
            QVERIFY(!it.value().contains("<img"));
        }
        // The by-source chart names the hostile source in its legend: as text, escaped (cut to 40 characters). QtCharts
        // lays labels out as rich text: unescaped, "<img src=x>" became an embedded image there.
        const QByteArray bySource = drawings.value(QStringLiteral("persuasion-20/source"));
        QVERIFY(bySource.contains("&lt;script&gt;"));
    }

    void threadTimelinesAreTheWindowsChart()
    {
        const ProjectStore store(m_dir.filePath(QStringLiteral("report.candor")));
        const ReportDrawings timelines = ThreadTimelines::svgs(m_model, store);
        QCOMPARE(timelines.size(), 2); // both fixture threads have a denial
        for (const QByteArray &svg : timelines)
            QVERIFY(ReportHtml::isPlainSvg(svg));
        const QString html = m_dir.filePath(QStringLiteral("timelines.html"));
        ReportWriter::write(m_model, ReportFormat::Html, html, &store);
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(file.readAll());
        QVERIFY(page.contains(QStringLiteral("<h3>Stance over time</h3>")));
        QCOMPARE(page.count(QStringLiteral("<svg")), ReportFigures::of(m_model).size() + 2);
        // The axis title is StanceTimelineView's own: the window's chart, not a copy.
        QVERIFY(timelines.begin().value().contains("replies"));
        Database::closeAll();
    }

    void pdfHasItsPagesTextAndCharts()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        const QString written = ReportWriter::write(m_model, ReportFormat::Pdf, pdf);
        QVERIFY2(written.endsWith(QStringLiteral("pages")), qPrintable(written));
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdfinfo.isEmpty() || pdftotext.isEmpty() || pdftoppm.isEmpty())
            QSKIP("poppler-utils (pdfinfo, pdftotext, pdftoppm) is not installed");
        const Run info = run(pdfinfo, {pdf});
        QCOMPARE(info.exitCode, 0);
        const QString pages = info.out.section(QStringLiteral("Pages:"), 1).section(QLatin1Char('\n'), 0, 0).trimmed();
        QCOMPARE(pages + QStringLiteral(" pages"), written);
        QVERIFY(pages.toInt() >= 2);
        const Run text = run(pdftotext, {pdf, QStringLiteral("-")});
        for (const char *expected :
            {"Candor report: report", "Persuasion techniques (persuasion-20)", "Loaded Language", "Narrative roles",
                "Most denied threads", "The source tweet", "Method notes", "<script>alert(1)"})
            QVERIFY2(text.out.contains(QString::fromUtf8(expected)), expected);
        // Page 2 holds the first chart: its gold bars are on the page image.
        const QString prefix = m_dir.filePath(QStringLiteral("page"));
        QCOMPARE(run(pdftoppm,
                     {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"), QStringLiteral("-f"),
                         QStringLiteral("2"), QStringLiteral("-l"), QStringLiteral("2"), pdf, prefix})
                     .exitCode,
            0);
        QImage page(prefix + QStringLiteral("-%1.png").arg(2, pages.size(), 10, QLatin1Char('0')));
        if (page.isNull())
            page.load(prefix + QStringLiteral("-2.png"));
        QVERIFY(!page.isNull());
        QVERIFY2(pixelsNear(page, kGold) > 50, "no gold bar on page 2");
    }

    void htmlOpensCleanInAHeadlessBrowser()
    {
        QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        if (chromium.isEmpty())
            chromium = QStandardPaths::findExecutable(QStringLiteral("chromium-browser"));
        if (chromium.isEmpty())
            QSKIP("chromium is not installed");
        const QString html = m_dir.filePath(QStringLiteral("report.html"));
        ReportWriter::write(m_model, ReportFormat::Html, html);
        const QString png = m_dir.filePath(QStringLiteral("report.png"));
        const QStringList common{QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
            QStringLiteral("--disable-gpu"), QStringLiteral("--hide-scrollbars"),
            QStringLiteral("--enable-logging=stderr"), QStringLiteral("--v=0"),
            QStringLiteral("--user-data-dir=") + m_dir.filePath(QStringLiteral("chromium"))};
        const Run shot = run(chromium,
            common
                + QStringList{QStringLiteral("--window-size=1200,2400"), QStringLiteral("--screenshot=") + png,
                    QUrl::fromLocalFile(html).toString()});
        QCOMPARE(shot.exitCode, 0);
        // Chromium writes the page's console (a blocked style, a refused fetch, a script error) as CONSOLE lines.
        QVERIFY2(!shot.err.contains(QStringLiteral(":CONSOLE")), qPrintable(shot.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY2(pixelsNear(image, kGold) > 200, "the first chart's gold bars are not on the screenshot");
        // The page's own text and the hostile source came through as text in the DOM, no element made of it.
        const Run dom
            = run(chromium, common + QStringList{QStringLiteral("--dump-dom"), QUrl::fromLocalFile(html).toString()});
        QCOMPARE(dom.exitCode, 0);
        QVERIFY(dom.out.contains(QStringLiteral("<svg")));
        QVERIFY(!dom.out.contains(QStringLiteral("<script")));
        QVERIFY(!dom.out.contains(QStringLiteral("<img")));
        QVERIFY(dom.out.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    }
};

QTEST_MAIN(TestReportRendering)
#include "TestReportRendering.moc"
