#include "core/store/VerdictNeighbours.h"

#include "core/domain/Error.h"
#include "core/store/NearDuplicateIndex.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"
#include "core/text/MinHash.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace candor {

namespace {

// A JSON array of integers, bound as one value and read with json_each (however many there are).
template <typename Ints>
QString jsonArray(const Ints &values)
{
    QStringList parts;
    for (const auto value : values)
        parts.append(QString::number(value));
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QString &json)
{
    QSqlQuery query = sql::prepare(db, statement);
    query.setForwardOnly(true);
    query.bindValue(0, json);
    sql::exec(query);
    return query;
}

// Items whose text is near a judged item's: the same rule as SimilarItems (a shared LSH band, then the MinHash
// estimate at least `minimum`), in bulk: every band bucket and signature read once, not once per judged item.
void addTextNeighbours(const QSqlDatabase &db, const QList<qint64> &judged, double minimum, QSet<qint64> &near)
{
    QHash<qint64, text::MinHashSignature> signatures;
    QSqlQuery own = run(db,
        QStringLiteral("SELECT item_id, signature FROM text_minhash WHERE item_id IN (SELECT value FROM json_each(?))"),
        jsonArray(judged));
    QHash<qint64, std::vector<int64_t>> keysOf;
    QSet<int64_t> keys;
    while (own.next()) {
        const qint64 itemId = own.value(0).toLongLong();
        text::MinHashSignature signature = nearduplicates::signatureFromBytes(own.value(1).toByteArray());
        std::vector<int64_t> bands = text::lshBandKeys(signature);
        for (const int64_t key : bands)
            keys.insert(key);
        keysOf.insert(itemId, std::move(bands));
        signatures.insert(itemId, std::move(signature));
    }
    if (keys.isEmpty())
        return;
    QHash<int64_t, QList<qint64>> buckets;
    QSqlQuery members = run(db,
        QStringLiteral("SELECT l.band_key, l.item_id, m.signature FROM text_lsh l JOIN text_minhash m"
                       " ON m.item_id = l.item_id WHERE l.band_key IN (SELECT value FROM json_each(?))"),
        jsonArray(keys));
    while (members.next()) {
        const qint64 itemId = members.value(1).toLongLong();
        buckets[members.value(0).toLongLong()].append(itemId);
        if (!signatures.contains(itemId))
            signatures.insert(itemId, nearduplicates::signatureFromBytes(members.value(2).toByteArray()));
    }
    for (auto it = keysOf.cbegin(); it != keysOf.cend(); ++it) {
        const text::MinHashSignature &signature = signatures.value(it.key());
        for (const int64_t key : it.value())
            for (const qint64 other : buckets.value(key))
                if (other != it.key() && !near.contains(other)
                    && text::estimatedJaccard(signature, signatures.value(other)) >= minimum)
                    near.insert(other);
    }
}

// Items whose picture is within the distance of a judged item's (SimilarItems' image rule), one indexed lookup per
// distinct judged picture.
void addImageNeighbours(const ProjectStore &store, const QList<qint64> &judged, int maxDistance, QSet<qint64> &near)
{
    const QSqlDatabase db = storeConnection(store);
    QSqlQuery hashes = run(db,
        QStringLiteral("SELECT i.id, i.media_id, h.phash FROM items i JOIN image_hashes h ON h.media_id = i.media_id"
                       " WHERE i.id IN (SELECT value FROM json_each(?))"),
        jsonArray(judged));
    QHash<qint64, quint64> pictures; // media id -> hash
    QHash<qint64, QList<qint64>> judgedShowing; // media id -> judged items showing it
    while (hashes.next()) {
        pictures.insert(hashes.value(1).toLongLong(), quint64(hashes.value(2).toLongLong()));
        judgedShowing[hashes.value(1).toLongLong()].append(hashes.value(0).toLongLong());
    }
    QSqlQuery showing = sql::prepare(db, QStringLiteral("SELECT id FROM items WHERE media_id = ?"));
    QSet<qint64> done;
    for (auto it = pictures.cbegin(); it != pictures.cend(); ++it) {
        const QHash<qint64, int> media = SimilarItems::mediaNear(store, it.value(), maxDistance);
        for (auto m = media.cbegin(); m != media.cend(); ++m) {
            showing.bindValue(0, m.key());
            sql::exec(showing);
            while (showing.next()) {
                const qint64 itemId = showing.value(0).toLongLong();
                // An item is not its own near-duplicate: a judged item counts through another item's picture.
                const QList<qint64> &owners = judgedShowing[it.key()];
                if (!(owners.size() == 1 && owners.first() == itemId))
                    near.insert(itemId);
            }
        }
    }
}

} // namespace

QList<qint64> VerdictNeighbours::judgedItemIds(const ProjectStore &store)
{
    QSqlQuery query = sql::prepare(storeConnection(store),
        QStringLiteral("SELECT a.item_id FROM annotations a JOIN labels l ON l.id = a.label_id"
                       " JOIN label_schemas s ON s.id = l.schema_id WHERE s.name = 'fake-2'"
                       " AND a.origin IN ('gold', 'human', 'curated') AND a.status NOT IN ('rejected', 'ignored')"
                       " AND a.start_cp IS NULL AND a.post_id IS NULL"
                       " UNION SELECT item_id FROM fact_checks ORDER BY 1"));
    query.setForwardOnly(true);
    sql::exec(query);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QList<qint64> VerdictNeighbours::itemIds(const ProjectStore &store, const SimilarityOptions &options)
{
    if (options.maxImageDistance < 0 || options.maxImageDistance > 7)
        throw Error(
            Error::tr("the image distance must be between 0 and 7 bits (it is %1)").arg(options.maxImageDistance));
    if (options.minTextSimilarity <= 0 || options.minTextSimilarity > 1)
        throw Error(
            Error::tr("the text similarity must be above 0 and at most 1 (it is %1)").arg(options.minTextSimilarity));
    const QList<qint64> judged = judgedItemIds(store);
    QSet<qint64> near;
    if (!judged.isEmpty()) {
        addTextNeighbours(storeConnection(store), judged, options.minTextSimilarity, near);
        addImageNeighbours(store, judged, options.maxImageDistance, near);
    }
    QList<qint64> ids(near.begin(), near.end());
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace candor
