// The importers' and the image decoder's seed corpora (Seeds.h).
#include "core/sample/SampleChats.h"
#include "core/sample/SampleMemes.h"
#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/Seeds.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtEndian>

namespace candor::fuzz {

void writeSeed(const QString &outDir, const QString &target, const QString &name, const QByteArray &bytes)
{
    QDir().mkpath(outDir + QLatin1Char('/') + target);
    QFile file(outDir + QLatin1Char('/') + target + QLatin1Char('/') + name);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
}

namespace {

QString g_out;

void seed(const QString &target, const QString &name, const QByteArray &bytes)
{
    writeSeed(g_out, target, name, bytes);
}

QByteArray json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QByteArray image(int width, int height, QColor colour, const char *format)
{
    QImage picture(width, height, QImage::Format_RGB888);
    picture.fill(colour);
    picture.setPixelColor(width / 2, height / 2, Qt::black);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!picture.save(&buffer, format))
        return {}; // a format this Qt cannot write (WebP without its plugin): no seed for it
    return bytes;
}

// The hostile image headers of the format tests: a 30000 x 30000 PNG announcement and a truncated PNG.
QByteArray hugePngHeader()
{
    QByteArray bytes("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", 16);
    char size[8];
    qToBigEndian<quint32>(30000, size);
    qToBigEndian<quint32>(30000, size + 4);
    bytes.append(size, 8);
    bytes.append("\x08\x02\x00\x00\x00\x00\x00\x00\x00", 9);
    bytes.append("\x00\x00\x00\x00IEND\xae\x42\x60\x82", 12);
    return bytes;
}

// A JPEG with an EXIF block (a little-endian TIFF whose IFD0 holds Make = "Fuzz"), and the plain pictures.
void pictureDescriptionSeeds()
{
    QByteArray tiff("II*\0\x08\0\0\0\x01\0\x0f\x01\x02\0\x05\0\0\0\x1a\0\0\0\0\0\0\0Fuzz\0", 31);
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    const QByteArray jpeg = image(24, 16, Qt::darkGreen, "JPEG");
    QByteArray segment("\xFF\xE1", 2);
    segment.append(char((payload.size() + 2) >> 8)).append(char((payload.size() + 2) & 0xFF));
    seed(QStringLiteral("picture-description"), QStringLiteral("exif.jpg"),
        jpeg.left(2) + segment + payload + jpeg.mid(2));
    seed(QStringLiteral("picture-description"), QStringLiteral("plain.png"), image(24, 16, Qt::red, "PNG"));
    const QByteArray webp = image(24, 16, Qt::blue, "WEBP");
    if (!webp.isEmpty())
        seed(QStringLiteral("picture-description"), QStringLiteral("plain.webp"), webp);
}

void imageSeeds()
{
    const struct
    {
        const char *name;
        const char *format;
        QColor colour;
    } kinds[] = {{"small.png", "PNG", Qt::red}, {"small.jpg", "JPEG", Qt::green}, {"small.gif", "GIF", Qt::blue},
        {"small.bmp", "BMP", Qt::yellow}, {"small.webp", "WEBP", Qt::cyan}};
    for (const auto &kind : kinds) {
        const QByteArray bytes = image(24, 16, kind.colour, kind.format);
        if (!bytes.isEmpty())
            seed(QStringLiteral("image"), QString::fromLatin1(kind.name), bytes);
    }
    seed(QStringLiteral("image"), QStringLiteral("huge-header.png"), hugePngHeader());
    const QByteArray png = image(64, 64, Qt::magenta, "PNG");
    seed(QStringLiteral("image"), QStringLiteral("truncated.png"), png.left(png.size() / 2));
    pictureDescriptionSeeds();
}

QJsonObject memeRecord(const QString &id, const QString &text, const QJsonArray &labels)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("text"), text}, {QStringLiteral("labels"), labels}};
}

QJsonObject semEvalSpan(int start, int end, const QString &technique, const QString &fragment)
{
    return {{QStringLiteral("start"), start}, {QStringLiteral("end"), end}, {QStringLiteral("technique"), technique},
        {QStringLiteral("text_fragment"), fragment}};
}

