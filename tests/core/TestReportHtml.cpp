// The HTML report: the sections a project has, and text from the data that attacks the page (script, event
// handlers, javascript: URLs, direction overrides, arg() placeholders, a 10 MB post) coming out as inert text.
#include "core/report/ReportBuilder.h"
#include "core/report/ReportHtml.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"
#include "tests/core/ReportFixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

const QString kScript = QStringLiteral("<script>alert(1)</script>");
const QString kImage = QStringLiteral("\"><img src=x onerror=alert(2)>");
const QString kLink = QStringLiteral("<a href=\"javascript:alert(3)\">click</a> javascript:alert(4)");
const QString kOverride = QStringLiteral("abc") + QChar(0x202E) + QStringLiteral("gnp.exe") + QChar(0x202C);

fixture::ReportTexts hostileTexts()
{
    fixture::ReportTexts texts;
    // Spans sit at [0, 4) and [5, 9) of the first two texts: the attacks follow them.
    texts.first = QStringLiteral("Aaaa Bbbb ") + kScript + QLatin1Char(' ') + kImage + QStringLiteral(" %1 %2");
    texts.second = QStringLiteral("Eeee Ffff ") + kLink + QString(10 * 1024 * 1024, QLatin1Char('x'));
    texts.third = kOverride;
    texts.alpha = kImage + QStringLiteral("<style>body{display:none}</style>");
    texts.threadText = kScript + kOverride;
    return texts;
}

} // namespace

class TestReportHtml : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString render(const fixture::ReportTexts &texts, const QString &name, const ReportDrawings &drawings = {})
    {
        const QString path = m_dir.filePath(name + QString::number(++m_count) + QStringLiteral(".candor"));
        fixture::buildReportProject(path, texts);
        const ProjectStore store(path);
        ReportOptions options;
        options.generatedBy = kImage;
        return ReportHtml::render(ReportBuilder::build(store, {}, options), drawings);
    }

