// candor-bench near-duplicates [TEXTS=1000000] [IMAGES=100000]: how fast images and texts are hashed, what the
// index costs at import, and how long the nearest-items query takes on a project of that size.
//
// Texts go in through ProjectStore::upsertItem (the import path, index included). Images: hashing is timed on
// real decoded pictures; the index of IMAGES media rows is filled with their hashes' positions drawn at random
// (plus planted near copies), because generating and decoding 100,000 distinct pictures would time the
// generator, and the lookup only ever reads the hashes.
#include "bench/BenchSupport.h"
#include "core/image/ImageDecoder.h"
#include "core/image/PerceptualHash.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"
#include "core/store/SimilarItems.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"
#include "core/text/MinHash.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPainter>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

namespace candor::bench {

namespace {

QImage picture(quint32 seed)
{
    QRandomGenerator random(seed);
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(QColor::fromRgb(random.generate()));
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < 60; ++i) {
        painter.setBrush(QColor::fromRgb(random.generate()));
        const int w = random.bounded(40, 220);
        const int h = random.bounded(30, 160);
        painter.drawEllipse(QRect(random.bounded(640 - w), random.bounded(480 - h), w, h));
    }
    return image;
}

// A caption of 8-16 words from a 5,000-word vocabulary: random captions share a pair now and then, never most.
QString caption(QRandomGenerator &random)
{
    QStringList words;
    const int length = random.bounded(8, 17);
    for (int w = 0; w < length; ++w)
        words.append(QStringLiteral("w%1").arg(random.bounded(5000)));
    return words.join(u' ');
}

QString withOneWordChanged(const QString &text, QRandomGenerator &random)
{
    QStringList words = text.split(u' ');
    words[random.bounded(int(words.size()))] = QStringLiteral("edited");
    return words.join(u' ');
}

struct Latency
{
    QList<double> ms;
    double quantile(double q)
    {
        std::sort(ms.begin(), ms.end());
        return ms.isEmpty() ? 0 : ms[std::min<qsizetype>(ms.size() - 1, qsizetype(q * double(ms.size())))];
    }
};

void hashingRates(Table &table)
{
    QList<QByteArray> jpegs;
    QList<QImage> decoded;
    for (quint32 seed = 1; seed <= 200; ++seed) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        picture(seed).save(&buffer, "JPG", 80);
        jpegs.append(bytes);
        decoded.append(ImageDecoder::decode(bytes, QStringLiteral("bench.jpg")));
    }
    Stopwatch watch;
    quint64 sink = 0;
    for (int round = 0; round < 5; ++round)
        for (const QImage &image : std::as_const(decoded))
            sink ^= PerceptualHash::of(image);
    table.add(QStringLiteral("perceptual hash, decoded 640x480"), watch,
        perSecond(1000, watch.wallSeconds(), QStringLiteral("images")), QStringLiteral("1,000 hashes"));
    watch.restart();
    for (const QByteArray &bytes : std::as_const(jpegs))
        sink ^= PerceptualHash::of(ImageDecoder::decode(bytes, QStringLiteral("bench.jpg")));
    table.add(QStringLiteral("decode JPEG + hash 640x480"), watch,
        perSecond(200, watch.wallSeconds(), QStringLiteral("images")), QStringLiteral("sink %1").arg(sink % 10));
    QRandomGenerator random(7);
    QList<std::u32string> texts;
    for (int i = 0; i < 100000; ++i) {
        const QList<uint> ucs4 = caption(random).toUcs4();
        texts.append(std::u32string(ucs4.begin(), ucs4.end()));
    }
    watch.restart();
    size_t keys = 0;
    for (const std::u32string &text : std::as_const(texts))
        keys += text::lshBandKeys(text::minHash(text)).size();
    table.add(QStringLiteral("MinHash + band keys, 8-16 words"), watch,
        perSecond(100000, watch.wallSeconds(), QStringLiteral("texts")), QStringLiteral("%1 keys").arg(keys));
}

} // namespace

