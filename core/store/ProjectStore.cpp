#include "core/store/ProjectStore.h"

#include "core/domain/Error.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/NearDuplicateIndex.h"
#include "core/store/Sql.h"
#include "core/store/server/ServerAddress.h"
#include "core/store/server/ServerWorkingCopy.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace candor {

QString toIsoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIsoUtc(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

namespace {

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseJson(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QVariant nullableId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(toIsoUtc(time)) : QVariant(QMetaType::fromType<QString>());
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// Field separator that cannot occur in valid text, so ("ab","c") and ("a","bc") hash differently.
const QByteArray kSep("\x1f", 1);

} // namespace

QString ProjectStore::contentHash(const Item &item)
{
    QByteArray data = itemKindName(item.kind).toUtf8() + kSep + item.text.toUtf8() + kSep + item.language.toUtf8()
        + kSep + toIsoUtc(item.createdAt).toUtf8() + kSep + item.author.toUtf8() + kSep
        + QJsonDocument(item.metadata).toJson(QJsonDocument::Compact) + kSep
        + QByteArray::number(item.mediaId.value_or(0)) + kSep + item.split.toUtf8();
    return sha256Hex(data);
}

QString ProjectStore::contentHash(const ThreadPost &post)
{
    QByteArray data = post.parentPostId.toUtf8() + kSep + post.text.toUtf8() + kSep + post.author.toUtf8() + kSep
        + toIsoUtc(post.createdAt).toUtf8() + kSep + QJsonDocument(post.metadata).toJson(QJsonDocument::Compact) + kSep
        + QByteArray::number(post.mediaId.value_or(0));
    return sha256Hex(data);
}

namespace {

// A server address opens (and brings up to date) the person's working copy of the team project.
QString resolveProjectPath(const QString &path)
{
    if (ServerAddress::isServerUrl(path))
        return ServerWorkingCopy::open(ServerAddress::parse(path));
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

void ProjectStore::create(const QString &path)
{
    if (ServerAddress::isServerUrl(path))
        throw Error(Error::tr("a team project is made on the server from a project file: candor-cli push FILE %1")
                        .arg(ServerAddress::parse(path).display()));
    if (QFileInfo::exists(path))
        throw Error(Error::tr("cannot create project '%1': the file exists").arg(path));
    QSqlDatabase db = Database::connection(path);
    Migrations::migrate(db);
}

ProjectStore::ProjectStore(const QString &path)
    : m_path(resolveProjectPath(path))
{
    if (!QFileInfo::exists(m_path))
        throw Error(Error::tr("project '%1' does not exist").arg(path));
    QSqlDatabase connection = Database::connection(m_path);
    if (Migrations::currentVersion(connection) == 0)
        throw Error(Error::tr("'%1' is empty, not a Candor project").arg(path));
    Migrations::migrate(connection);
    ServerWorkingCopy::noteOpened(m_path, ServerWorkingCopy::isWorkingCopy(connection));
    try {
        markInterruptedJobs();
    } catch (const Error &) {
        // Best effort: a project that another writer holds locked (or a read-only file) still opens; the stale
        // row is marked by a later open.
    }
}

QSqlDatabase ProjectStore::db() const
{
    return Database::connection(m_path);
}

QSqlDatabase storeConnection(const ProjectStore &store)
{
    return store.db();
}

UpsertResult ProjectStore::upsertItem(const Item &item)
{
    if (item.source.isEmpty() || item.externalId.isEmpty())
        throw Error(Error::tr("item without source or id cannot be stored"));
    const QString hash = contentHash(item);
    const QSqlDatabase connection = db();
    std::optional<qint64> existing;
    {
        sql::Statement find(
            connection, QStringLiteral("SELECT id, content_hash FROM items WHERE source = ? AND external_id = ?"));
        find->bindValue(0, sql::text(item.source));
        find->bindValue(1, sql::text(item.externalId));
        find.exec();
        if (find->next()) {
            existing = find->value(0).toLongLong();
            if (find->value(1).toString() == hash)
                return {*existing, UpsertOutcome::Unchanged};
        }
    }
    if (existing) {
        const qint64 id = *existing;
        sql::Statement update(connection,
            QStringLiteral("UPDATE items SET kind = ?, split = ?, text = ?, language = ?, created_at = ?, author = ?, "
                           "metadata = ?,"
                           " content_hash = ?, media_id = ? WHERE id = ?"));
        update->bindValue(0, itemKindName(item.kind));
        update->bindValue(1, sql::text(item.split));
        update->bindValue(2, sql::text(item.text));
        update->bindValue(3, sql::text(item.language));
        update->bindValue(4, nullableTime(item.createdAt));
        update->bindValue(5, sql::text(item.author));
        update->bindValue(6, compactJson(item.metadata));
        update->bindValue(7, hash);
        update->bindValue(8, nullableId(item.mediaId));
        update->bindValue(9, id);
        update.exec();
        nearduplicates::indexText(connection, id, item.text);
        return {id, UpsertOutcome::Updated};
    }
    sql::Statement insert(connection,
        QStringLiteral("INSERT INTO items(kind, source, external_id, split, text, language, created_at, author, "
                       "metadata, content_hash, media_id)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert->bindValue(0, itemKindName(item.kind));
    insert->bindValue(1, sql::text(item.source));
    insert->bindValue(2, sql::text(item.externalId));
    insert->bindValue(3, sql::text(item.split));
    insert->bindValue(4, sql::text(item.text));
    insert->bindValue(5, sql::text(item.language));
    insert->bindValue(6, nullableTime(item.createdAt));
    insert->bindValue(7, sql::text(item.author));
    insert->bindValue(8, compactJson(item.metadata));
    insert->bindValue(9, hash);
    insert->bindValue(10, nullableId(item.mediaId));
    insert.exec();
    const qint64 id = insert->lastInsertId().toLongLong();
    nearduplicates::indexText(connection, id, item.text, /*newItem=*/true);
    return {id, UpsertOutcome::Added};
}

std::optional<Item> ProjectStore::item(qint64 id) const
{
    sql::Statement statement(db(),
        QStringLiteral("SELECT kind, source, external_id, split, text, language, created_at, author, metadata, "
                       "media_id FROM items WHERE id = ?"));
    QSqlQuery &query = statement.query();
    query.bindValue(0, id);
    statement.exec();
    if (!query.next())
        return std::nullopt;
    Item item;
    item.id = id;
    item.kind = itemKindFromName(query.value(0).toString());
    item.source = query.value(1).toString();
    item.externalId = query.value(2).toString();
    item.split = query.value(3).toString();
    item.text = query.value(4).toString();
    item.language = query.value(5).toString();
    item.createdAt = fromIsoUtc(query.value(6).toString());
    item.author = query.value(7).toString();
    item.metadata = parseJson(query.value(8).toString());
    if (!query.value(9).isNull())
        item.mediaId = query.value(9).toLongLong();
    return item;
}

std::optional<qint64> ProjectStore::findItem(const QString &source, const QString &externalId) const
{
    sql::Statement query(db(), QStringLiteral("SELECT id FROM items WHERE source = ? AND external_id = ?"));
    query->bindValue(0, source);
    query->bindValue(1, externalId);
    const QVariant id = query.scalar();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

void ProjectStore::setItemSplit(qint64 itemId, const QString &split)
{
    QSqlQuery query = sql::prepare(db(), QStringLiteral("UPDATE items SET split = ? WHERE id = ?"));
    query.bindValue(0, split);
    query.bindValue(1, itemId);
    sql::exec(query);
}

void ProjectStore::setItemText(qint64 itemId, const QString &text)
{
    QSqlQuery query = sql::prepare(db(), QStringLiteral("UPDATE items SET text = ? WHERE id = ?"));
    query.bindValue(0, text);
    query.bindValue(1, itemId);
    sql::exec(query);
    if (query.numRowsAffected() > 0)
        nearduplicates::indexText(db(), itemId, text);
}

qint64 ProjectStore::itemCount() const
{
    // Kept exact by the items triggers (schema 5); count(*) reads a whole index, 4-13 ms at 1,000,000 items.
    return sql::scalar(db(), QStringLiteral("SELECT ifnull(sum(item_count), 0) FROM facets")).toLongLong();
}

UpsertResult ProjectStore::upsertPost(const ThreadPost &post)
{
    const QString hash = contentHash(post);
    const QSqlDatabase connection = db();
    std::optional<qint64> existing;
    {
        sql::Statement find(
            connection, QStringLiteral("SELECT id, content_hash FROM posts WHERE item_id = ? AND post_id = ?"));
        find->bindValue(0, post.itemId);
        find->bindValue(1, sql::text(post.postId));
        find.exec();
        if (find->next()) {
            existing = find->value(0).toLongLong();
            if (find->value(1).toString() == hash)
                return {*existing, UpsertOutcome::Unchanged};
        }
    }
    if (existing) {
        const qint64 id = *existing;
        sql::Statement update(connection,
            QStringLiteral("UPDATE posts SET parent_post_id = ?, author = ?, created_at = ?, text = ?, metadata = ?, "
                           "content_hash = ?,"
                           " media_id = ? WHERE id = ?"));
        update->bindValue(0, sql::text(post.parentPostId));
        update->bindValue(1, sql::text(post.author));
        update->bindValue(2, nullableTime(post.createdAt));
        update->bindValue(3, sql::text(post.text));
        update->bindValue(4, compactJson(post.metadata));
        update->bindValue(5, hash);
        update->bindValue(6, nullableId(post.mediaId));
        update->bindValue(7, id);
        update.exec();
        return {id, UpsertOutcome::Updated};
    }
    sql::Statement insert(connection,
        QStringLiteral("INSERT INTO posts(item_id, post_id, parent_post_id, author, created_at, text, metadata, "
                       "content_hash, media_id)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert->bindValue(0, post.itemId);
    insert->bindValue(1, sql::text(post.postId));
    insert->bindValue(2, sql::text(post.parentPostId));
    insert->bindValue(3, sql::text(post.author));
    insert->bindValue(4, nullableTime(post.createdAt));
    insert->bindValue(5, sql::text(post.text));
    insert->bindValue(6, compactJson(post.metadata));
    insert->bindValue(7, hash);
    insert->bindValue(8, nullableId(post.mediaId));
    insert.exec();
    return {insert->lastInsertId().toLongLong(), UpsertOutcome::Added};
}

QList<ThreadPost> ProjectStore::posts(qint64 itemId) const
{
    QSqlQuery query = sql::prepare(db(),
        QStringLiteral("SELECT id, post_id, parent_post_id, author, created_at, text, metadata, media_id FROM posts "
                       "WHERE item_id = ? ORDER BY id"));
    query.bindValue(0, itemId);
    sql::exec(query);
    QList<ThreadPost> result;
    while (query.next()) {
        ThreadPost post;
        post.id = query.value(0).toLongLong();
        post.itemId = itemId;
        post.postId = query.value(1).toString();
        post.parentPostId = query.value(2).toString();
        post.author = query.value(3).toString();
        post.createdAt = fromIsoUtc(query.value(4).toString());
        post.text = query.value(5).toString();
        post.metadata = parseJson(query.value(6).toString());
        if (!query.value(7).isNull())
            post.mediaId = query.value(7).toLongLong();
        result.append(post);
    }
    return result;
}

std::optional<qint64> ProjectStore::findPost(qint64 itemId, const QString &postId) const
{
    sql::Statement query(db(), QStringLiteral("SELECT id FROM posts WHERE item_id = ? AND post_id = ?"));
    query->bindValue(0, itemId);
    query->bindValue(1, postId);
    const QVariant id = query.scalar();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

QString ProjectStore::metaValue(const QString &key) const
{
    QSqlQuery query = sql::prepare(db(), QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.bindValue(0, key);
    return sql::scalar(query).toString();
}

void ProjectStore::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery query = sql::prepare(db(), QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
    query.bindValue(0, key);
    query.bindValue(1, sql::text(value)); // a null QString would bind NULL into a NOT NULL column
    sql::exec(query);
}

QString ProjectStore::integrityCheck() const
{
    return sql::scalar(db(), QStringLiteral("PRAGMA integrity_check")).toString();
}

} // namespace candor
