#include "core/store/server/ServerAnnotations.h"

#include "core/domain/Error.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"

#include <QSqlQuery>
#include <QVariant>

namespace candor {

namespace {

const char *const kSelectRow
    = "SELECT a.id, a.item_id, a.post_id, s.name, l.name, a.start_cp, a.end_cp, a.origin, a.annotator,"
      " a.model_version_id, a.score, a.status, a.created_at, a.updated_at, a.row_version, a.updated_by"
      " FROM annotations a JOIN labels l ON l.id = a.label_id JOIN label_schemas s ON s.id = l.schema_id ";

ServerAnnotation rowOf(const QSqlQuery &query)
{
    ServerAnnotation row;
    Annotation &a = row.annotation;
    a.id = query.value(0).toLongLong();
    a.itemId = query.value(1).toLongLong();
    if (!query.value(2).isNull())
        a.postRowId = query.value(2).toLongLong();
    a.schema = query.value(3).toString();
    a.label = query.value(4).toString();
    if (!query.value(5).isNull()) {
        a.start = query.value(5).toInt();
        a.end = query.value(6).toInt();
    }
    a.origin = originFromName(query.value(7).toString());
    a.annotator = query.value(8).toString();
    if (!query.value(9).isNull())
        a.modelVersionId = query.value(9).toLongLong();
    if (!query.value(10).isNull())
        a.score = query.value(10).toDouble();
    a.status = statusFromName(query.value(11).toString());
    a.createdAt = fromIsoUtc(query.value(12).toString());
    a.updatedAt = fromIsoUtc(query.value(13).toString());
    row.rowVersion = query.value(14).toLongLong();
    row.updatedBy = query.value(15).toString();
    return row;
}

} // namespace

ServerAnnotations::ServerAnnotations(const ServerAddress &address)
    : m_address(address)
    , m_connection(std::make_unique<ServerConnection>(address))
{
    m_login = sql::scalar(m_connection->db(), QStringLiteral("SELECT current_user")).toString();
}

ServerAnnotations::~ServerAnnotations() = default;

bool ServerAnnotations::connectionAlive()
{
    if (!m_connection->db().isOpen()) // the driver closes it itself when it sees the server gone
        return false;
    QSqlQuery probe(m_connection->db());
    return probe.exec(QStringLiteral("SELECT 1"));
}

void ServerAnnotations::reconnect()
{
    m_connection.reset();
    try {
        m_connection = std::make_unique<ServerConnection>(m_address);
    } catch (const Error &error) {
        throw Error(Error::tr("the connection to %1 was lost and cannot be reopened; nothing was sent or saved: %2")
                        .arg(m_address.display(), error.message()));
    }
}

// Runs an edit; when it failed because the connection dropped, reopens it and runs the edit once more (each edit
// is written so that a second run is harmless: keys, expected versions). Any other failure is the edit's own.
template <typename Edit>
auto ServerAnnotations::deliver(const Edit &edit) -> decltype(edit())
{
    if (!m_connection)
        reconnect();
    try {
        return edit();
    } catch (const Error &) {
        if (connectionAlive())
            throw;
    }
    reconnect();
    return edit();
}

ServerAnnotation ServerAnnotations::add(const Annotation &a, const QString &editKey)
{
    if (editKey.isEmpty())
        throw Error(Error::tr("an edit sent to the server needs a key"));
    if (a.start.has_value() != a.end.has_value() || (a.isSpan() && (*a.start < 0 || *a.end < *a.start)))
        throw Error(Error::tr("invalid span [%1, %2)").arg(a.start.value_or(-1)).arg(a.end.value_or(-1)));
    return deliver([&] {
        const QSqlDatabase db = m_connection->db();
        // The label is looked up in the same statement, by name or by a former name (a label renamed since the
        // client looked still takes the row): one round trip, and no cached id that a later rename could make wrong.
        // ON CONFLICT on the key: a repeat of an edit that reached the server adds nothing and returns no row; the
        // first copy is then read back.
        QSqlQuery insert = sql::prepare(db,
            QStringLiteral(
                "WITH label AS (SELECT l.id FROM labels l JOIN label_schemas s ON s.id = l.schema_id"
                "  WHERE s.name = ? AND l.name = ?"
                " UNION ALL SELECT a.label_id FROM label_aliases a JOIN label_schemas s ON s.id = a.schema_id"
                "  WHERE s.name = ? AND a.name = ? LIMIT 1)"
                " INSERT INTO annotations(item_id, post_id, label_id, start_cp, end_cp, origin, annotator,"
                " status, created_at, updated_at, edit_key)"
                " SELECT ?, ?, label.id, ?, ?, ?, current_user, ?, candor_now_text(), candor_now_text(), ?"
                " FROM label ON CONFLICT (edit_key) DO NOTHING"
                " RETURNING id, annotator, created_at, updated_at, row_version, updated_by"));
        insert.bindValue(0, a.schema);
        insert.bindValue(1, a.label);
        insert.bindValue(2, a.schema);
        insert.bindValue(3, a.label);
        insert.bindValue(4, a.itemId);
        insert.bindValue(5, a.postRowId ? QVariant(*a.postRowId) : QVariant(QMetaType::fromType<qint64>()));
        insert.bindValue(6, a.start ? QVariant(*a.start) : QVariant(QMetaType::fromType<int>()));
        insert.bindValue(7, a.end ? QVariant(*a.end) : QVariant(QMetaType::fromType<int>()));
        insert.bindValue(8, originName(a.origin == Origin::Curated ? Origin::Curated : Origin::Human));
        insert.bindValue(9, statusName(a.status));
        insert.bindValue(10, editKey);
        sql::exec(insert);
        if (insert.next()) {
            ServerAnnotation row;
            row.annotation = a;
            row.annotation.id = insert.value(0).toLongLong();
            row.annotation.origin = a.origin == Origin::Curated ? Origin::Curated : Origin::Human;
            row.annotation.annotator = insert.value(1).toString();
            row.annotation.modelVersionId.reset();
            row.annotation.score.reset();
            row.annotation.createdAt = fromIsoUtc(insert.value(2).toString());
            row.annotation.updatedAt = fromIsoUtc(insert.value(3).toString());
            row.rowVersion = insert.value(4).toLongLong();
            row.updatedBy = insert.value(5).toString();
            return row;
        }
        QSqlQuery stored = sql::prepare(db, QString::fromLatin1(kSelectRow) + QStringLiteral("WHERE a.edit_key = ?"));
        stored.bindValue(0, editKey);
        sql::exec(stored);
        if (!stored.next()) // nothing inserted and nothing under the key: the label was not found
            throw Error(Error::tr("the server's project has no label '%1' in schema '%2'").arg(a.label, a.schema));
        return rowOf(stored);
    });
}

QSqlDatabase ServerAnnotations::connection()
{
    if (!m_connection || !connectionAlive())
        reconnect();
    return m_connection->db();
}

ServerEdit ServerAnnotations::outcomeOf(qint64 annotationId, qint64 expectedVersion)
{
    const std::optional<ServerAnnotation> now = annotation(annotationId);
    if (!now)
        return {ServerEdit::Outcome::Missing, 0, {}};
    // Unchanged since the person saw it, yet the edit found no row: row-level security kept it from them.
    if (now->rowVersion == expectedVersion)
        return {ServerEdit::Outcome::Refused, now->rowVersion, now->updatedBy};
    return {ServerEdit::Outcome::Conflict, now->rowVersion, now->updatedBy};
}

ServerEdit ServerAnnotations::setStatus(qint64 annotationId, qint64 expectedVersion, Status status)
{
    const ServerEdit edit = deliver([&] {
        QSqlQuery update = sql::prepare(m_connection->db(),
            QStringLiteral("UPDATE annotations SET status = ?, updated_at = candor_now_text()"
                           " WHERE id = ? AND row_version = ? RETURNING row_version"));
        update.bindValue(0, statusName(status));
        update.bindValue(1, annotationId);
        update.bindValue(2, expectedVersion);
        sql::exec(update);
        if (update.next())
            return ServerEdit{ServerEdit::Outcome::Applied, update.value(0).toLongLong(), m_login};
        return outcomeOf(annotationId, expectedVersion);
    });
    // A repeat of an update that did reach the server sees its own result as the newer version.
    if (edit.outcome == ServerEdit::Outcome::Conflict && edit.changedBy == m_login
        && edit.rowVersion == expectedVersion + 1) {
        const std::optional<ServerAnnotation> now = annotation(annotationId);
        if (now && now->annotation.status == status)
            return {ServerEdit::Outcome::Applied, edit.rowVersion, m_login};
    }
    return edit;
}

ServerEdit ServerAnnotations::remove(qint64 annotationId, qint64 expectedVersion)
{
    return deliver([&] {
        QSqlQuery del = sql::prepare(m_connection->db(),
            QStringLiteral("DELETE FROM annotations WHERE id = ? AND row_version = ? RETURNING id"));
        del.bindValue(0, annotationId);
        del.bindValue(1, expectedVersion);
        sql::exec(del);
        if (del.next())
            return ServerEdit{ServerEdit::Outcome::Applied, 0, m_login};
        return outcomeOf(annotationId, expectedVersion);
    });
}

std::optional<ServerAnnotation> ServerAnnotations::annotation(qint64 annotationId)
{
    return deliver([&]() -> std::optional<ServerAnnotation> {
        QSqlQuery query
            = sql::prepare(m_connection->db(), QString::fromLatin1(kSelectRow) + QStringLiteral("WHERE a.id = ?"));
        query.bindValue(0, annotationId);
        sql::exec(query);
        if (!query.next())
            return std::nullopt;
        return rowOf(query);
    });
}

QList<ServerAnnotation> ServerAnnotations::annotationsOf(qint64 itemId)
{
    return deliver([&] {
        QSqlQuery query = sql::prepare(
            m_connection->db(), QString::fromLatin1(kSelectRow) + QStringLiteral("WHERE a.item_id = ? ORDER BY a.id"));
        query.bindValue(0, itemId);
        sql::exec(query);
        QList<ServerAnnotation> rows;
        while (query.next())
            rows.append(rowOf(query));
        return rows;
    });
}

std::optional<qint64> ServerAnnotations::claimNext(int ttlSeconds, qint64 afterItemId)
{
    return deliver([&]() -> std::optional<qint64> {
        QSqlQuery claim
            = sql::prepare(m_connection->db(), QStringLiteral("SELECT candor_claim_next(make_interval(secs => ?), ?)"));
        claim.bindValue(0, ttlSeconds);
        claim.bindValue(1, afterItemId);
        const QVariant item = sql::scalar(claim);
        if (!item.isValid() || item.isNull())
            return std::nullopt;
        return item.toLongLong();
    });
}

} // namespace candor