// tests/formats/TestSemEvalImporter.cpp's split: the same memes as subtask 1, 2 and 3 files.
void semEvalSeeds()
{
    const QString text1 = QStringLiteral("THEY LIE\n\nWAKE UP");
    const QString text2 = QString::fromUtf8("Biden \xF0\x9F\x91\x8D is a puppet");
    const QByteArray png = image(40, 30, Qt::red, "PNG");
    const QByteArray jpeg = image(20, 10, Qt::blue, "JPEG");
    seed(QStringLiteral("semeval"), QStringLiteral("task1"),
        joinParts({json(QJsonArray{
            memeRecord(QStringLiteral("1"), text1, {QStringLiteral("Loaded Language"), QStringLiteral("Slogans")}),
            memeRecord(QStringLiteral("2"), text2, {QStringLiteral("Name calling/Labeling")})})}));
    seed(QStringLiteral("semeval"), QStringLiteral("task2"),
        joinParts(
            {json(QJsonArray{memeRecord(QStringLiteral("1"), text1,
                                 {semEvalSpan(0, 8, QStringLiteral("Loaded Language"), QStringLiteral("THEY LIE")),
                                     semEvalSpan(10, 17, QStringLiteral("Slogans"), QStringLiteral("WAKE UP"))}),
                memeRecord(QStringLiteral("2"), text2,
                    {semEvalSpan(13, 19, QStringLiteral("Name calling/Labeling"), QStringLiteral("puppet"))})})}));
    QJsonObject meme1
        = memeRecord(QStringLiteral("1"), text1, {QStringLiteral("Transfer"), QStringLiteral("Loaded Language")});
    meme1.insert(QStringLiteral("image"), QStringLiteral("a.png"));
    QJsonObject meme2 = memeRecord(QStringLiteral("2"), text2, {QStringLiteral("Appeal to (Strong) Emotions")});
    meme2.insert(QStringLiteral("image"), QStringLiteral("b.jpg"));
    seed(QStringLiteral("semeval"), QStringLiteral("task3"), joinParts({json(QJsonArray{meme1, meme2}), png, jpeg}));
    seed(
        QStringLiteral("semeval"), QStringLiteral("task3-bomb"), joinParts({json(QJsonArray{meme1}), hugePngHeader()}));
}

QJsonObject panSpan(const QString &category, int start, int end, const QString &text)
{
    return {{QStringLiteral("category"), category}, {QStringLiteral("start_char"), start},
        {QStringLiteral("end_char"), end}, {QStringLiteral("span_text"), text},
        {QStringLiteral("annotator"), QStringLiteral("gold_label")}, {QStringLiteral("start_spacy_token"), 0},
        {QStringLiteral("end_spacy_token"), 1}};
}

// tests/formats/TestPanImporter.cpp's fixture.
void panSeeds()
{
    const QString german = QString::fromUtf8("Die Impfung \xF0\x9F\x92\x89 to\xCC\x88tet");
    const auto message = [](const QString &id, const QString &text, const QString &category, const QJsonArray &spans) {
        return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("text"), text},
            {QStringLiteral("category"), category}, {QStringLiteral("annotations"), spans}};
    };
    seed(QStringLiteral("pan"), QStringLiteral("fixture"),
        json(QJsonArray{message(QStringLiteral("101"), QStringLiteral("Bill Gates wants to control us"),
                            QStringLiteral("CONSPIRACY"),
                            {panSpan(QStringLiteral("AGENT"), 0, 10, QStringLiteral("Bill Gates")),
                                panSpan(QStringLiteral("OBJECTIVE"), 11, 30, QStringLiteral("wants to control us")),
                                panSpan(QStringLiteral("X"), 20, 27, QStringLiteral("control"))}),
            message(QStringLiteral("102"), german, QStringLiteral("CRITICAL"),
                {panSpan(QStringLiteral("NEGATIVE_EFFECT"), 14, 20, QString::fromUtf8("to\xCC\x88tet"))})}));
    seed(QStringLiteral("pan"), QStringLiteral("truncated"),
        "[{\"id\": \"1\", \"text\": \"fine\", \"category\": \"CRITICAL\", \"annotations\": []},\n{\"id\": \"2\", \"te");
}

