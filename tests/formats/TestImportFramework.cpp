// Hostile inputs against the shared import framework: the streaming JSON reader, image validation, safe paths,
// per-record savepoints and whole-file transactions.
#include "core/domain/Error.h"
#include "core/formats/common/JsonArrayStream.h"
#include "core/formats/common/SafePaths.h"
#include "core/image/ImageDecoder.h"
#include "tests/formats/FormatFixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

// Writes one item per entry of `script`: "ok" stores it, "bad" throws inside its record, "fatal" throws out of
// the importer (a broken file), "cancel" raises the cancel flag.
class ScriptedImporter final : public Importer
{
public:
    QStringList script;
    std::atomic_bool *cancel = nullptr;

    QString format() const override { return QStringLiteral("scripted"); }
    QString description() const override { return QStringLiteral("records as the test script says"); }
    bool recognises(const QString &) const override { return false; }
    void import(ProjectStore &store, const QString &path, const ImportOptions &, ImportContext &context) override
    {
        for (int i = 0; i < script.size() && !context.isCancelled(); ++i) {
            if (script[i] == QLatin1String("fatal"))
                throw Error(QStringLiteral("%1: byte 10: truncated JSON").arg(path));
            if (script[i] == QLatin1String("cancel")) {
                *cancel = true;
                continue;
            }
            if (batched) {
                importBatched(store, path, context, i);
                continue;
            }
            context.record(store, path, QString::number(i), [&] {
                Item item;
                item.source = QStringLiteral("scripted");
                item.externalId = QString::number(i);
                context.count(store.upsertItem(item).outcome);
                if (script[i] == QLatin1String("bad"))
                    throw Error(QStringLiteral("wrong type"));
            });
        }
    }

    // The batched path: "refused" fails its check, "bad" fails in its writes after writing a row, "warn"
    // writes and adds a warning from its writes.
    bool batched = false;
    void importBatched(ProjectStore &store, const QString &path, ImportContext &context, int i)
    {
        const QString step = script[i];
        context.batchedRecord(store, path, QString::number(i), [&]() -> ImportContext::RecordWrites {
            if (step == QLatin1String("refused"))
                throw Error(QStringLiteral("refused by its check"));
            return [&store, &context, path, step, i] {
                Item item;
                item.source = QStringLiteral("scripted");
                item.externalId = QString::number(i);
                context.count(store.upsertItem(item).outcome);
                if (step == QLatin1String("warn"))
                    context.addWarning(path, QString::number(i), QStringLiteral("repaired"));
                if (step == QLatin1String("bad"))
                    throw Error(QStringLiteral("wrong type"));
            };
        });
    }
};

QStringList scriptOf(int length, const QHash<int, QString> &steps)
{
    QStringList script;
    for (int i = 0; i < length; ++i)
        script.append(steps.value(i, QStringLiteral("ok")));
    return script;
}

} // namespace

class TestImportFramework : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("f%1.json").arg(++m_counter));
        fixtures::writeFile(path, bytes);
        return path;
    }

