#include "core/domain/Error.h"
#include "core/formats/common/ImportReport.h"
#include "core/formats/tabular/GenericImporters.h"
#include "tests/formats/FormatFixtures.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace candor;

namespace {

// Prefixes every message of the contexts core writes its messages in with "[Context] ", so a test sees which
// strings went through QCoreApplication::translate, and under which context, without building a .qm file.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        const QByteArray name(context);
        if (name != "Error" && name != "ImportIssue" && name != "ImportReport")
            return {};
        return QStringLiteral("[%1] ").arg(QString::fromLatin1(name)) + QString::fromUtf8(sourceText);
    }
};

// context -> sources of the live (not vanished, not obsolete) messages of a .ts catalogue.
QHash<QString, QSet<QString>> catalogueSources(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QHash<QString, QSet<QString>> sources;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            if (type != QLatin1String("vanished") && type != QLatin1String("obsolete"))
                sources[context].insert(source);
        }
    }
    return sources;
}

} // namespace

class TestTranslatableMessages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A JSONL file of one record whose image is missing: imported with one issue ("image skipped: ...").
    QString recordWithMissingImage()
    {
        const QString path = m_dir.filePath(QStringLiteral("set/memes.jsonl"));
        fixtures::writeFile(path, "{\"id\": \"m1\", \"text\": \"hello\", \"image\": \"img/absent.png\"}\n");
        return path;
    }

    ImportReport importOnce(const QString &path)
    {
        const QString project = m_dir.filePath(QStringLiteral("p%1.candor").arg(++m_projects));
        ProjectStore::create(project);
        ProjectStore store(project);
        JsonlImporter importer;
        return importPath(store, importer, path, ImportOptions{});
    }

    int m_projects = 0;

private Q_SLOTS:
    void cleanup() { Database::closeAll(); }

    // lupdate found core's and app/jobs' messages: they sit in the catalogue under the context the code uses.
    void catalogueHoldsCoreMessages_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::newRow("importer error") << QStringLiteral("Error") << QStringLiteral("%1: no such file or folder");
        QTest::newRow("json field error")
            << QStringLiteral("Error") << QStringLiteral("field '%1' is %2, expected a string");
        QTest::newRow("app/jobs error") << QStringLiteral("Error") << QStringLiteral("%1: training failed");
        QTest::newRow("config expectation") << QStringLiteral("Error") << QStringLiteral("a whole number");
        QTest::newRow("issue reason") << QStringLiteral("ImportIssue") << QStringLiteral("image skipped: %1");
        QTest::newRow("issue line") << QStringLiteral("ImportIssue") << QStringLiteral("%1: record %2: %3");
        QTest::newRow("record name") << QStringLiteral("ImportIssue") << QStringLiteral("message #%1");
        QTest::newRow("report summary") << QStringLiteral("ImportReport")
                                        << QStringLiteral(
                                               "%1 records read: %2 items added, %3 updated, %4 unchanged; %5 posts, "
                                               "%6 annotations, %7 images added; %8 errors, %9 warnings");
        QTest::newRow("sample step") << QStringLiteral("SampleProject") << QStringLiteral("importing memes");
    }

    void catalogueHoldsCoreMessages()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        static const QHash<QString, QSet<QString>> sources
            = catalogueSources(QStringLiteral(CANDOR_SOURCE_DIR "/translations/candor_en.ts"));
        QVERIFY2(!sources.isEmpty(), "translations/candor_en.ts is missing or empty");
        QVERIFY2(sources.value(context).contains(source),
            qPrintable(QStringLiteral("'%1' not in context %2").arg(source, context)));
    }

    // Without a translator tr() gives the English source text: messages read exactly as they did before.
    void messagesStayEnglishWithoutTranslator()
    {
        const QString path = recordWithMissingImage();
        const ImportReport report = importOnce(path);
        QCOMPARE(report.issues.size(), 1);
        QCOMPARE(report.issues.first().record, QStringLiteral("line 1"));
        QVERIFY2(report.issues.first().reason.startsWith(QStringLiteral("image skipped: ")),
            qPrintable(report.issues.first().reason));
        QCOMPARE(report.summary(),
            QStringLiteral("1 records read: 1 items added, 0 updated, 0 unchanged; 0 posts, "
                           "0 annotations, 0 images added; 1 errors, 0 warnings"));
        const QString missing = m_dir.filePath(QStringLiteral("nothing-here.jsonl"));
        try {
            importOnce(missing);
            QFAIL("importing a missing path must throw");
        } catch (const Error &error) {
            QCOMPARE(error.message(), missing + QStringLiteral(": no such file or folder"));
        }
    }

    // With a translator installed, the importer's issue, its record name, the nested error, the summary and a
    // fatal error all come out translated, each from the context the catalogue lists it under.
    void messagesGoThroughTheTranslator()
    {
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString path = recordWithMissingImage();
        const ImportReport report = importOnce(path);
        QCOMPARE(report.issues.size(), 1);
        const ImportIssue issue = report.issues.first();
        QCOMPARE(issue.record, QStringLiteral("[ImportIssue] line 1"));
        QVERIFY2(
            issue.reason.startsWith(QStringLiteral("[ImportIssue] image skipped: [Error] ")), qPrintable(issue.reason));
        QVERIFY2(issue.toString().startsWith(
                     QStringLiteral("[ImportIssue] ") + path + QStringLiteral(": record [ImportIssue] line 1: ")),
            qPrintable(issue.toString()));
        QVERIFY2(report.summary().startsWith(QStringLiteral("[ImportReport] 1 records read: ")),
            qPrintable(report.summary()));
        const QString missing = m_dir.filePath(QStringLiteral("nothing-here.jsonl"));
        QString message;
        try {
            importOnce(missing);
        } catch (const Error &error) {
            message = error.message();
        }
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(message, QStringLiteral("[Error] ") + missing + QStringLiteral(": no such file or folder"));
    }
};

QTEST_GUILESS_MAIN(TestTranslatableMessages)
#include "TestTranslatableMessages.moc"