QJsonObject tweet(
    const QString &id, const QString &replyTo, const QString &text, const QString &time, const QString &user)
{
    QJsonObject object{{QStringLiteral("id_str"), id}, {QStringLiteral("id"), id.toDouble()},
        {QStringLiteral("text"), text}, {QStringLiteral("created_at"), time},
        {QStringLiteral("lang"), QStringLiteral("en")},
        {QStringLiteral("user"),
            QJsonObject{{QStringLiteral("screen_name"), user}, {QStringLiteral("name"), user.toUpper()}}},
        {QStringLiteral("retweet_count"), 3}};
    object.insert(QStringLiteral("in_reply_to_status_id_str"), replyTo.isEmpty() ? QJsonValue() : QJsonValue(replyTo));
    return object;
}

// tests/formats/TestRumourEvalImporter.cpp's thread 100 with its replies, structure and gold.
void rumourEvalSeeds()
{
    QJsonObject withImage = tweet(QStringLiteral("102"), QStringLiteral("100"), QStringLiteral("Look"),
        QStringLiteral("Wed Apr 17 18:58:00 +0000 2013"), QStringLiteral("cat"));
    withImage.insert(QStringLiteral("entities"),
        QJsonObject{{QStringLiteral("media"),
            QJsonArray{QJsonObject{
                {QStringLiteral("media_url_https"), QStringLiteral("https://pbs.twimg.com/media/x.jpg")}}}}});
    seed(QStringLiteral("rumoureval"), QStringLiteral("thread"),
        joinParts({json(tweet(QStringLiteral("100"), QString(), QStringLiteral("The plane was shot down"),
                       QStringLiteral("Wed Apr 17 18:57:37 +0000 2013"), QStringLiteral("news"))),
            json(tweet(QStringLiteral("101"), QStringLiteral("100"), QStringLiteral("Source?"),
                QStringLiteral("Wed Apr 17 19:00:00 +0000 2013"), QStringLiteral("amy"))),
            json(withImage), "{\"100\": {\"101\": [], \"102\": [], \"999\": []}}",
            json(QJsonObject{{QStringLiteral("100"), QStringLiteral("support")},
                {QStringLiteral("101"), QStringLiteral("query")}, {QStringLiteral("102"), QStringLiteral("comment")}}),
            json(QJsonObject{{QStringLiteral("100"), QStringLiteral("false")}})}));
}

// tests/formats/TestMediaEvalImporter.cpp's posts (without its 3 MB line), with the two images.
void mediaEvalSeeds()
{
    QByteArray tsv = "post_id\tpost_text\tuser_id\timage_id(s)\tusername\ttimestamp\tlabel\n";
    tsv += "100\tA \"quoted\" fake post\t11\timg1,img2\talice\tWed Apr 17 18:57:37 +0000 2013\tfake\r\n";
    tsv += "101\tFunny one\t12\timg2\tbob\tThu Apr 18 01:02:03 +0200 2013\thumor\n";
    tsv += "102\tThe real thing\t13\t../../secret\tcarol\tThu Apr 18 02:00:00 +0000 2013\treal\n";
    tsv += "104\tshort line\t15\n";
    tsv += "105\tcaf\xC3\x28\t16\timg1\terin\tThu Apr 18 04:00:00 +0000 2013\tfake\n";
    seed(QStringLiteral("mediaeval"), QStringLiteral("posts"),
        joinParts({tsv, image(32, 24, Qt::green, "JPEG"), image(16, 16, Qt::red, "PNG")}));
    QByteArray moved = "image_id(s)\tpost_text\tpost_id\tuser_id\tusername\ttimestamp\tlabel\n";
    moved += "img1\tcolumns in another order\t200\t1\tx\tWed Apr 17 18:57:37 +0000 2013\treal\n";
    moved += "img2\tshort\n";
    seed(QStringLiteral("mediaeval"), QStringLiteral("moved-columns"), joinParts({moved}));
}

