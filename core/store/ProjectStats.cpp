#include "core/store/ProjectStats.h"

#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTextStream>

namespace candor {

namespace {

// Runs a GROUP BY query whose first columns are keys and last column a count, into nested objects.
QJsonObject grouped(const QSqlDatabase &db, const QString &statement, int keyColumns)
{
    QSqlQuery query = sql::prepare(db, statement);
    sql::exec(query);
    QJsonObject result;
    while (query.next()) {
        const qint64 count = query.value(keyColumns).toLongLong();
        if (keyColumns == 1) {
            result.insert(query.value(0).toString(), count);
        } else {
            const QString outer = query.value(0).toString();
            QJsonObject inner = result.value(outer).toObject();
            inner.insert(query.value(1).toString(), count);
            result.insert(outer, inner);
        }
    }
    return result;
}

QString keyOrNone(const QString &key)
{
    return key.isEmpty() ? QStringLiteral("(none)") : key;
}

} // namespace

QJsonObject ProjectStats::compute(const ProjectStore &store)
{
    const QSqlDatabase db = storeConnection(store);
    QJsonObject stats;
    stats.insert(QStringLiteral("items"), sql::scalar(db, QStringLiteral("SELECT count(*) FROM items")).toLongLong());
    stats.insert(QStringLiteral("items_by_kind"),
        grouped(db, QStringLiteral("SELECT kind, count(*) FROM items GROUP BY kind ORDER BY kind"), 1));
    stats.insert(QStringLiteral("items_by_kind_and_split"),
        grouped(db,
            QStringLiteral("SELECT kind, CASE split WHEN '' THEN '(none)' ELSE split END, count(*) FROM items GROUP BY "
                           "1, 2 ORDER BY 1, 2"),
            2));
    stats.insert(QStringLiteral("items_by_source"),
        grouped(db, QStringLiteral("SELECT source, count(*) FROM items GROUP BY source ORDER BY source"), 1));
    stats.insert(
        QStringLiteral("thread_posts"), sql::scalar(db, QStringLiteral("SELECT count(*) FROM posts")).toLongLong());
    stats.insert(QStringLiteral("media"), sql::scalar(db, QStringLiteral("SELECT count(*) FROM media")).toLongLong());
    stats.insert(QStringLiteral("annotations"),
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM annotations")).toLongLong());
    stats.insert(QStringLiteral("annotations_by_origin"),
        grouped(db, QStringLiteral("SELECT origin, count(*) FROM annotations GROUP BY origin ORDER BY origin"), 1));
    stats.insert(QStringLiteral("annotations_by_status"),
        grouped(db, QStringLiteral("SELECT status, count(*) FROM annotations GROUP BY status ORDER BY status"), 1));
    // Item-level labels, span labels and per-post labels are counted apart: they answer different questions.
    stats.insert(QStringLiteral("labels"),
        grouped(db,
            QStringLiteral("SELECT s.name, l.name, count(*) FROM annotations a JOIN labels l ON l.id = a.label_id"
                           " JOIN label_schemas s ON s.id = l.schema_id WHERE a.start_cp IS NULL AND a.post_id IS NULL "
                           "AND a.origin = 'gold'"
                           " GROUP BY s.name, l.name ORDER BY s.name, l.position"),
            2));
    stats.insert(QStringLiteral("spans"),
        grouped(db,
            QStringLiteral(
                "SELECT s.name, l.name, count(*) FROM annotations a JOIN labels l ON l.id = a.label_id"
                " JOIN label_schemas s ON s.id = l.schema_id WHERE a.start_cp IS NOT NULL AND a.origin = 'gold'"
                " GROUP BY s.name, l.name ORDER BY s.name, l.position"),
            2));
    stats.insert(QStringLiteral("post_labels"),
        grouped(db,
            QStringLiteral(
                "SELECT s.name, l.name, count(*) FROM annotations a JOIN labels l ON l.id = a.label_id"
                " JOIN label_schemas s ON s.id = l.schema_id WHERE a.post_id IS NOT NULL AND a.origin = 'gold'"
                " GROUP BY s.name, l.name ORDER BY s.name, l.position"),
            2));
    stats.insert(QStringLiteral("model_versions"),
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM model_versions")).toLongLong());
    return stats;
}

QString ProjectStats::toText(const QJsonObject &stats)
{
    QString text;
    QTextStream out(&text);
    out << "items: " << stats.value(QStringLiteral("items")).toInteger() << '\n';
    const QJsonObject byKindSplit = stats.value(QStringLiteral("items_by_kind_and_split")).toObject();
    for (auto kind = byKindSplit.begin(); kind != byKindSplit.end(); ++kind) {
        out << "  " << kind.key() << ':';
        const QJsonObject splits = kind.value().toObject();
        for (auto split = splits.begin(); split != splits.end(); ++split)
            out << ' ' << keyOrNone(split.key()) << '=' << split.value().toInteger();
        out << '\n';
    }
    out << "thread posts: " << stats.value(QStringLiteral("thread_posts")).toInteger() << '\n';
    out << "images: " << stats.value(QStringLiteral("media")).toInteger() << '\n';
    out << "annotations: " << stats.value(QStringLiteral("annotations")).toInteger();
    const QJsonObject origins = stats.value(QStringLiteral("annotations_by_origin")).toObject();
    for (auto it = origins.begin(); it != origins.end(); ++it)
        out << ' ' << it.key() << '=' << it.value().toInteger();
    out << '\n';
    const auto section = [&](const char *title, const QString &key) {
        const QJsonObject schemas = stats.value(key).toObject();
        for (auto schema = schemas.begin(); schema != schemas.end(); ++schema) {
            out << title << ' ' << schema.key() << ":\n";
            const QJsonObject labels = schema.value().toObject();
            for (auto label = labels.begin(); label != labels.end(); ++label)
                out << "  " << label.key() << ": " << label.value().toInteger() << '\n';
        }
    };
    section("gold item labels", QStringLiteral("labels"));
    section("gold spans", QStringLiteral("spans"));
    section("gold post labels", QStringLiteral("post_labels"));
    out << "model versions: " << stats.value(QStringLiteral("model_versions")).toInteger() << '\n';
    return text;
}

} // namespace candor