private Q_SLOTS:
    void cleanup() { Database::closeAll(); }

    void streamSkipsABadElementAndGoesOn_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QString>("reason");
        QTest::newRow("malformed") << QByteArray("{\"a\": tru}") << "malformed JSON";
        QTest::newRow("invalid UTF-8") << QByteArray("\"caf\xC3\x28\"") << "malformed JSON";
        QTest::newRow("bare word") << QByteArray("nope") << "malformed JSON";
    }

    void streamSkipsABadElementAndGoesOn()
    {
        QFETCH(QByteArray, bad);
        QFETCH(QString, reason);
        JsonArrayStream stream(write("\xEF\xBB\xBF[{\"a\": 1}, " + bad + ", {\"a\": 3}]"));
        QJsonValue value;
        QVERIFY(stream.next(value));
        QCOMPARE(value.toObject().value(QStringLiteral("a")).toInt(), 1);
        try {
            stream.next(value);
            QFAIL("the bad element must throw");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("record #2")), qPrintable(error.message()));
            QVERIFY2(error.message().contains(reason), qPrintable(error.message()));
            QVERIFY(stream.canContinue());
        }
        QVERIFY(stream.next(value));
        QCOMPARE(value.toObject().value(QStringLiteral("a")).toInt(), 3);
        QVERIFY(!stream.next(value));
    }

    void streamStopsOnBrokenStructure_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated string") << QByteArray("[{\"a\": 1}, {\"a\": \"no end") << "string not closed";
        QTest::newRow("truncated object") << QByteArray("[{\"a\": 1}, {\"a\": 2") << "object not closed";
        QTest::newRow("unclosed array") << QByteArray("[{\"a\": 1}, {\"a\": 2}") << "the array is not closed";
        QTest::newRow("missing comma") << QByteArray("[{\"a\": 1} {\"a\": 2}]") << "expected ',' or ']'";
    }

    void streamStopsOnBrokenStructure()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        const QString path = write(json);
        JsonArrayStream stream(path);
        QJsonValue value;
        QVERIFY(stream.next(value));
        try {
            while (stream.next(value)) { }
            QFAIL("a broken file must throw");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(reason), qPrintable(error.message()));
            QVERIFY(error.message().startsWith(path));
            QVERIFY(!stream.canContinue());
        }
        QVERIFY_THROWS_EXCEPTION(Error, stream.next(value)); // and it stays stopped
    }

    void streamRefusesWrongTopLevel()
    {
        QVERIFY_THROWS_EXCEPTION(Error, JsonArrayStream(write("{\"a\": 1}")));
        QVERIFY_THROWS_EXCEPTION(Error, JsonArrayStream(write("[1]"), QStringLiteral("messages")));
        QVERIFY_THROWS_EXCEPTION(Error, JsonArrayStream(write("{\"messages\": 5}"), QStringLiteral("messages")));
        QVERIFY_THROWS_EXCEPTION(Error, JsonArrayStream(m_dir.filePath(QStringLiteral("absent.json"))));
    }

    void imagesAreValidatedBeforeDecoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated PNG") << fixtures::truncatedPng() << "truncated image/png";
        QTest::newRow("text named .jpg") << QByteArray("this is a note, not a photo\n") << "not an image";
        QTest::newRow("30000x30000 header") << fixtures::hugePngHeader() << "30000x30000 pixels exceeds the limit";
        QTest::newRow("truncated JPEG") << fixtures::jpegBytes(64, 64, Qt::gray).chopped(10) << "truncated image/jpeg";
        QTest::newRow("empty") << QByteArray() << "not an image";
        QTest::newRow("PNG signature only") << QByteArray("\x89PNG\r\n\x1a\n", 8) << "unreadable image/png header";
    }

    void imagesAreValidatedBeforeDecoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        try {
            ImageDecoder::decode(bytes, QStringLiteral("photos/x.jpg"));
            QFAIL("a broken image must be refused");
        } catch (const Error &error) {
            QVERIFY2(error.message().startsWith(QStringLiteral("photos/x.jpg: ")), qPrintable(error.message()));
            QVERIFY2(error.message().contains(reason), qPrintable(error.message()));
        }
        // The reason names the header: the image was refused before any pixel buffer was allocated.
    }

    void pathsCannotLeaveTheImportFolder_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("reason");
        QTest::newRow("parent") << "../outside.png"
                                << "leaves the import folder";
        QTest::newRow("nested parent") << "photos/../../outside.png"
                                       << "leaves the import folder";
        QTest::newRow("absolute") << "/etc/passwd"
                                  << "must be relative";
        QTest::newRow("backslash") << "..\\outside.png"
                                   << "must be relative";
        QTest::newRow("symbolic link") << "photos/link.png"
                                       << "links outside the import folder";
        QTest::newRow("empty") << ""
                               << "empty file name";
    }

    void pathsCannotLeaveTheImportFolder()
    {
        QFETCH(QString, relative);
        QFETCH(QString, reason);
        const QString base = m_dir.filePath(QStringLiteral("import"));
        fixtures::writeFile(m_dir.filePath(QStringLiteral("outside.png")), fixtures::pngBytes(4, 4, Qt::red));
        fixtures::writeFile(base + QStringLiteral("/photos/inside.png"), fixtures::pngBytes(4, 4, Qt::red));
        QFile::link(m_dir.filePath(QStringLiteral("outside.png")), base + QStringLiteral("/photos/link.png"));
        QCOMPARE(resolveInside(base, QStringLiteral("photos/inside.png")),
            QFileInfo(base + QStringLiteral("/photos/inside.png")).canonicalFilePath());
        try {
            resolveInside(base, relative);
            QFAIL("the path must be refused");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(reason), qPrintable(error.message()));
        }
        // A base folder that is not there contains nothing (its empty canonical path must not turn "home/x" into
        // "/home/x"); the root folder contains its files.
        QVERIFY_THROWS_EXCEPTION(
            Error, resolveInside(m_dir.filePath(QStringLiteral("missing")), QStringLiteral("etc/hostname")));
        QCOMPARE(resolveInside(QStringLiteral("/"), QStringLiteral("etc")), QStringLiteral("/etc"));
    }

    void decodingIsStrict()
    {
        QCOMPARE(decodeUtf8Strict(QByteArray("caf\xC3\xA9"), QStringLiteral("x")), QString::fromUtf8("caf\xC3\xA9"));
        QVERIFY_THROWS_EXCEPTION(Error, decodeUtf8Strict(QByteArray("caf\xC3\x28"), QStringLiteral("x")));
        QVERIFY_THROWS_EXCEPTION(
            Error, decodeUtf8Strict(QByteArray("\xED\xA0\x80"), QStringLiteral("x"))); // lone surrogate
    }

    void importPathKeepsGoodRecordsAndRollsBackFatalFiles_data()
    {
        QTest::addColumn<QStringList>("script");
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("issues");
        QTest::addColumn<bool>("throws");
        QTest::addColumn<bool>("cancelled");
        QTest::newRow("bad records skipped") << QStringList{"ok", "bad", "ok", "bad"} << 2 << 2 << false << false;
        QTest::newRow("fatal rolls back all") << QStringList{"ok", "ok", "fatal"} << 0 << 0 << true << false;
        QTest::newRow("cancel rolls back all") << QStringList{"ok", "ok", "cancel", "ok"} << 0 << 0 << false << true;
    }

    void importPathKeepsGoodRecordsAndRollsBackFatalFiles()
    {
        QFETCH(QStringList, script);
        QFETCH(int, items);
        QFETCH(int, issues);
        QFETCH(bool, throws);
        QFETCH(bool, cancelled);
        const QString project = m_dir.filePath(QStringLiteral("p%1.candor").arg(++m_counter));
        ProjectStore::create(project);
        ProjectStore store(project);
        std::atomic_bool cancel{false};
        ScriptedImporter importer;
        importer.script = script;
        importer.cancel = &cancel;
        const QString path = write("[]");
        ImportReport report;
        try {
            report = importPath(store, importer, path, {}, {}, &cancel);
            QVERIFY(!throws);
        } catch (const Error &error) {
            QVERIFY(throws);
            QVERIFY(error.message().startsWith(path));
        }
        QCOMPARE(store.itemCount(), items);
        QCOMPARE(report.issues.size(), issues);
        QCOMPARE(report.cancelled, cancelled);
        if (issues > 0) {
            QCOMPARE(report.issues.first().toString(), QStringLiteral("%1: record 1: wrong type").arg(path));
            QCOMPARE(report.itemsAdded, items); // the failed records' counts went back with their rows
        }
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
        QVERIFY_THROWS_EXCEPTION(Error, importPath(store, importer, m_dir.filePath(QStringLiteral("absent")), {}));
    }

    // Batched records share a savepoint; a record whose writes fail after writing costs a replay of its batch,
    // never a good record, a count or an issue (the earlier records' warnings appear once).
    void batchedRecordsKeepEveryGoodRecord_data()
    {
        QTest::addColumn<QStringList>("script");
        QTest::addColumn<int>("items");
        QTest::addColumn<QStringList>("issues"); // "record:severity"
        QTest::newRow("small batch") << QStringList{"warn", "ok", "bad", "ok", "refused", "ok"} << 4
                                     << QStringList{"0:warning", "2:error", "4:error"};
        QTest::newRow("across batches") << scriptOf(
            700, {{3, "warn"}, {255, "bad"}, {256, "bad"}, {300, "refused"}, {511, "warn"}, {699, "bad"}})
                                        << 696
                                        << QStringList{"3:warning", "255:error", "256:error", "300:error",
                                               "511:warning", "699:error"};
        QTest::newRow("first record fails") << QStringList{"bad", "ok"} << 1 << QStringList{"0:error"};
    }

    void batchedRecordsKeepEveryGoodRecord()
    {
        QFETCH(QStringList, script);
        QFETCH(int, items);
        QFETCH(QStringList, issues);
        const QString project = m_dir.filePath(QStringLiteral("p%1.candor").arg(++m_counter));
        ProjectStore::create(project);
        ProjectStore store(project);
        ScriptedImporter importer;
        importer.script = script;
        importer.batched = true;
        const ImportReport report = importPath(store, importer, write("[]"), {});
        QCOMPARE(store.itemCount(), items);
        QCOMPARE(report.itemsAdded, items);
        QCOMPARE(report.recordsRead, script.size());
        QStringList seen;
        for (const ImportIssue &issue : report.issues)
            seen.append(issue.record + (issue.isWarning() ? QStringLiteral(":warning") : QStringLiteral(":error")));
        std::sort(seen.begin(), seen.end(), [](const QString &a, const QString &b) {
            return a.section(':', 0, 0).toInt() < b.section(':', 0, 0).toInt();
        });
        QCOMPARE(seen, issues);
        for (int i = 0; i < script.size(); ++i)
            QCOMPARE(store.findItem(QStringLiteral("scripted"), QString::number(i)).has_value(),
                script[i] != QLatin1String("bad") && script[i] != QLatin1String("refused"));
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestImportFramework)
#include "TestImportFramework.moc"