// tests/formats/TestWeiboImporter.cpp's shapes: a post with two images, one whose image is missing, one with only
// "null", a post cut short, a URL ending in "..", invalid UTF-8, stray lines; and the file cut after line 2.
void weiboSeeds()
{
    // QByteArray, not auto: a QStringBuilder returned from the lambda would point at its dead temporaries (ASan:
    // stack-use-after-scope).
    const auto meta = [](const QByteArray &id, const QByteArray &time) -> QByteArray {
        return id + "|alice|http://weibo.com/1/" + id + "|null|" + time
            + "|true|79|18|0|2803550292|0|5047|1770|1979|web\r\n";
    };
    QByteArray posts
        = meta("1001", "2012-11-13 16:55") + "http://x/large/a.jpg|http://x/large/b.png|null\r\nfirst post\r\n";
    posts += meta("1002", "1452440393000") + "http://x/large/missing.jpg|null\r\nsecond\r\n";
    posts += meta("1003", "yesterday") + "null\r\nno pictures\r\n";
    posts += meta("1004", "2012-11-13 16:55") + "null\r\n";
    posts += meta("1005", "2012-11-13 16:55") + "http://x/large/..|null\r\ncaf\xC3\x28\r\n";
    posts += "stray line\r\n" + meta("1001", "2012-11-13 16:55") + "null\r\nagain\r\n";
    seed(QStringLiteral("weibo"), QStringLiteral("posts"),
        joinParts({posts, image(32, 24, Qt::green, "JPEG"), image(16, 16, Qt::red, "PNG")}));
    seed(QStringLiteral("weibo"), QStringLiteral("cut-after-line-2"),
        joinParts({meta("7", "2012-11-13 16:55") + "http://x/a.jpg|null"}));
}

// The sample project's first chat (core/sample), cut to its first messages, as a Telegram Desktop export.
void telegramSeeds()
{
    QList<candor::SampleChat> chats = candor::sampleChats();
    QTemporaryDir dir;
    for (int i = 0; i < chats.size(); ++i) {
        candor::SampleChat chat = chats[i];
        chat.messages = chat.messages.mid(0, 12);
        const QString folder = dir.filePath(QString::number(i));
        candor::writeTelegramExport(chat, folder);
        QByteArray photo;
        const QStringList photos = QDir(folder + QStringLiteral("/photos")).entryList(QDir::Files);
        if (!photos.isEmpty())
            photo = readAll(folder + QStringLiteral("/photos/") + photos.first());
        // The harness stores part 1 as photos/photo_1.jpg: point the first photo there.
        QByteArray result = readAll(folder + QStringLiteral("/result.json"));
        if (!photos.isEmpty())
            result.replace(
                QByteArray(QByteArray("photos/") + photos.first().toUtf8()), QByteArray("photos/photo_1.jpg"));
        seed(QStringLiteral("telegram"), QStringLiteral("sample-chat-%1").arg(i), joinParts({result, photo}));
    }
}

