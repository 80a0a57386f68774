#include "core/store/NearDuplicateIndex.h"

#include "core/domain/Error.h"
#include "core/image/ImageDecoder.h"
#include "core/image/PerceptualHash.h"
#include "core/store/Sql.h"
#include "core/text/MinHash.h"

#include <QSqlQuery>
#include <QVariant>

namespace candor::nearduplicates {

namespace {

std::u32string codePoints(const QString &text)
{
    const QList<uint> ucs4 = text.toUcs4();
    return std::u32string(ucs4.begin(), ucs4.end());
}

} // namespace

void indexImage(const QSqlDatabase &db, qint64 mediaId, const QImage &image)
{
    const quint64 hash = PerceptualHash::of(image);
    const auto chunks = PerceptualHash::chunks(hash);
    sql::Statement insert(db,
        QStringLiteral("INSERT OR REPLACE INTO image_hashes(media_id, phash, chunk0, chunk1, chunk2, chunk3)"
                       " VALUES (?, ?, ?, ?, ?, ?)"));
    insert->bindValue(0, mediaId);
    insert->bindValue(1, qint64(hash)); // SQLite integers are signed 64-bit: the bits are kept, read back as quint64
    for (int i = 0; i < 4; ++i)
        insert->bindValue(2 + i, int(chunks[size_t(i)]));
    insert.exec();
}

void indexText(const QSqlDatabase &db, qint64 itemId, const QString &text, bool newItem)
{
    const text::MinHashSignature signature = text::minHash(codePoints(text));
    if (!newItem) {
        sql::Statement clear(db, QStringLiteral("DELETE FROM text_lsh WHERE item_id = ?"));
        clear->bindValue(0, itemId);
        clear.exec();
    }
    sql::Statement put(db, QStringLiteral("INSERT OR REPLACE INTO text_minhash(item_id, signature) VALUES (?, ?)"));
    put->bindValue(0, itemId);
    put->bindValue(1, signatureBytes(signature));
    put.exec();
    const std::vector<int64_t> keys = text::lshBandKeys(signature);
    if (keys.empty())
        return;
    // All bands in one statement, the keys as one JSON array: at import this runs once per item, and one
    // statement per band cost more than the item's own insert. OR IGNORE: two bands may (rarely) reduce to the
    // same 32-bit key; one row is enough.
    QByteArray list = "[";
    for (size_t band = 0; band < keys.size(); ++band) {
        if (band > 0)
            list += ',';
        list += QByteArray::number(qint64(keys[band]));
    }
    list += ']';
    sql::Statement insert(
        db, QStringLiteral("INSERT OR IGNORE INTO text_lsh(band_key, item_id) SELECT value, ? FROM json_each(?)"));
    insert->bindValue(0, itemId);
    insert->bindValue(1, QString::fromLatin1(list));
    insert.exec();
}

BackfillCount backfill(const QSqlDatabase &db, QStringList *warnings)
{
    BackfillCount count;
    QList<qint64> mediaIds;
    {
        QSqlQuery missing = sql::prepare(db,
            QStringLiteral("SELECT id FROM media WHERE NOT EXISTS"
                           " (SELECT 1 FROM image_hashes h WHERE h.media_id = media.id) ORDER BY id"));
        sql::exec(missing);
        while (missing.next())
            mediaIds.append(missing.value(0).toLongLong());
    }
    QSqlQuery bytes = sql::prepare(db, QStringLiteral("SELECT bytes FROM media WHERE id = ?"));
    for (qint64 mediaId : std::as_const(mediaIds)) {
        bytes.bindValue(0, mediaId);
        const QString origin = Error::tr("media %1").arg(mediaId);
        try {
            indexImage(db, mediaId, ImageDecoder::decode(sql::scalar(bytes).toByteArray(), origin));
            ++count.images;
        } catch (const Error &error) {
            if (warnings)
                warnings->append(error.message());
        }
    }
    QSqlQuery texts = sql::prepare(db,
        QStringLiteral("SELECT id, text FROM items WHERE NOT EXISTS"
                       " (SELECT 1 FROM text_minhash t WHERE t.item_id = items.id) ORDER BY id"));
    sql::exec(texts);
    while (texts.next()) {
        indexText(db, texts.value(0).toLongLong(), texts.value(1).toString(), /*newItem=*/true);
        ++count.texts;
    }
    return count;
}

QByteArray signatureBytes(const text::MinHashSignature &signature)
{
    QByteArray bytes;
    bytes.reserve(int(signature.size() * 4));
    for (uint32_t value : signature) {
        for (int shift = 0; shift < 32; shift += 8)
            bytes.append(char((value >> shift) & 0xFF));
    }
    return bytes;
}

text::MinHashSignature signatureFromBytes(const QByteArray &bytes)
{
    text::MinHashSignature signature;
    signature.reserve(size_t(bytes.size() / 4));
    for (int at = 0; at + 4 <= bytes.size(); at += 4) {
        uint32_t value = 0;
        for (int i = 0; i < 4; ++i)
            value |= uint32_t(uchar(bytes[at + i])) << (8 * i);
        signature.push_back(value);
    }
    return signature;
}

} // namespace candor::nearduplicates