private Q_SLOTS:
    void cleanup() { Database::closeAll(); }

    void everySectionWithData()
    {
        const QString page = render({}, QStringLiteral("plain"));
        for (const char *id : {"persuasion-20", "narratives", "roles", "threads", "models", "method"})
            QVERIFY2(page.contains(QStringLiteral("<section id=\"%1\">").arg(QLatin1String(id))), id);
        QVERIFY(!page.contains(QStringLiteral("id=\"persuasion-22\"")));
        // The span of an example is marked in its label's colour class, the class defined in the style block.
        QVERIFY(page.contains(QStringLiteral("<mark class=\"c0\">Gggg</mark>")));
        QVERIFY(page.contains(QStringLiteral("mark.c0{background:rgba(")));
        QVERIFY(page.contains(QStringLiteral("class=\"warn\""))); // the model is no better than its baseline
    }

    void policyForbidsEverythingButItsOwnStyle()
    {
        const QString page = render({}, QStringLiteral("csp"));
        const QRegularExpression meta(
            QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">"));
        const QRegularExpressionMatch policy = meta.match(page);
        QVERIFY(policy.hasMatch());
        QVERIFY(policy.captured(1).startsWith(QStringLiteral("default-src 'none';")));
        const qsizetype start = page.indexOf(QStringLiteral("<style>")) + 7;
        const QString style = page.mid(start, page.indexOf(QStringLiteral("</style>")) - start);
        const QString hash
            = QString::fromLatin1(QCryptographicHash::hash(style.toUtf8(), QCryptographicHash::Sha256).toBase64());
        QVERIFY(policy.captured(1).contains(QStringLiteral("style-src 'sha256-%1'").arg(hash)));
        QCOMPARE(page.count(QStringLiteral("<style")), 1);
        QVERIFY(!page.contains(QStringLiteral(" style=")));
    }

    void hostileTextsStayText()
    {
        const QString page = render(hostileTexts(), QStringLiteral("<img src=x onerror=alert(5)>"));
        QVERIFY(!page.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QCOMPARE(page.count(QStringLiteral("<style")), 1);
        QVERIFY(page.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        // No tag carries an event handler, a link or a source: the only tags are the report's own.
        QVERIFY(!page.contains(QRegularExpression(QStringLiteral("<[a-zA-Z][^>]*\\son[a-z]+\\s*="))));
        QVERIFY(!page.contains(QRegularExpression(QStringLiteral("<[a-zA-Z][^>]*\\s(href|src)\\s*="))));
        QVERIFY(!page.contains(QRegularExpression(QStringLiteral("<(img|a|iframe|object|embed|link)\\b"))));
        QVERIFY(page.contains(QStringLiteral("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;")));
        // Direction overrides are shown, never obeyed.
        QVERIFY(!page.contains(QChar(0x202E)));
        QVERIFY(!page.contains(QChar(0x202C)));
        QVERIFY(page.contains(QStringLiteral("abc[U+202E]gnp.exe[U+202C]")));
        // arg() placeholders in the data stay as they were.
        QVERIFY(page.contains(QStringLiteral(" %1 %2")));
    }

    void evaluationsTeamAndClustersStayText()
    {
        // What the job log, annotator names and near-duplicate copies bring in is data too.
        const QString path = m_dir.filePath(QStringLiteral("team%1.candor").arg(++m_count));
        fixture::buildReportProject(path, hostileTexts());
        {
            ProjectStore store(path);
            const qint64 version = store.currentModelVersion(QStringLiteral("persuasion-labels"))->id;
            const qint64 job = store.startJob(QStringLiteral("evaluate-text"), {});
            store.finishJob(job, QStringLiteral("finished"),
                {{"split", kImage}, {"model_version", version}, {"n_items", 7},
                    {"metrics",
                        QJsonObject{{"micro_f1", 0.4}, {"intervals", QJsonObject{{"micro_f1", QJsonArray{0.3, 0.5}}}},
                            {"bootstrap", QJsonObject{{"unit", "item"}, {"resamples", 1000}}},
                            {"per_label",
                                QJsonObject{{kScript,
                                    QJsonObject{{"precision", 1.0}, {"recall", 0.5}, {"f1", 0.6}, {"f1_low", 0.2},
                                        {"f1_high", 0.9}}}}}}}});
            for (const QString &who : {kScript, kOverride}) {
                for (const QString &id : {QStringLiteral("h1"), QStringLiteral("h2")}) {
                    Annotation a;
                    a.itemId = fixture::addItem(store, ItemKind::Post, kImage, id,
                        kScript + QStringLiteral(" same words"), QStringLiteral("en"), QStringLiteral("dev"), {});
                    a.schema = QStringLiteral("fake-2");
                    a.label = id == QLatin1String("h1") ? QStringLiteral("fake") : QStringLiteral("real");
                    a.origin = Origin::Human;
                    a.annotator = who;
                    store.addAnnotation(a);
                }
            }
        }
        const ProjectStore store(path);
        const QString page = ReportHtml::render(ReportBuilder::build(store, {}, {}));
        QVERIFY(page.contains(QStringLiteral("<section id=\"annotators\">")));
        QVERIFY(page.contains(QStringLiteral("0.600 [0.200, 0.900]"))); // per-label F1 with its interval
        QVERIFY(page.contains(QStringLiteral("0.400 [0.300, 0.500]")));
        QVERIFY(page.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; same words"))); // a cluster copy
        QVERIFY(!page.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(!page.contains(QRegularExpression(QStringLiteral("<[a-zA-Z][^>]*\\son[a-z]+\\s*="))));
        QVERIFY(!page.contains(QRegularExpression(QStringLiteral("<(img|a|iframe|object|embed|link)\\b"))));
        QVERIFY(!page.contains(QChar(0x202E)));
        QVERIFY(page.contains(QStringLiteral("abc[U+202E]gnp.exe[U+202C]"))); // the annotator's name, shown
    }

    void hugeTextIsCutInExamples()
    {
        const QString page = render(hostileTexts(), QStringLiteral("huge"));
        // The 10 MB post appears as excerpts of a few hundred characters, not as itself.
        QVERIFY2(page.size() < 200 * 1024, qPrintable(QString::number(page.size())));
        QVERIFY(page.contains(QStringLiteral("<mark class=\"c0\">Ffff</mark>")));
        QVERIFY(page.contains(QString(120, QLatin1Char('x')) + QChar(0x2026)) || page.contains(QChar(0x2026)));
        QVERIFY(!page.contains(QString(400, QLatin1Char('x'))));
    }

    void drawingsGoInlineOnlyWhenPlain()
    {
        const QByteArray plain = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><g fill=\"#fff\">"
                                 "<rect width=\"4\" height=\"4\"/></g></svg>";
        const QByteArray scripted = "<svg><script>alert(1)</script></svg>";
        QVERIFY(ReportHtml::isPlainSvg(plain));
        QVERIFY(!ReportHtml::isPlainSvg(scripted));
        QVERIFY(!ReportHtml::isPlainSvg("<svg onload=\"alert(1)\"></svg>"));
        QVERIFY(!ReportHtml::isPlainSvg("<svg><a xlink:href=\"javascript:alert(1)\">x</a></svg>"));
        QVERIFY(!ReportHtml::isPlainSvg("<svg><image href=\"https://example.org/x.png\"/></svg>"));
        QVERIFY(!ReportHtml::isPlainSvg("<svg><rect fill=\"url(https://example.org/#x)\"/></svg>"));
        QVERIFY(!ReportHtml::isPlainSvg("<svg><rect/></svg><script src=x"));
        QVERIFY(!ReportHtml::isPlainSvg("<svg><SCRIPT >alert(1)</SCRIPT></svg>"));
        // Words between tags are text: a chart may name a source "onerror=alert(1)" (escaped by QSvgGenerator).
        QVERIFY(ReportHtml::isPlainSvg("<svg><text x=\"1\">&lt;img src=x onerror=alert(1)&gt;</text></svg>"));

        const ReportDrawings drawings{
            {QStringLiteral("persuasion-20/origin"), plain}, {QStringLiteral("threads/veracity"), scripted}};
        const QString page = render({}, QStringLiteral("drawn"), drawings);
        QCOMPARE(page.count(QStringLiteral("<svg")), 1); // the plain one; the scripted one became its table
        QVERIFY(!page.contains(QStringLiteral("<?xml")));
        QVERIFY(!page.contains(QStringLiteral("<script")));
    }
};

QTEST_GUILESS_MAIN(TestReportHtml)
#include "TestReportHtml.moc"