// The sample memes (memes.jsonl of core/sample) and the generic importer tests' hostile lines, as JSONL and CSV.
void genericSeeds()
{
    QTemporaryDir dir;
    candor::writeSampleMemes(dir.path());
    const QList<QByteArray> lines = readAll(dir.filePath(QStringLiteral("memes.jsonl"))).split('\n');
    const QByteArray png = image(30, 20, Qt::yellow, "PNG");
    for (int i = 0; i < 3 && i < lines.size(); ++i) {
        QJsonObject record = QJsonDocument::fromJson(lines[i]).object();
        record.insert(QStringLiteral("image"), QStringLiteral("a.png"));
        seed(QStringLiteral("jsonl"), QStringLiteral("sample-meme-%1").arg(i),
            joinParts({"kind=meme", json(record), png}));
    }
    QByteArray hostile;
    hostile
        += "\xEF\xBB\xBF{\"id\": \"m1\", \"text\": \"Make it great \xF0\x9F\x87\xBA\xF0\x9F\x87\xB8 again\", "
           "\"image\": \"a.png\","
           " \"labels\": [\"Slogans\", \"Flag-waving\"], \"spans\": [{\"start\": 0, \"end\": 13, \"label\": "
           "\"Slogans\"},"
           " {\"start\": 14, \"end\": 16, \"technique\": \"Flag-waving\"}], \"language\": \"en\", \"votes\": 5}\r\n";
    hostile += "{\"id\": 2, \"text\": \"no labels at all\", \"created_at\": \"2024-05-01T12:00:00Z\"}\n";
    hostile += "{\"id\": 324597532548276224, \"text\": \"a tweet id beyond 2^53\"}\n\n";
    hostile
        += "{\"id\": \"m4\", \"text\": \"short\", \"spans\": [{\"start\": 4, \"end\": 2, \"label\": \"Smears\"}]}\n";
    hostile += "{\"id\": \"m7\", \"text\": \"x\", \"image\": \"../escape.png\"}\n[1, 2]\n{\"id\": \"m9\", \"text\": "
               "\"trunc\n";
    seed(QStringLiteral("jsonl"), QStringLiteral("hostile-lines"), joinParts({"kind=meme\nsplit=split", hostile, png}));

    QByteArray csv = "id,text,image,labels,language,split,created_at,votes\n";
    csv += "m1,\"Make it great, again\",a.png,Slogans|Flag-waving,en,train,2024-05-01T12:00:00Z,5\n";
    csv += "m2,\"a \"\"quoted\"\" word\nover two lines\",,Smears,en,dev,,\n";
    csv += "m3,too,few\n";
    seed(QStringLiteral("csv"), QStringLiteral("memes"), joinParts({"kind=meme", csv, png}));
    QByteArray tsv = "post_id\tbody\tlabel\n1\tthe first post\tDoubt\n2\t\"quoted\ttab\"\tSmears|Doubt\n";
    seed(QStringLiteral("csv"), QStringLiteral("tab-mapped"),
        joinParts({"delimiter=tab\nid=post_id\ntext=body\nlabels=label\nschema=persuasion-20", tsv}));
}

// tests/formats/TestBratFormat.cpp's shapes: code points after an emoji and a ZWJ family, a discontinuous span, a
// relation, a shifted span, and an exported folder's manifest.
void bratSeeds()
{
    const QByteArray text
        = "\xf0\x9f\x98\x80 \xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9 says \xe6\x9d\xb1\xe4\xba\xac lies";
    const QByteArray ann = "T1\tLoaded_Language 2 5\t\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\n"
                           "T2\tDoubt 6 10;14 18\tsays lies\nT3\tSmears 9 13\tlies\nR1\tCause Arg1:T1 Arg2:T2\n"
                           "#1\tAnnotatorNotes T1\tpersuasion-20 \xc2\xb7 gold\n";
    seed(QStringLiteral("brat"), QStringLiteral("document"), joinParts({text, ann, QByteArray()}));
    seed(QStringLiteral("brat"), QStringLiteral("exported"),
        joinParts({text, ann,
            "{\"format\": \"candor-brat\", \"format_version\": 1, \"documents\": {\"doc\": {\"source\": \"semeval\", "
            "\"external_id\": \"1\"}}}"}));
}

