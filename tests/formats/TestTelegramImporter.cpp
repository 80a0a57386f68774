#include "core/domain/Error.h"
#include "core/formats/telegram/TelegramImporter.h"
#include "tests/formats/FormatFixtures.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

// A chat export as Telegram Desktop writes it (JSON, "Export chat history"): service messages, a text that is an
// array of strings and entity objects, an edit, photos (one present, one missing, one not included) and replies.
const char kExport[] = R"JSON({
 "name": "Fixture group",
 "type": "private_supergroup",
 "id": 1234567,
 "messages": [
  {"id": 1, "type": "service", "date": "2023-01-02T10:00:00", "date_unixtime": "1672653600", "actor": "Alice",
   "actor_id": "user100", "action": "create_group", "title": "Fixture group", "members": ["Alice"], "text": "", "text_entities": []},
  {"id": 2, "type": "message", "date": "2023-01-02T10:11:12", "date_unixtime": "1672654272", "from": "Alice",
   "from_id": "user100", "photo": "photos/photo_1@02-01-2023_10-11-12.jpg", "width": 40, "height": 30,
   "text": "Hello world", "text_entities": [{"type": "plain", "text": "Hello world"}]},
  {"id": 3, "type": "message", "date": "2023-01-02T10:12:00", "date_unixtime": "1672654320", "edited": "2023-01-02T10:20:00",
   "edited_unixtime": "1672654800", "from": "Bob", "from_id": "user200", "reply_to_message_id": 2,
   "text": ["Look at ", {"type": "link", "text": "https://example.org"}, " now \ud83d\ude00 ", {"type": "bold", "text": "\u00c9Norme"}],
   "text_entities": [{"type": "plain", "text": "Look at "}, {"type": "link", "text": "https://example.org"},
                     {"type": "plain", "text": " now \ud83d\ude00 "}, {"type": "bold", "text": "\u00c9Norme"}]},
  {"id": 4, "type": "message", "date": "2023-01-02T10:13:00", "date_unixtime": "1672654380", "from": "Alice",
   "from_id": "user100", "reply_to_message_id": 3, "photo": "photos/photo_2@02-01-2023_10-13-00.jpg", "text": "Agreed"},
  {"id": 5, "type": "message", "date": "2023-01-02T11:00:00", "date_unixtime": "1672657200", "from": "Carol",
   "from_id": "user300", "text": "A standalone claim", "forwarded_from": "Some Channel"},
  {"id": 6, "type": "message", "date": "2023-01-02T11:01:00", "date_unixtime": "1672657260", "from": null,
   "from_id": "user400", "reply_to_message_id": 999, "text": "Reply to a deleted message"},
  {"id": 7, "type": "service", "date": "2023-01-02T11:02:00", "date_unixtime": "1672657320", "actor": "Alice",
   "actor_id": "user100", "action": "pin_message", "message_id": 5, "text": ""},
  {"id": 8, "type": "message", "date": "2023-01-02T11:03:00", "date_unixtime": "1672657380", "from": "Carol",
   "from_id": "user300", "reply_to_message_id": 2,
   "photo": "(File not included. Change data exporting settings to download.)", "text": "Second reply"},
  {"id": 9, "type": "message", "date": "2023-01-02T11:04:00", "date_unixtime": "1672657440", "from": "Bob",
   "from_id": "user200", "reply_to_message_id": 5, "text": "Source?"}
 ]
})JSON";

QByteArray message(int id, const QByteArray &fields)
{
    return "{\"id\": " + QByteArray::number(id)
        + ", \"type\": \"message\", \"date\": \"2023-03-01T08:00:00\", \"from\": \"Dan\", " + fields + "}";
}

QByteArray exportWith(const QList<QByteArray> &messages)
{
    QByteArray json = "{\"name\": \"Hostile\", \"type\": \"public_channel\", \"id\": 77, \"messages\": [\n";
    for (int i = 0; i < messages.size(); ++i)
        json += (i ? ",\n" : "") + messages[i];
    return json + "\n]}";
}

} // namespace

class TestTelegramImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_export;
    int m_counter = 0;

    QString freshFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("export%1").arg(++m_counter));
        QDir().mkpath(folder);
        return folder;
    }

    ImportReport importFolder(
        const QString &folder, const std::atomic_bool *cancel = nullptr, const ImportContext::ProgressFn &progress = {})
    {
        ProjectStore store(m_project);
        TelegramImporter importer;
        ImportOptions options;
        options.mapping.insert(QStringLiteral("language"), QStringLiteral("en"));
        return importPath(store, importer, folder, options, progress, cancel);
    }

private Q_SLOTS:
    void init()
    {
        Database::closeAll();
        m_project = m_dir.filePath(QStringLiteral("p%1.candor").arg(++m_counter));
        ProjectStore::create(m_project);
        m_export = freshFolder();
        fixtures::writeFile(m_export + QStringLiteral("/result.json"), kExport);
        fixtures::writeFile(m_export + QStringLiteral("/photos/photo_1@02-01-2023_10-11-12.jpg"),
            fixtures::jpegBytes(40, 30, Qt::blue));
    }

    void cleanup() { Database::closeAll(); }

    void recognisesFolderAndResultFile()
    {
        TelegramImporter importer;
        QVERIFY(importer.recognises(m_export));
        QVERIFY(importer.recognises(m_export + QStringLiteral("/result.json")));
        QVERIFY(!importer.recognises(m_export + QStringLiteral("/photos/photo_1@02-01-2023_10-11-12.jpg")));
    }

    void importsMessagesThreadsAndPhotos()
    {
        const ImportReport report = importFolder(m_export);
        ProjectStore store(m_project);
        QCOMPARE(fixtures::count(store, QStringLiteral("SELECT count(*) FROM items WHERE kind = 'message'")), 7);
        QCOMPARE(fixtures::count(store, QStringLiteral("SELECT count(*) FROM items WHERE kind = 'thread'")), 2);
        QCOMPARE(fixtures::count(store, QStringLiteral("SELECT count(*) FROM posts")), 6);
        QCOMPARE(report.itemsAdded, 9);
        QCOMPARE(report.postsAdded, 6);
        QCOMPARE(report.mediaAdded, 1);
        // The one missing photo is reported with file, record and reason; its message is still there.
        QCOMPARE(report.issues.size(), 1);
        QCOMPARE(report.issues.first().record, QStringLiteral("message 4"));
        QVERIFY(report.issues.first().reason.contains(QStringLiteral("photo_2@02-01-2023_10-13-00.jpg")));
        QVERIFY(report.issues.first().file.endsWith(QStringLiteral("result.json")));

        const Item hello = store.item(*store.findItem(QStringLiteral("telegram"), QStringLiteral("1234567/2"))).value();
        QCOMPARE(hello.text, QStringLiteral("Hello world"));
        QCOMPARE(hello.author, QStringLiteral("Alice"));
        QCOMPARE(hello.language, QStringLiteral("en"));
        QCOMPARE(hello.createdAt, QDateTime::fromSecsSinceEpoch(1672654272, Qt::UTC));
        QVERIFY(hello.mediaId.has_value());
        QCOMPARE(store.media(*hello.mediaId)->width, 40);

        const Item rich = store.item(*store.findItem(QStringLiteral("telegram"), QStringLiteral("1234567/3"))).value();
        QCOMPARE(rich.text, QString::fromUtf8("Look at https://example.org now \xF0\x9F\x98\x80 \xC3\x89Norme"));
        const QJsonArray entities = rich.metadata.value(QStringLiteral("entities")).toArray();
        QCOMPARE(entities.size(), 2);
        QCOMPARE(entities[0].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("link"));
        QCOMPARE(entities[0].toObject().value(QStringLiteral("start")).toInt(), 8);
        QCOMPARE(entities[0].toObject().value(QStringLiteral("end")).toInt(), 27);
        QCOMPARE(
            entities[1].toObject().value(QStringLiteral("start")).toInt(), 34); // code points: the emoji counts once
        QCOMPARE(entities[1].toObject().value(QStringLiteral("end")).toInt(), 40);
        QCOMPARE(rich.metadata.value(QStringLiteral("edited_at")).toString(), QStringLiteral("2023-01-02T10:20:00Z"));

        const Item notIncluded
            = store.item(*store.findItem(QStringLiteral("telegram"), QStringLiteral("1234567/8"))).value();
        QVERIFY(notIncluded.metadata.value(QStringLiteral("photo_not_included")).toBool());
        QVERIFY(!store.findItem(QStringLiteral("telegram"), QStringLiteral("1234567/1"))); // service message
        QVERIFY(!store.findItem(QStringLiteral("telegram"), QStringLiteral("1234567/thread/6"))); // no replies

        // The reply tree of the thread rooted at message 2: 2 <- 3 <- 4 and 2 <- 8.
        const qint64 thread = *store.findItem(QStringLiteral("telegram"), QStringLiteral("1234567/thread/2"));
        QCOMPARE(store.item(thread)->text, QStringLiteral("Hello world"));
        QHash<QString, QString> parentOf;
        for (const ThreadPost &post : store.posts(thread))
            parentOf.insert(post.postId, post.parentPostId);
        QCOMPARE(parentOf,
            (QHash<QString, QString>{{QStringLiteral("2"), QString()}, {QStringLiteral("3"), QStringLiteral("2")},
                {QStringLiteral("4"), QStringLiteral("3")}, {QStringLiteral("8"), QStringLiteral("2")}}));
        const qint64 second = *store.findItem(QStringLiteral("telegram"), QStringLiteral("1234567/thread/5"));
        QCOMPARE(store.posts(second).size(), 2);
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    void reimportAddsNothing()
    {
        importFolder(m_export);
        const ImportReport again = importFolder(m_export);
        QCOMPARE(again.itemsAdded, 0);
        QCOMPARE(again.itemsUpdated, 0);
        QCOMPARE(again.itemsUnchanged, 9);
        QCOMPARE(again.postsAdded, 0);
        QCOMPARE(again.mediaAdded, 0);
        QCOMPARE(ProjectStore(m_project).itemCount(), 9);
    }

    void hostileMessage_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("messagesKept"); // the two good ones, plus the bad one when only its photo is refused
        QTest::newRow("text is a number")
            << message(2, "\"text\": 42") << "field 'text' must be a string or an array" << 2;
        QTest::newRow("entity without text")
            << message(2, "\"text\": [{\"type\": \"bold\"}]") << "text entity without" << 2;
        QTest::newRow("id is a string") << QByteArray(
            "{\"id\": \"x\", \"type\": \"message\", \"date\": \"2023-03-01T08:00:00\", \"text\": \"a\"}")
                                        << "field 'id' must be an integer" << 2;
        QTest::newRow("reply id is text")
            << message(2, "\"reply_to_message_id\": \"one\", \"text\": \"a\"") << "reply_to_message_id" << 2;
        QTest::newRow("bad date") << message(2, "\"text\": \"a\"").replace("2023-03-01T08:00:00", "yesterday")
                                  << "field 'date'" << 2;
        QTest::newRow("malformed element")
            << QByteArray("{\"id\": 2, \"type\": \"message\", \"text\": tru}") << "malformed JSON" << 2;
        QTest::newRow("invalid UTF-8") << message(2, "\"text\": \"caf\xC3\x28 \xFF\"") << "malformed JSON" << 2;
        QTest::newRow("50 MB text") << message(2, "\"text\": \"" + QByteArray(50 * 1024 * 1024, 'a') + "\"")
                                    << "exceeds the limit" << 2;
        QTest::newRow("unknown type") << QByteArray("{\"id\": 2, \"type\": \"hologram\"}") << "unknown message type"
                                      << 2;
        QTest::newRow("photo leaves the folder")
            << message(2, "\"text\": \"a\", \"photo\": \"../../etc/passwd\"") << "leaves the import folder" << 3;
        QTest::newRow("absolute photo path")
            << message(2, "\"text\": \"a\", \"photo\": \"/etc/passwd\"") << "must be relative" << 3;
        QTest::newRow("truncated PNG") << message(2, "\"text\": \"a\", \"photo\": \"photos/truncated.png\"")
                                       << "truncated image/png" << 3;
        QTest::newRow("text file named .jpg")
            << message(2, "\"text\": \"a\", \"photo\": \"photos/notes.jpg\"") << "not an image" << 3;
        QTest::newRow("30000x30000 header")
            << message(2, "\"text\": \"a\", \"photo\": \"photos/bomb.png\"") << "exceeds the limit" << 3;
        QTest::newRow("duplicate id") << message(1, "\"text\": \"again\"") << "duplicate message id 1" << 2;
        QTest::newRow("raw NUL in the text")
            << message(2, QByteArray("\"text\": \"a\0b\"", 13)) << "NUL character" << 2;
        QTest::newRow("escaped NUL in the sender")
            << message(2, "\"text\": \"a\"").replace("\"Dan\"", "\"D\\u0000an\"") << "field 'from' holds a NUL" << 2;
        QTest::newRow("id beyond 2^53")
            << message(2, "\"text\": \"a\"").replace("\"id\": 2", "\"id\": 9007199254740993")
            << "field 'id' must be an integer" << 2;
        QTest::newRow("unix time in the year 300000")
            << message(2, "\"text\": \"a\", \"date_unixtime\": \"9400000000000\"") << "outside the years 1-9999" << 2;
        QTest::newRow("date in the year 0")
            << message(2, "\"text\": \"a\"").replace("2023-03-01T08:00:00", "0000-03-01T08:00:00") << "field 'date'"
            << 2;
        QTest::newRow("600 levels deep") << message(
            2, "\"text\": \"a\", \"x\": " + QByteArray(600, '[') + QByteArray(600, ']'))
                                         << "nested deeper than the limit of 512" << 2;
        QTest::newRow("70 MB message") << message(
            2, "\"text\": \"a\", \"x\": \"" + QByteArray(70 * 1024 * 1024, 'b') + "\"")
                                       << "longer than the limit of 67108864 bytes" << 2;
    }

    void hostileMessage()
    {
        QFETCH(QByteArray, bad);
        QFETCH(QString, reason);
        QFETCH(int, messagesKept);
        const QString folder = freshFolder();
        fixtures::writeFile(folder + QStringLiteral("/photos/truncated.png"), fixtures::truncatedPng());
        fixtures::writeFile(folder + QStringLiteral("/photos/notes.jpg"), "just some notes, not a JPEG\n");
        fixtures::writeFile(folder + QStringLiteral("/photos/bomb.png"), fixtures::hugePngHeader());
        fixtures::writeFile(folder + QStringLiteral("/result.json"),
            exportWith({message(1, "\"text\": \"first\""), bad,
                message(3, "\"text\": \"third\", \"reply_to_message_id\": 1")}));
        const ImportReport report = importFolder(folder);
        QCOMPARE(report.issues.size(), 1);
        QVERIFY2(report.issues.first().reason.contains(reason), qPrintable(report.issues.first().toString()));
        QVERIFY(report.issues.first().file.endsWith(QStringLiteral("result.json")));
        QVERIFY(!report.issues.first().record.isEmpty());
        ProjectStore store(m_project);
        QCOMPARE(
            fixtures::count(store, QStringLiteral("SELECT count(*) FROM items WHERE kind = 'message'")), messagesKept);
        QCOMPARE(fixtures::count(store, QStringLiteral("SELECT count(*) FROM items WHERE kind = 'thread'")), 1);
        QCOMPARE(fixtures::count(store, QStringLiteral("SELECT count(*) FROM media")), 0);
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    // A file that is no Telegram export at all fails as a whole (there is nothing before a cut to keep).
    void notAnExportFailsWhole_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no messages array") << QByteArray("{\"name\": \"x\", \"id\": 3}") << "no member \"messages\"";
        QTest::newRow("messages not an array") << QByteArray("{\"messages\": {\"id\": 1}}") << "is not an array";
        QTest::newRow("top level array") << QByteArray("[1, 2]") << "expected a JSON object";
        QTest::newRow("empty file") << QByteArray() << "expected a JSON object";
    }

    void notAnExportFailsWhole()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        const QString folder = freshFolder();
        fixtures::writeFile(folder + QStringLiteral("/result.json"), json);
        try {
            importFolder(folder);
            QFAIL("a file that is no export must fail");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(reason), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("result.json")), qPrintable(error.message()));
        }
        ProjectStore store(m_project);
        QCOMPARE(store.itemCount(), 0);
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    // The one rule for cut files: the messages before the cut are kept (with their threads), the cut is reported.
    void cutFileKeepsTheMessagesBeforeTheCut_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("items"); // messages and threads kept
        const QByteArray whole = exportWith({message(1, "\"text\": \"first\""),
            message(2, "\"text\": \"second\", \"reply_to_message_id\": 1"), message(3, "\"text\": \"third\"")});
        QTest::newRow("truncated in the last message") << whole.left(whole.size() - 30) << "truncated JSON" << 3;
        QTest::newRow("truncated after a comma") << whole.left(whole.indexOf("{\"id\": 3")) << "truncated JSON" << 3;
        QTest::newRow("garbage between messages")
            << QByteArray(whole).replace("},\n{\"id\": 3", "} x {\"id\": 3") << "expected ',' or ']'" << 3;
        QTest::newRow("cut inside the first message") << whole.left(whole.indexOf("first")) << "truncated JSON" << 0;
    }

    void cutFileKeepsTheMessagesBeforeTheCut()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        QFETCH(int, items);
        const QString folder = freshFolder();
        fixtures::writeFile(folder + QStringLiteral("/result.json"), json);
        const ImportReport report = importFolder(folder);
        QCOMPARE(report.issues.size(), 1);
        QVERIFY2(report.issues.first().reason.contains(reason), qPrintable(report.issues.first().toString()));
        QVERIFY2(report.issues.first().reason.contains(QStringLiteral("records before it are kept")),
            qPrintable(report.issues.first().toString()));
        QVERIFY(report.issues.first().file.endsWith(QStringLiteral("result.json")));
        ProjectStore store(m_project);
        QCOMPARE(store.itemCount(), items);
        if (items > 0)
            QCOMPARE(store.posts(*store.findItem(QStringLiteral("telegram"), QStringLiteral("77/thread/1"))).size(), 2);
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    // A full-account export: every chat of chats.list and left_chats.list, each with its own ids and threads.
    void accountExportImportsEveryChat()
    {
        const QByteArray chatA = R"({"name": "Family", "type": "private_group", "id": 11, "messages": [
            {"id": 1, "type": "message", "date": "2023-01-01T10:00:00", "from": "Mum", "text": "Dinner?"},
            {"id": 2, "type": "message", "date": "2023-01-01T10:01:00", "from": "Dad", "text": "Yes", "reply_to_message_id": 1}],
            "after_messages": "ignored"})";
        const QByteArray chatB = R"({"name": "News", "type": "public_channel", "id": 22, "messages": [
            {"id": 1, "type": "message", "date": "2023-01-02T09:00:00", "from": "News", "text": "Breaking"},
            {"id": 2, "type": "service", "date": "2023-01-02T09:01:00", "actor": "News", "action": "pin_message", "text": ""}]})";
        const QByteArray left = R"({"name": "Old group", "type": "private_supergroup", "id": 33, "messages": [
            {"id": 7, "type": "message", "date": "2022-05-05T05:05:05", "from": "X", "text": "bye"}]})";
        const QByteArray account
            = "{\"about\": \"Here is the data you requested.\", \"personal_information\": {\"first_name\": \"Me\"},"
              " \"contacts\": {\"about\": \"...\", \"list\": [{\"first_name\": \"Mum\"}]},"
              " \"chats\": {\"about\": \"This page lists all chats.\", \"list\": ["
            + chatA + ", " + chatB
            + "]},"
              " \"left_chats\": {\"about\": \"left\", \"list\": ["
            + left + "]}}";
        const QString folder = freshFolder();
        fixtures::writeFile(folder + QStringLiteral("/result.json"), account);
        QVERIFY(TelegramImporter().recognises(folder));
        const ImportReport report = importFolder(folder);
        QVERIFY2(report.issues.isEmpty(), qPrintable(report.issues.value(0).toString()));
        ProjectStore store(m_project);
        QCOMPARE(fixtures::count(store, QStringLiteral("SELECT count(*) FROM items WHERE kind = 'message'")), 4);
        QCOMPARE(fixtures::count(store, QStringLiteral("SELECT count(*) FROM items WHERE kind = 'thread'")), 1);
        const Item dad = store.item(*store.findItem(QStringLiteral("telegram"), QStringLiteral("11/2"))).value();
        QCOMPARE(dad.text, QStringLiteral("Yes"));
        QCOMPARE(dad.metadata.value(QStringLiteral("chat_name")).toString(), QStringLiteral("Family"));
        QCOMPARE(store.item(*store.findItem(QStringLiteral("telegram"), QStringLiteral("22/1")))->text,
            QStringLiteral("Breaking"));
        QCOMPARE(store.item(*store.findItem(QStringLiteral("telegram"), QStringLiteral("33/7")))->text,
            QStringLiteral("bye"));
        QCOMPARE(store.posts(*store.findItem(QStringLiteral("telegram"), QStringLiteral("11/thread/1"))).size(), 2);
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));

        // Cut inside the second chat: the first chat is whole, the second keeps what came before the cut.
        const QString cut = freshFolder();
        const QByteArray truncated = account.left(account.indexOf("pin_message"));
        fixtures::writeFile(cut + QStringLiteral("/result.json"), truncated);
        const ImportReport cutReport = importFolder(cut);
        QCOMPARE(cutReport.issues.size(), 1);
        QVERIFY2(cutReport.issues.first().reason.contains(QStringLiteral("truncated JSON")),
            qPrintable(cutReport.issues.first().toString()));
        QVERIFY2(cutReport.issues.first().record.startsWith(QStringLiteral("chat 22")),
            qPrintable(cutReport.issues.first().toString()));
        QCOMPARE(cutReport.itemsUnchanged, 4); // 11/1, 11/2, the thread of chat 11, and 22/1 before the cut
    }

    void cancellingLeavesNothingOfTheFile()
    {
        importFolder(m_export);
        QList<QByteArray> messages;
        for (int i = 1; i <= 300; ++i)
            messages.append(message(i,
                "\"text\": \"message " + QByteArray::number(i) + "\""
                    + (i % 3 ? ", \"reply_to_message_id\": " + QByteArray::number(i - 1) : QByteArray())));
        const QString folder = freshFolder();
        fixtures::writeFile(folder + QStringLiteral("/result.json"), exportWith(messages));
        std::atomic_bool cancel{false};
        int calls = 0;
        const ImportReport report = importFolder(folder, &cancel, [&](qint64, qint64, const QString &) {
            if (++calls == 100)
                cancel = true;
        });
        QVERIFY(report.cancelled);
        QCOMPARE(report.itemsAdded, 0);
        ProjectStore store(m_project);
        QCOMPARE(store.itemCount(), 9); // the first export only
        QVERIFY(!store.findItem(QStringLiteral("telegram"), QStringLiteral("77/1")));
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestTelegramImporter)
#include "TestTelegramImporter.moc"
