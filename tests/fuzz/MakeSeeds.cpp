// candor-fuzz-seeds OUTDIR: writes the seed corpus of every fuzz target into OUTDIR/<target>/ from the project's
// own fixtures: the shapes the importer tests write (tests/formats), the sample project's generated memes and
// Telegram chats (core/sample), images drawn in memory, and model files saved by the engine after a tiny
// training. Deterministic and small (tens of KB), so corpora are generated, never committed.
#include "tests/fuzz/FuzzSupport.h"

#include "app/jobs/text/TrainConfigJson.h"
#include "app/jobs/thread/ThreadConfigJson.h"
#include "core/sample/SampleChats.h"
#include "core/sample/SampleMemes.h"
#include "models/text/TextModel.h"
#include "models/thread/ThreadModel.h"

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

#include <cstdio>

using candor::fuzz::joinParts;

namespace {

QString g_out;

void seed(const QString &target, const QString &name, const QByteArray &bytes)
{
    QDir().mkpath(g_out + QLatin1Char('/') + target);
    QFile file(g_out + QLatin1Char('/') + target + QLatin1Char('/') + name);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
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
        return {};   // a format this Qt cannot write (WebP without its plugin): no seed for it
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

void imageSeeds()
{
    const struct { const char *name; const char *format; QColor colour; } kinds[] = {
        {"small.png", "PNG", Qt::red}, {"small.jpg", "JPEG", Qt::green}, {"small.gif", "GIF", Qt::blue},
        {"small.bmp", "BMP", Qt::yellow}, {"small.webp", "WEBP", Qt::cyan}};
    for (const auto &kind : kinds) {
        const QByteArray bytes = image(24, 16, kind.colour, kind.format);
        if (!bytes.isEmpty())
            seed(QStringLiteral("image"), QString::fromLatin1(kind.name), bytes);
    }
    seed(QStringLiteral("image"), QStringLiteral("huge-header.png"), hugePngHeader());
    const QByteArray png = image(64, 64, Qt::magenta, "PNG");
    seed(QStringLiteral("image"), QStringLiteral("truncated.png"), png.left(png.size() / 2));
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
    seed(QStringLiteral("semeval"), QStringLiteral("task1"), joinParts({json(QJsonArray{
        memeRecord(QStringLiteral("1"), text1, {QStringLiteral("Loaded Language"), QStringLiteral("Slogans")}),
        memeRecord(QStringLiteral("2"), text2, {QStringLiteral("Name calling/Labeling")})})}));
    seed(QStringLiteral("semeval"), QStringLiteral("task2"), joinParts({json(QJsonArray{
        memeRecord(QStringLiteral("1"), text1, {semEvalSpan(0, 8, QStringLiteral("Loaded Language"), QStringLiteral("THEY LIE")),
                                                semEvalSpan(10, 17, QStringLiteral("Slogans"), QStringLiteral("WAKE UP"))}),
        memeRecord(QStringLiteral("2"), text2, {semEvalSpan(13, 19, QStringLiteral("Name calling/Labeling"), QStringLiteral("puppet"))})})}));
    QJsonObject meme1 = memeRecord(QStringLiteral("1"), text1, {QStringLiteral("Transfer"), QStringLiteral("Loaded Language")});
    meme1.insert(QStringLiteral("image"), QStringLiteral("a.png"));
    QJsonObject meme2 = memeRecord(QStringLiteral("2"), text2, {QStringLiteral("Appeal to (Strong) Emotions")});
    meme2.insert(QStringLiteral("image"), QStringLiteral("b.jpg"));
    seed(QStringLiteral("semeval"), QStringLiteral("task3"), joinParts({json(QJsonArray{meme1, meme2}), png, jpeg}));
    seed(QStringLiteral("semeval"), QStringLiteral("task3-bomb"), joinParts({json(QJsonArray{meme1}), hugePngHeader()}));
}

QJsonObject panSpan(const QString &category, int start, int end, const QString &text)
{
    return {{QStringLiteral("category"), category}, {QStringLiteral("start_char"), start}, {QStringLiteral("end_char"), end},
            {QStringLiteral("span_text"), text}, {QStringLiteral("annotator"), QStringLiteral("gold_label")},
            {QStringLiteral("start_spacy_token"), 0}, {QStringLiteral("end_spacy_token"), 1}};
}

// tests/formats/TestPanImporter.cpp's fixture.
void panSeeds()
{
    const QString german = QString::fromUtf8("Die Impfung \xF0\x9F\x92\x89 to\xCC\x88tet");
    const auto message = [](const QString &id, const QString &text, const QString &category, const QJsonArray &spans) {
        return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("text"), text}, {QStringLiteral("category"), category},
                           {QStringLiteral("annotations"), spans}};
    };
    seed(QStringLiteral("pan"), QStringLiteral("fixture"), json(QJsonArray{
        message(QStringLiteral("101"), QStringLiteral("Bill Gates wants to control us"), QStringLiteral("CONSPIRACY"),
                {panSpan(QStringLiteral("AGENT"), 0, 10, QStringLiteral("Bill Gates")),
                 panSpan(QStringLiteral("OBJECTIVE"), 11, 30, QStringLiteral("wants to control us")),
                 panSpan(QStringLiteral("X"), 20, 27, QStringLiteral("control"))}),
        message(QStringLiteral("102"), german, QStringLiteral("CRITICAL"),
                {panSpan(QStringLiteral("NEGATIVE_EFFECT"), 14, 20, QString::fromUtf8("to\xCC\x88tet"))})}));
    seed(QStringLiteral("pan"), QStringLiteral("truncated"),
         "[{\"id\": \"1\", \"text\": \"fine\", \"category\": \"CRITICAL\", \"annotations\": []},\n{\"id\": \"2\", \"te");
}