int runNearDuplicateBench(qint64 texts, qint64 images)
{
    Table table(QStringLiteral("candor-bench near-duplicates: %1 texts, %2 images").arg(texts).arg(images));
    hashingRates(table);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("near.candor"));
    ProjectStore::create(path);
    ProjectStore store(path);
    if (qEnvironmentVariableIsSet("CANDOR_BENCH_CACHE_MB"))
        sql::exec(storeConnection(store),
            QStringLiteral("PRAGMA cache_size = -%1")
                .arg(qEnvironmentVariableIntValue("CANDOR_BENCH_CACHE_MB") * 1024));
    QRandomGenerator random(2026);
    // Every 1,000th text gets a re-post with one word changed right after it: the query must find it.
    QList<QPair<qint64, qint64>> plantedTexts;
    Stopwatch watch;
    {
        auto transaction = store.transaction();
        QString previous;
        qint64 previousId = 0;
        for (qint64 i = 0; i < texts; ++i) {
            Item item;
            item.kind = ItemKind::Post;
            item.source = QStringLiteral("bench");
            item.externalId = QString::number(i);
            const bool repost = i % 1000 == 1;
            item.text = repost ? withOneWordChanged(previous, random) : caption(random);
            const qint64 id = store.upsertItem(item).id;
            if (repost)
                plantedTexts.append({previousId, id});
            previous = item.text;
            previousId = id;
        }
        transaction.commit();
    }
    table.add(QStringLiteral("import texts (upsertItem, index included)"), watch,
        perSecond(double(texts), watch.wallSeconds(), QStringLiteral("items")));

    // Images: media rows (1-byte stand-ins for the picture bytes), their hashes, and an item showing each.
    // Every 1,000th image has a copy at 1..7 bits (the farthest the query promises to find).
    QList<QPair<qint64, qint64>> plantedImages;
    watch.restart();
    {
        const QSqlDatabase db = storeConnection(store);
        auto transaction = store.transaction();
        QSqlQuery media = sql::prepare(db,
            QStringLiteral("INSERT INTO media(id, sha256, mime, width, height, bytes) VALUES (?, ?, 'image/jpeg', 640,"
                           " 480, x'00')"));
        QSqlQuery hash = sql::prepare(db,
            QStringLiteral("INSERT INTO image_hashes(media_id, phash, chunk0, chunk1, chunk2, chunk3)"
                           " VALUES (?, ?, ?, ?, ?, ?)"));
        QSqlQuery item = sql::prepare(db,
            QStringLiteral("INSERT INTO items(kind, source, external_id, content_hash, media_id)"
                           " VALUES ('meme', 'bench-image', ?, 'h', ?)"));
        quint64 previous = 0;
        for (qint64 m = 1; m <= images; ++m) {
            const bool copy = m % 1000 == 2;
            quint64 value = random.generate64();
            if (copy) {
                value = previous;
                const int bits = int(m / 1000 % 7) + 1;
                for (int b = 0; b < bits; ++b) // distinct positions: the distance is exactly `bits`
                    value ^= 1ULL << ((b * 9 + int(m % 5)) % 64);
            }
            media.bindValue(0, m);
            media.bindValue(1, QString::number(m));
            sql::exec(media);
            const auto chunks = PerceptualHash::chunks(value);
            hash.bindValue(0, m);
            hash.bindValue(1, qint64(value));
            for (int c = 0; c < 4; ++c)
                hash.bindValue(2 + c, int(chunks[size_t(c)]));
            sql::exec(hash);
            item.bindValue(0, QStringLiteral("image-%1").arg(m));
            item.bindValue(1, m);
            sql::exec(item);
            if (copy)
                plantedImages.append({item.lastInsertId().toLongLong() - 1, item.lastInsertId().toLongLong()});
            previous = value;
        }
        transaction.commit();
    }
    table.add(QStringLiteral("index images (direct SQL)"), watch,
        perSecond(double(images), watch.wallSeconds(), QStringLiteral("images")),
        QStringLiteral("file %1 MB").arg(QString::number(QFileInfo(path).size() / 1048576.0, 'f', 0)));

    // Nearest-items queries: the planted pairs (recall) and random items (the common case: nothing near).
    Latency textLatency;
    int textFound = 0;
    for (const auto &[original, repost] : std::as_const(plantedTexts)) {
        QElapsedTimer timer;
        timer.start();
        const QList<SimilarItem> near = SimilarItems::of(store, original);
        textLatency.ms.append(double(timer.nsecsElapsed()) / 1e6);
        textFound += std::any_of(
            near.cbegin(), near.cend(), [repost = repost](const SimilarItem &s) { return s.itemId == repost; });
    }
    Latency imageLatency;
    int imageFound = 0;
    for (const auto &[original, copy] : std::as_const(plantedImages)) {
        QElapsedTimer timer;
        timer.start();
        const QList<SimilarItem> near = SimilarItems::of(store, original);
        imageLatency.ms.append(double(timer.nsecsElapsed()) / 1e6);
        imageFound += std::any_of(
            near.cbegin(), near.cend(), [copy = copy](const SimilarItem &s) { return s.itemId == copy; });
    }
    Latency randomLatency;
    for (int q = 0; q < 500; ++q) {
        const qint64 id = 1 + qint64(random.bounded(quint64(texts + images)));
        QElapsedTimer timer;
        timer.start();
        SimilarItems::of(store, id);
        randomLatency.ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    auto row = [&table](const QString &what, Latency &latency, const QString &note) {
        table.add(what, latency.quantile(0.5) / 1000.0,
            QStringLiteral("p95 %1 ms, max %2 ms")
                .arg(latency.quantile(0.95), 0, 'f', 2)
                .arg(latency.quantile(1.0), 0, 'f', 2),
            note);
    };
    row(QStringLiteral("nearest items of a re-posted text (median)"), textLatency,
        QStringLiteral("found %1 of %2").arg(textFound).arg(plantedTexts.size()));
    row(QStringLiteral("nearest items of a re-posted image (median)"), imageLatency,
        QStringLiteral("found %1 of %2 (1-7 bits)").arg(imageFound).arg(plantedImages.size()));
    row(QStringLiteral("nearest items of a random item (median)"), randomLatency, QStringLiteral("500 queries"));
    table.print();
    Database::closeAll();
    return textFound == plantedTexts.size() && imageFound == plantedImages.size() ? 0 : 1;
}

} // namespace candor::bench
