#include "core/store/SimilarItems.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/image/PerceptualHash.h"
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
#include <limits>

namespace candor {

namespace {

// The chunk itself and its 16 one-bit variants, as an SQL list of literals (integers only, built here).
QString chunkProbes(quint16 chunk)
{
    QStringList values{QString::number(chunk)};
    for (int bit = 0; bit < 16; ++bit)
        values.append(QString::number(quint16(chunk ^ (1u << bit))));
    return values.join(u',');
}

// media id -> Hamming distance, for every stored image within `maxDistance` of `hash`.
QHash<qint64, int> imagesNear(const QSqlDatabase &db, quint64 hash, int maxDistance)
{
    const auto chunks = PerceptualHash::chunks(hash);
    QStringList parts;
    for (int i = 0; i < 4; ++i)
        parts.append(QStringLiteral("SELECT media_id, phash FROM image_hashes WHERE chunk%1 IN (%2)")
                         .arg(i)
                         .arg(chunkProbes(chunks[size_t(i)])));
    QSqlQuery query = sql::prepare(db, parts.join(QStringLiteral(" UNION ")));
    sql::exec(query);
    QHash<qint64, int> near;
    while (query.next()) {
        const int distance = PerceptualHash::distance(hash, quint64(query.value(1).toLongLong()));
        if (distance <= maxDistance)
            near.insert(query.value(0).toLongLong(), distance);
    }
    return near;
}

// item id -> estimated Jaccard, for every item sharing an LSH band with `signature` and estimated >= minimum.
QHash<qint64, double> textsNear(
    const QSqlDatabase &db, qint64 itemId, const text::MinHashSignature &signature, double minimum)
{
    QHash<qint64, double> near;
    const std::vector<int64_t> keys = text::lshBandKeys(signature);
    if (keys.empty())
        return near;
    QStringList values;
    for (int64_t key : keys)
        values.append(QString::number(key));
    QSqlQuery candidates = sql::prepare(db,
        QStringLiteral("SELECT DISTINCT l.item_id, m.signature FROM text_lsh l"
                       " JOIN text_minhash m ON m.item_id = l.item_id WHERE l.band_key IN (%1) AND l.item_id <> ?")
            .arg(values.join(u',')));
    candidates.bindValue(0, itemId);
    sql::exec(candidates);
    while (candidates.next()) {
        const double similarity
            = text::estimatedJaccard(signature, nearduplicates::signatureFromBytes(candidates.value(1).toByteArray()));
        if (similarity >= minimum)
            near.insert(candidates.value(0).toLongLong(), similarity);
    }
    return near;
}

void describe(const QSqlDatabase &db, SimilarItem &item)
{
    sql::Statement kind(db, QStringLiteral("SELECT kind FROM items WHERE id = ?"));
    kind->bindValue(0, item.itemId);
    item.kind = itemKindFromName(kind.scalar().toString());
    // Item-level labels only (no span, no post), never rejected ones.
    sql::Statement labels(db,
        QStringLiteral(
            "SELECT s.name, l.name, a.origin FROM annotations a JOIN labels l ON l.id = a.label_id"
            " JOIN label_schemas s ON s.id = l.schema_id"
            " WHERE a.item_id = ? AND a.start_cp IS NULL AND a.post_id IS NULL"
            " AND a.status IN ('proposed', 'accepted')"
            " ORDER BY CASE a.origin WHEN 'curated' THEN 0 WHEN 'gold' THEN 1 WHEN 'human' THEN 2 ELSE 3 END,"
            " a.updated_at DESC, a.id DESC"));
    labels->bindValue(0, item.itemId);
    labels.exec();
    QSet<QString> seen;
    while (labels->next()) {
        const QString schema = labels->value(0).toString();
        const QString label = labels->value(1).toString();
        const Origin origin = originFromName(labels->value(2).toString());
        if (schema == Schemas::Fake2) {
            if (!item.verdictOrigin) { // the first row is of the best origin
                item.verdict = label;
                item.verdictOrigin = origin;
            }
        } else if (origin != Origin::Model) {
            const QString name = schema + QStringLiteral(": ") + label;
            if (!seen.contains(name)) {
                seen.insert(name);
                item.labels.append(name);
            }
        }
    }
    item.labels.sort();
    sql::Statement check(db, QStringLiteral("SELECT rating FROM fact_checks WHERE item_id = ?"));
    check->bindValue(0, item.itemId);
    item.factCheck = factCheckRatingFromName(check.scalar().toString());
}

} // namespace

double SimilarItem::similarity() const
{
    const double image = imageDistance >= 0 ? std::max(0.0, 1.0 - imageDistance / 32.0) : -1.0;
    return std::max(image, textSimilarity);
}

QList<SimilarItem> SimilarItems::of(const ProjectStore &store, qint64 itemId, const SimilarityOptions &options)
{
    if (options.maxImageDistance < 0 || options.maxImageDistance > 7)
        throw Error(Error::tr("the image distance must be between 0 and 7 bits (it is %1): the index finds every "
                              "image within 7 bits and guarantees nothing farther")
                        .arg(options.maxImageDistance));
    if (options.minTextSimilarity <= 0 || options.minTextSimilarity > 1)
        throw Error(
            Error::tr("the text similarity must be above 0 and at most 1 (it is %1)").arg(options.minTextSimilarity));
    const QSqlDatabase db = storeConnection(store);
    sql::Statement self(db,
        QStringLiteral("SELECT i.media_id, h.phash, m.signature FROM items i"
                       " LEFT JOIN image_hashes h ON h.media_id = i.media_id"
                       " LEFT JOIN text_minhash m ON m.item_id = i.id WHERE i.id = ?"));
    self->bindValue(0, itemId);
    self.exec();
    if (!self->next())
        throw Error(Error::tr("project '%1' has no item %2").arg(store.path()).arg(itemId));
    const bool hasImage = !self->value(1).isNull();
    const quint64 hash = quint64(self->value(1).toLongLong());
    const text::MinHashSignature signature = nearduplicates::signatureFromBytes(self->value(2).toByteArray());

    QHash<qint64, SimilarItem> found;
    if (hasImage) {
        const QHash<qint64, int> media = imagesNear(db, hash, options.maxImageDistance);
        sql::Statement showing(db, QStringLiteral("SELECT id FROM items WHERE media_id = ? AND id <> ?"));
        for (auto it = media.cbegin(); it != media.cend(); ++it) {
            showing->bindValue(0, it.key());
            showing->bindValue(1, itemId);
            showing.exec();
            while (showing->next()) {
                SimilarItem &item = found[showing->value(0).toLongLong()];
                item.imageDistance = item.imageDistance < 0 ? it.value() : std::min(item.imageDistance, it.value());
            }
        }
    }
    const QHash<qint64, double> texts = textsNear(db, itemId, signature, options.minTextSimilarity);
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        found[it.key()].textSimilarity = it.value();

    QList<SimilarItem> result;
    result.reserve(found.size());
    for (auto it = found.begin(); it != found.end(); ++it) {
        it->itemId = it.key();
        result.append(*it);
    }
    std::sort(result.begin(), result.end(), [](const SimilarItem &a, const SimilarItem &b) {
        const double x = a.similarity();
        const double y = b.similarity();
        if (x != y)
            return x > y;
        if (a.textSimilarity != b.textSimilarity) // the same picture and the same words beats the picture alone
            return a.textSimilarity > b.textSimilarity;
        return a.itemId < b.itemId;
    });
    if (result.size() > options.limit)
        result.resize(options.limit);
    if (options.describe)
        for (SimilarItem &item : result)
            describe(db, item);
    return result;
}

QHash<qint64, int> SimilarItems::mediaNear(const ProjectStore &store, quint64 hash, int maxDistance)
{
    return imagesNear(storeConnection(store), hash, std::clamp(maxDistance, 0, 7));
}

bool SimilarItems::hasNeighbourWithVerdict(const ProjectStore &store, qint64 itemId, const SimilarityOptions &options)
{
    SimilarityOptions all = options;
    all.limit = std::numeric_limits<int>::max();
    const QList<SimilarItem> items = of(store, itemId, all);
    return std::any_of(
        items.cbegin(), items.cend(), [](const SimilarItem &item) { return item.verdictOrigin.has_value(); });
}

} // namespace candor