QJsonObject tweet(const QString &id, const QString &replyTo, const QString &text, const QString &time, const QString &user)
{
    QJsonObject object{{QStringLiteral("id_str"), id}, {QStringLiteral("id"), id.toDouble()}, {QStringLiteral("text"), text},
                       {QStringLiteral("created_at"), time}, {QStringLiteral("lang"), QStringLiteral("en")},
                       {QStringLiteral("user"), QJsonObject{{QStringLiteral("screen_name"), user}, {QStringLiteral("name"), user.toUpper()}}},
                       {QStringLiteral("retweet_count"), 3}};
    object.insert(QStringLiteral("in_reply_to_status_id_str"), replyTo.isEmpty() ? QJsonValue() : QJsonValue(replyTo));
    return object;
}

// tests/formats/TestRumourEvalImporter.cpp's thread 100 with its replies, structure and gold.
void rumourEvalSeeds()
{
    QJsonObject withImage = tweet(QStringLiteral("102"), QStringLiteral("100"), QStringLiteral("Look"),
                                  QStringLiteral("Wed Apr 17 18:58:00 +0000 2013"), QStringLiteral("cat"));
    withImage.insert(QStringLiteral("entities"), QJsonObject{{QStringLiteral("media"), QJsonArray{QJsonObject{
        {QStringLiteral("media_url_https"), QStringLiteral("https://pbs.twimg.com/media/x.jpg")}}}}});
    seed(QStringLiteral("rumoureval"), QStringLiteral("thread"), joinParts({
        json(tweet(QStringLiteral("100"), QString(), QStringLiteral("The plane was shot down"), QStringLiteral("Wed Apr 17 18:57:37 +0000 2013"), QStringLiteral("news"))),
        json(tweet(QStringLiteral("101"), QStringLiteral("100"), QStringLiteral("Source?"), QStringLiteral("Wed Apr 17 19:00:00 +0000 2013"), QStringLiteral("amy"))),
        json(withImage),
        "{\"100\": {\"101\": [], \"102\": [], \"999\": []}}",
        json(QJsonObject{{QStringLiteral("100"), QStringLiteral("support")}, {QStringLiteral("101"), QStringLiteral("query")},
                         {QStringLiteral("102"), QStringLiteral("comment")}}),
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
    seed(QStringLiteral("mediaeval"), QStringLiteral("posts"), joinParts({tsv, image(32, 24, Qt::green, "JPEG"), image(16, 16, Qt::red, "PNG")}));
    QByteArray moved = "image_id(s)\tpost_text\tpost_id\tuser_id\tusername\ttimestamp\tlabel\n";
    moved += "img1\tcolumns in another order\t200\t1\tx\tWed Apr 17 18:57:37 +0000 2013\treal\n";
    moved += "img2\tshort\n";
    seed(QStringLiteral("mediaeval"), QStringLiteral("moved-columns"), joinParts({moved}));
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
            result.replace(QByteArray(QByteArray("photos/") + photos.first().toUtf8()), QByteArray("photos/photo_1.jpg"));
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
        seed(QStringLiteral("jsonl"), QStringLiteral("sample-meme-%1").arg(i), joinParts({"kind=meme", json(record), png}));
    }
    QByteArray hostile;
    hostile += "\xEF\xBB\xBF{\"id\": \"m1\", \"text\": \"Make it great \xF0\x9F\x87\xBA\xF0\x9F\x87\xB8 again\", \"image\": \"a.png\","
               " \"labels\": [\"Slogans\", \"Flag-waving\"], \"spans\": [{\"start\": 0, \"end\": 13, \"label\": \"Slogans\"},"
               " {\"start\": 14, \"end\": 16, \"technique\": \"Flag-waving\"}], \"language\": \"en\", \"votes\": 5}\r\n";
    hostile += "{\"id\": 2, \"text\": \"no labels at all\", \"created_at\": \"2024-05-01T12:00:00Z\"}\n";
    hostile += "{\"id\": 324597532548276224, \"text\": \"a tweet id beyond 2^53\"}\n\n";
    hostile += "{\"id\": \"m4\", \"text\": \"short\", \"spans\": [{\"start\": 4, \"end\": 2, \"label\": \"Smears\"}]}\n";
    hostile += "{\"id\": \"m7\", \"text\": \"x\", \"image\": \"../escape.png\"}\n[1, 2]\n{\"id\": \"m9\", \"text\": \"trunc\n";
    seed(QStringLiteral("jsonl"), QStringLiteral("hostile-lines"), joinParts({"kind=meme\nsplit=split", hostile, png}));

    QByteArray csv = "id,text,image,labels,language,split,created_at,votes\n";
    csv += "m1,\"Make it great, again\",a.png,Slogans|Flag-waving,en,train,2024-05-01T12:00:00Z,5\n";
    csv += "m2,\"a \"\"quoted\"\" word\nover two lines\",,Smears,en,dev,,\n";
    csv += "m3,too,few\n";
    seed(QStringLiteral("csv"), QStringLiteral("memes"), joinParts({"kind=meme", csv, png}));
    QByteArray tsv = "post_id\tbody\tlabel\n1\tthe first post\tDoubt\n2\t\"quoted\ttab\"\tSmears|Doubt\n";
    seed(QStringLiteral("csv"), QStringLiteral("tab-mapped"), joinParts({"delimiter=tab\nid=post_id\ntext=body\nlabels=label\nschema=persuasion-20", tsv}));
}

void configSeeds()
{
    const QByteArray defaults = QJsonDocument(candor::trainConfigToJson({})).toJson();
    seed(QStringLiteral("train-config"), QStringLiteral("defaults"), defaults);
    seed(QStringLiteral("train-config"), QStringLiteral("readme-example"),
         "{\"epochs\": 10, \"layers\": 2, \"width\": 128, \"learningRate\": 3e-4, \"trainNgramBaseline\": false}");
    seed(QStringLiteral("thread-config"), QStringLiteral("defaults"), QJsonDocument(candor::threadConfigToJson({})).toJson());
    seed(QStringLiteral("thread-config"), QStringLiteral("readme-example"),
         "{\"order\": \"chronological\", \"epochs\": 10, \"useMeta\": false, \"tasks\": \"stance\"}");
}

// Model files saved by the engine itself after a training of seconds on tiny generated data: an n-gram text
// model (config.json + model.safetensors) and a thread model, and their safetensors files for the reader.
void modelSeeds()
{
    using namespace candor::models;
    TextTaskDefinition task;
    task.kind = TextTaskKind::MultiLabel;
    task.classLabels = {"Doubt", "Smears"};
    std::vector<TextExample> examples;
    for (int i = 0; i < 24; ++i) {
        TextExample example;
        example.text = i % 2 ? "they lie to you again and again" : "is this really confirmed by anyone";
        example.classes = {i % 2 ? 1 : 0};
        examples.push_back(example);
    }
    TextTrainConfig config;
    config.trainTransformer = false;
    config.threads = 1;
    config.ngramHashBits = 8;
    config.ngramEpochs = 2;
    TrainReport report;
    const auto text = TextModel::train(task, examples, examples, {}, config, report);
    const auto files = text->save();
    const QByteArray textConfig = QByteArray::fromStdString(files.at("config.json"));
    const QByteArray textWeights = QByteArray::fromStdString(files.at("model.safetensors"));
    seed(QStringLiteral("text-model"), QStringLiteral("ngram"), joinParts({textConfig, textWeights}));
    seed(QStringLiteral("safetensors"), QStringLiteral("ngram"), textWeights);

    std::vector<ThreadExample> threads;
    for (int t = 0; t < 6; ++t) {
        ThreadExample thread;
        thread.id = "t" + std::to_string(t);
        thread.posts.push_back({thread.id + "-0", "breaking news about the event", -1, 0, {}, 0});
        thread.posts.push_back({thread.id + "-1", t % 2 ? "agreed this is right" : "nonsense that is fake", 0, 30, {}, t % 2 ? 0 : 1});
        thread.veracity = t % 2 ? 0 : 1;
        threads.push_back(thread);
    }
    ThreadTrainConfig small;
    small.threads = 1;
    small.hashBuckets = 64;
    small.textDim = 4;
    small.imageInputDim = 2;
    small.imageDim = 2;
    small.metaState = 4;
    small.metaDim = 2;
    small.taskHidden = 4;
    small.epochs = 1;
    small.batchSize = 4;
    small.validationFraction = 0;
    ThreadTrainReport threadReport;
    const auto thread = ThreadModel::train(threads, small, threadReport);
    seed(QStringLiteral("thread-model"), QStringLiteral("small"), QByteArray::fromStdString(thread->save().at("model.safetensors")));
    seed(QStringLiteral("safetensors"), QStringLiteral("thread"), QByteArray::fromStdString(thread->save().at("model.safetensors")));
}

} // namespace

int main(int argc, char *argv[])
{
    candor::fuzz::ensureApplication();
    if (argc != 2) {
        std::fprintf(stderr, "usage: candor-fuzz-seeds OUTDIR\n");
        return 2;
    }
    g_out = QString::fromLocal8Bit(argv[1]);
    imageSeeds();
    semEvalSeeds();
    panSeeds();
    rumourEvalSeeds();
    mediaEvalSeeds();
    telegramSeeds();
    genericSeeds();
    configSeeds();
    modelSeeds();
    return 0;
}
