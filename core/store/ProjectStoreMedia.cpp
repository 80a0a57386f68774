// Images of ProjectStore: stored inside the project so a file can be moved or mailed on its own.
#include "core/domain/Error.h"
#include "core/image/ImageDecoder.h"
#include "core/store/NearDuplicateIndex.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

namespace candor {

UpsertResult ProjectStore::addMedia(const QByteArray &bytes, const QString &origin, QStringList *warnings)
{
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    sql::Statement find(db(), QStringLiteral("SELECT id FROM media WHERE sha256 = ?"));
    find->bindValue(0, sha);
    const QVariant existing = find.scalar();
    if (existing.isValid())
        return {existing.toLongLong(), UpsertOutcome::Unchanged};

    const QImage image = ImageDecoder::decode(bytes, origin, ImageDecoder::defaultMaxPixels, warnings);
    QSqlQuery insert = sql::prepare(db(),
        QStringLiteral("INSERT INTO media(sha256, mime, width, height, bytes, thumbnail) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(sha);
    insert.addBindValue(imageFormatMime(ImageDecoder::sniff(bytes)));
    insert.addBindValue(image.width());
    insert.addBindValue(image.height());
    insert.addBindValue(bytes);
    insert.addBindValue(ImageDecoder::thumbnailPng(image));
    sql::exec(insert);
    const qint64 id = insert.lastInsertId().toLongLong();
    nearduplicates::indexImage(db(), id, image); // decoded already: the hash costs a resize and a 32 x 32 DCT
    return {id, UpsertOutcome::Added};
}

std::optional<qint64> ProjectStore::findMedia(const QString &sha256) const
{
    sql::Statement find(db(), QStringLiteral("SELECT id FROM media WHERE sha256 = ?"));
    find->bindValue(0, sha256);
    const QVariant id = find.scalar();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

std::optional<MediaInfo> ProjectStore::media(qint64 mediaId) const
{
    QSqlQuery query = sql::prepare(db(), QStringLiteral("SELECT sha256, mime, width, height FROM media WHERE id = ?"));
    query.addBindValue(mediaId);
    sql::exec(query);
    if (!query.next())
        return std::nullopt;
    return MediaInfo{
        mediaId, query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(), query.value(3).toInt()};
}

QByteArray ProjectStore::mediaBytes(qint64 mediaId) const
{
    QSqlQuery query = sql::prepare(db(), QStringLiteral("SELECT bytes FROM media WHERE id = ?"));
    query.addBindValue(mediaId);
    const QVariant bytes = sql::scalar(query);
    if (!bytes.isValid())
        throw Error(Error::tr("media %1 does not exist").arg(mediaId));
    return bytes.toByteArray();
}

QByteArray ProjectStore::mediaThumbnail(qint64 mediaId) const
{
    QSqlQuery query = sql::prepare(db(), QStringLiteral("SELECT thumbnail FROM media WHERE id = ?"));
    query.addBindValue(mediaId);
    return sql::scalar(query).toByteArray();
}

} // namespace candor
