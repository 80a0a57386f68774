#include "core/store/MemeStore.h"

#include "core/domain/Error.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

namespace candor {

void replaceOcrWords(ProjectStore &store, qint64 itemId, qint64 mediaId, const QList<OcrWord> &words)
{
    sql::Transaction transaction(storeConnection(store));
    writeOcrWords(store, itemId, mediaId, words);
    transaction.commit();
}

void writeOcrWords(ProjectStore &store, qint64 itemId, qint64 mediaId, const QList<OcrWord> &words)
{
    QSqlQuery remove = sql::prepare(storeConnection(store), QStringLiteral("DELETE FROM ocr_words WHERE item_id = ?"));
    remove.bindValue(0, itemId);
    sql::exec(remove);
    QSqlQuery insert = sql::prepare(storeConnection(store),
        QStringLiteral("INSERT INTO ocr_words(item_id, media_id, position, word, start_cp, end_cp, x, y, width, "
                       "height, confidence)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < words.size(); ++i) {
        const OcrWord &word = words[i];
        insert.bindValue(0, itemId);
        insert.bindValue(1, mediaId);
        insert.bindValue(2, i);
        insert.bindValue(3, sql::text(word.text));
        insert.bindValue(4, word.start);
        insert.bindValue(5, word.end);
        insert.bindValue(6, word.box.x());
        insert.bindValue(7, word.box.y());
        insert.bindValue(8, word.box.width());
        insert.bindValue(9, word.box.height());
        insert.bindValue(10, double(word.confidence));
        sql::exec(insert);
    }
}

QList<OcrWord> ocrWords(const ProjectStore &store, qint64 itemId)
{
    QSqlQuery query = sql::prepare(storeConnection(store),
        QStringLiteral("SELECT word, start_cp, end_cp, x, y, width, height, confidence FROM ocr_words WHERE item_id = "
                       "? ORDER BY position"));
    query.bindValue(0, itemId);
    sql::exec(query);
    QList<OcrWord> out;
    while (query.next()) {
        OcrWord word;
        word.text = query.value(0).toString();
        word.start = query.value(1).toInt();
        word.end = query.value(2).toInt();
        word.box
            = QRect(query.value(3).toInt(), query.value(4).toInt(), query.value(5).toInt(), query.value(6).toInt());
        word.confidence = query.value(7).toFloat();
        out.append(word);
    }
    return out;
}

void putImageMap(ProjectStore &store, const ImageMap &map)
{
    if (map.rows <= 0 || map.cols <= 0 || map.weights.size() != size_t(map.rows) * size_t(map.cols))
        throw Error(Error::tr("image map of item %1: %2 weights do not form a %3 x %4 grid")
                        .arg(map.itemId)
                        .arg(map.weights.size())
                        .arg(map.rows)
                        .arg(map.cols));
    QByteArray blob(qsizetype(map.weights.size() * 4), Qt::Uninitialized);
    for (size_t i = 0; i < map.weights.size(); ++i)
        qToLittleEndian<float>(map.weights[i], blob.data() + 4 * i);
    QSqlQuery query = sql::prepare(storeConnection(store),
        QStringLiteral("INSERT OR REPLACE INTO image_maps(item_id, model_version_id, kind, label, rows, cols, weights)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.bindValue(0, map.itemId);
    query.bindValue(1, map.modelVersionId);
    query.bindValue(2, map.kind);
    query.bindValue(3, sql::text(map.label));
    query.bindValue(4, map.rows);
    query.bindValue(5, map.cols);
    query.bindValue(6, blob);
    sql::exec(query);
}

std::optional<ImageMap> imageMap(
    const ProjectStore &store, qint64 itemId, qint64 modelVersionId, const QString &kind, const QString &label)
{
    QSqlQuery query = sql::prepare(storeConnection(store),
        QStringLiteral("SELECT rows, cols, weights FROM image_maps WHERE item_id = ? AND model_version_id = ? AND kind "
                       "= ? AND label = ?"));
    query.bindValue(0, itemId);
    query.bindValue(1, modelVersionId);
    query.bindValue(2, kind);
    query.bindValue(3, sql::text(label));
    sql::exec(query);
    if (!query.next())
        return std::nullopt;
    ImageMap map;
    map.itemId = itemId;
    map.modelVersionId = modelVersionId;
    map.kind = kind;
    map.label = label;
    map.rows = query.value(0).toInt();
    map.cols = query.value(1).toInt();
    const QByteArray blob = query.value(2).toByteArray();
    if (blob.size() != qsizetype(map.rows) * map.cols * 4)
        throw Error(Error::tr("%1: image map of item %2 is damaged").arg(store.path()).arg(itemId));
    map.weights.resize(size_t(map.rows) * size_t(map.cols));
    for (size_t i = 0; i < map.weights.size(); ++i)
        map.weights[i] = qFromLittleEndian<float>(blob.constData() + 4 * i);
    return map;
}

QList<ItemImage> memeImages(
    const ProjectStore &store, const QString &split, const QList<qint64> &itemIds, bool includePosts)
{
    QSqlQuery query = sql::prepare(storeConnection(store),
        QStringLiteral("SELECT id, text, media_id FROM items WHERE (kind = 'meme' OR (? AND kind = 'post')) AND "
                       "media_id IS NOT NULL AND (? = '' OR split = ?) ORDER BY id"));
    query.bindValue(0, includePosts ? 1 : 0);
    query.bindValue(1, sql::text(split));
    query.bindValue(2, sql::text(split));
    sql::exec(query);
    const QSet<qint64> wanted(itemIds.begin(), itemIds.end());
    QList<ItemImage> images;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (wanted.isEmpty() || wanted.contains(id))
            images.append({id, query.value(1).toString(), query.value(2).toLongLong()});
    }
    return images;
}

} // namespace candor