// tests/formats/TestLabelStudioFormat.cpp's shapes: code-point and old UTF-16 regions, choices, ground truth, a
// cancelled annotation, a rating, a prediction and an exported task's way back.
void labelStudioSeeds()
{
    const QString text = QString::fromUtf8("\xf0\x9f\x98\x80 says \xe6\x9d\xb1\xe4\xba\xac is lying");
    const auto region = [](int start, int end, const QString &quoted, const QString &label) {
        return QJsonObject{{QStringLiteral("id"), QStringLiteral("r")},
            {QStringLiteral("type"), QStringLiteral("labels")},
            {QStringLiteral("value"),
                QJsonObject{{QStringLiteral("start"), start}, {QStringLiteral("end"), end},
                    {QStringLiteral("text"), quoted}, {QStringLiteral("labels"), QJsonArray{label}}}}};
    };
    const QJsonArray result{region(2, 6, QStringLiteral("says"), QStringLiteral("Doubt")),
        region(13, 18, QStringLiteral("lying"), QStringLiteral("Smears")),
        QJsonObject{{QStringLiteral("type"), QStringLiteral("choices")},
            {QStringLiteral("value"),
                QJsonObject{{QStringLiteral("choices"), QJsonArray{QStringLiteral("CONSPIRACY")}}}}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("rating")}, {QStringLiteral("value"), QJsonObject{}}}};
    const QJsonArray tasks{
        QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("data"), QJsonObject{{QStringLiteral("text"), text}}},
            {QStringLiteral("annotations"),
                QJsonArray{QJsonObject{{QStringLiteral("completed_by"),
                                           QJsonObject{{QStringLiteral("id"), 3},
                                               {QStringLiteral("email"), QStringLiteral("a@b.org")}}},
                               {QStringLiteral("result"), result}},
                    QJsonObject{{QStringLiteral("ground_truth"), true}, {QStringLiteral("result"), result}},
                    QJsonObject{{QStringLiteral("was_cancelled"), true}, {QStringLiteral("result"), result}}}},
            {QStringLiteral("predictions"), QJsonArray{QJsonObject{{QStringLiteral("result"), result}}}}},
        QJsonObject{{QStringLiteral("id"), 2}, {QStringLiteral("data"), QJsonObject{{QStringLiteral("text"), text}}},
            {QStringLiteral("meta"),
                QJsonObject{{QStringLiteral("candor"),
                    QJsonObject{{QStringLiteral("source"), QStringLiteral("labelstudio")},
                        {QStringLiteral("external_id"), QStringLiteral("1")}}}}},
            {QStringLiteral("annotations"), QJsonArray{}}}};
    seed(QStringLiteral("labelstudio"), QStringLiteral("tasks"), json(tasks));
}

void schemaFileSeeds()
{
    seed(QStringLiteral("schema-file"), QStringLiteral("candor"),
        "{\"format\": \"candor-label-schema\", \"version\": 1, \"name\": \"claims\", \"use\": \"spans\",\n"
        " \"labels\": [{\"name\": \"health \\u00e9\", \"colour\": \"#4363d8\", \"key\": \"H\"},\n"
        " {\"name\": \"old\", \"retired\": true, \"ignored\": true}]}");
    seed(QStringLiteral("schema-file"), QStringLiteral("labelstudio-config"),
        "<View><Text name=\"t\" value=\"$text\"/><Labels name=\"l\" toName=\"t\"><Label value=\"Doubt\" "
        "background=\"#e6194b\" hotkey=\"d\"/></Labels><Choices name=\"c\" toName=\"t\"><Choice value=\"fake\"/>"
        "</Choices></View>");
    seed(QStringLiteral("schema-file"), QStringLiteral("labelstudio-tasks"),
        "[{\"annotations\": [{\"result\": [{\"value\": {\"start\": 0, \"end\": 1, \"labels\": [\"Smears\"]}},"
        " {\"value\": {\"choices\": [\"real\"]}}]}]}]");
    seed(QStringLiteral("schema-file"), QStringLiteral("brat-conf"),
        "# conf\n[entities]\nSmears\n!Fallacy\n\tStraw_Man\n[relations]\n");
}

void serverAddressSeeds()
{
    seed(QStringLiteral("server-address"), QStringLiteral("plain"), "postgresql://ana@db.example.org/team1");
    seed(QStringLiteral("server-address"), QStringLiteral("tls"),
        "postgresql://ana%40desk@db.example.org:6543/fact%20checks?sslmode=verify-full&sslrootcert=/etc/ca.pem"
        "&connect_timeout=5&application_name=candor");
    seed(QStringLiteral("server-address"), QStringLiteral("socket"), "postgres:///team");
    seed(QStringLiteral("server-address"), QStringLiteral("ipv6"),
        "postgresql://[::1]:5433/team?target_session_attrs=any");
}

} // namespace

void writeImporterSeeds(const QString &outDir)
{
    g_out = outDir;
    imageSeeds();
    semEvalSeeds();
    panSeeds();
    rumourEvalSeeds();
    mediaEvalSeeds();
    weiboSeeds();
    telegramSeeds();
    genericSeeds();
    bratSeeds();
    labelStudioSeeds();
    schemaFileSeeds();
    serverAddressSeeds();
}

} // namespace candor::fuzz
