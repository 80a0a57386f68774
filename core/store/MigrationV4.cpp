#include "core/store/MigrationV4.h"

#include "core/store/Sql.h"

#include <QString>

namespace candor {

namespace {

// Label names contain commas ("Obfuscation, Intentional vagueness, Confusion"), so lists join with "; ".
QString labelList(const QString &condition)
{
    return QStringLiteral("(SELECT group_concat(name, '; ') FROM (SELECT DISTINCT l.name AS name FROM annotations a"
                          " JOIN labels l ON l.id = a.label_id WHERE a.item_id = item_summary.item_id AND %1"
                          " ORDER BY l.position))")
        .arg(condition);
}

// Recomputes the summary rows named by `which` (a condition on item_summary.item_id) from their annotations.
QString refreshSummary(const QString &which)
{
    return QStringLiteral("UPDATE item_summary SET gold_labels = ") + labelList(QStringLiteral("a.origin = 'gold'"))
        + QStringLiteral(", human_labels = ")
        + labelList(QStringLiteral("a.origin = 'human' AND a.status <> 'rejected'"))
        + QStringLiteral(", model_labels = ")
        + labelList(
            QStringLiteral("a.origin = 'model' AND a.status <> 'rejected' AND (a.score IS NULL OR a.score >= 0.5)"))
        + QStringLiteral(", best_score = (SELECT max(score) FROM annotations a WHERE a.item_id = item_summary.item_id"
                         " AND a.origin = 'model'),"
                         " uncertainty = (SELECT 1 - 2 * min(abs(score - 0.5)) FROM annotations a"
                         " WHERE a.item_id = item_summary.item_id AND a.origin = 'model' AND a.score IS NOT NULL),"
                         " reviewed = EXISTS(SELECT 1 FROM annotations a WHERE a.item_id = item_summary.item_id"
                         " AND (a.origin = 'human' OR (a.origin = 'model' AND a.status IN ('accepted', 'rejected')))),"
                         " annotators = (SELECT group_concat(DISTINCT annotator) FROM annotations a"
                         " WHERE a.item_id = item_summary.item_id AND a.origin = 'human' AND a.annotator <> '')"
                         " WHERE ")
        + which + QStringLiteral(";");
}

// Recomputes the (label, item) presence row of one annotation's label and item (`row` is new or old).
QString refreshLabel(const QString &row)
{
    return QStringLiteral(
        "DELETE FROM item_labels WHERE label_id = %1.label_id AND item_id = %1.item_id;"
        " INSERT INTO item_labels(label_id, item_id, live, model_score)"
        " SELECT label_id, item_id, max(status <> 'rejected'), max(CASE WHEN origin = 'model' THEN score END)"
        " FROM annotations WHERE item_id = %1.item_id AND label_id = %1.label_id GROUP BY label_id, item_id;")
        .arg(row);
}

} // namespace

void migrateToVersion4(const QSqlDatabase &db)
{
    const QStringList statements = {
        QStringLiteral("CREATE TABLE item_summary(item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,"
                       " gold_labels TEXT, human_labels TEXT, model_labels TEXT, best_score REAL, uncertainty REAL,"
                       " reviewed INTEGER NOT NULL DEFAULT 0, annotators TEXT)"),
        QStringLiteral("CREATE TABLE item_labels(label_id INTEGER NOT NULL, item_id INTEGER NOT NULL,"
                       " live INTEGER NOT NULL, model_score REAL, PRIMARY KEY(label_id, item_id)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO item_summary(item_id) SELECT id FROM items"),
        refreshSummary(QStringLiteral("item_id IN (SELECT item_id FROM annotations)")),
        QStringLiteral(
            "INSERT INTO item_labels(label_id, item_id, live, model_score)"
            " SELECT label_id, item_id, max(status <> 'rejected'), max(CASE WHEN origin = 'model' THEN score END)"
            " FROM annotations GROUP BY label_id, item_id"),
        // Sort keys and filters of the browser; the rowid (item id) completes each index as the tie-break.
        QStringLiteral("CREATE INDEX item_summary_best_score ON item_summary(best_score)"),
        QStringLiteral("CREATE INDEX item_summary_uncertainty ON item_summary(uncertainty)"),
        QStringLiteral("CREATE INDEX item_summary_reviewed ON item_summary(reviewed)"),
        // The review queue: unreviewed items by uncertainty or score without sorting the whole queue.
        QStringLiteral("CREATE INDEX item_summary_reviewed_uncertainty ON item_summary(reviewed, uncertainty)"),
        QStringLiteral("CREATE INDEX item_summary_reviewed_best_score ON item_summary(reviewed, best_score)"),
        QStringLiteral("CREATE INDEX item_summary_gold ON item_summary(gold_labels)"),
        QStringLiteral("CREATE INDEX item_summary_human ON item_summary(human_labels)"),
        QStringLiteral("CREATE INDEX item_summary_model ON item_summary(model_labels)"),
        QStringLiteral("CREATE INDEX item_labels_model_score ON item_labels(label_id, model_score)"),
        QStringLiteral("CREATE INDEX annotations_annotator ON annotations(annotator, item_id) WHERE origin = 'human'"),
        QStringLiteral("CREATE INDEX items_language ON items(language)"),
        QStringLiteral("CREATE INDEX items_source ON items(source)"),
        QStringLiteral("CREATE INDEX items_created_at ON items(created_at)"),
        QStringLiteral("CREATE TRIGGER items_summary_insert AFTER INSERT ON items BEGIN"
                       " INSERT INTO item_summary(item_id) VALUES (new.id); END"),
        QStringLiteral("CREATE TRIGGER annotations_summary_insert AFTER INSERT ON annotations BEGIN ")
            + refreshSummary(QStringLiteral("item_id = new.item_id")) + refreshLabel(QStringLiteral("new"))
            + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER annotations_summary_delete AFTER DELETE ON annotations BEGIN ")
            + refreshSummary(QStringLiteral("item_id = old.item_id")) + refreshLabel(QStringLiteral("old"))
            + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER annotations_summary_update AFTER UPDATE ON annotations BEGIN ")
            + refreshSummary(QStringLiteral("item_id IN (old.item_id, new.item_id)"))
            + refreshLabel(QStringLiteral("old")) + refreshLabel(QStringLiteral("new")) + QStringLiteral(" END"),
        // Full-text rows keyed by item order (see the header).
        QStringLiteral("DROP TRIGGER items_search_insert"),
        QStringLiteral("DROP TRIGGER items_search_update"),
        QStringLiteral("DROP TRIGGER items_search_delete"),
        QStringLiteral("DROP TRIGGER posts_search_insert"),
        QStringLiteral("DROP TRIGGER posts_search_update"),
        QStringLiteral("DROP TRIGGER posts_search_delete"),
        QStringLiteral("DROP TABLE text_search"),
        QStringLiteral("CREATE VIRTUAL TABLE text_search USING fts5(text, item_id UNINDEXED, post_id UNINDEXED,"
                       " tokenize = 'unicode61 remove_diacritics 2')"),
        QStringLiteral(
            "INSERT INTO text_search(rowid, text, item_id, post_id) SELECT id << 32, text, id, NULL FROM items"),
        QStringLiteral(
            "INSERT INTO text_search(rowid, text, item_id, post_id) SELECT (item_id << 32) + id, text, item_id, id"
            " FROM posts"),
        QStringLiteral("CREATE TRIGGER items_search_insert AFTER INSERT ON items BEGIN"
                       " INSERT INTO text_search(rowid, text, item_id, post_id) VALUES (new.id << 32, new.text, "
                       "new.id, NULL); END"),
        QStringLiteral("CREATE TRIGGER items_search_update AFTER UPDATE OF text ON items BEGIN"
                       " UPDATE text_search SET text = new.text WHERE rowid = new.id << 32; END"),
        QStringLiteral("CREATE TRIGGER items_search_delete AFTER DELETE ON items BEGIN"
                       " DELETE FROM text_search WHERE rowid = old.id << 32; END"),
        QStringLiteral("CREATE TRIGGER posts_search_insert AFTER INSERT ON posts BEGIN"
                       " INSERT INTO text_search(rowid, text, item_id, post_id)"
                       " VALUES ((new.item_id << 32) + new.id, new.text, new.item_id, new.id); END"),
        QStringLiteral("CREATE TRIGGER posts_search_update AFTER UPDATE OF text ON posts BEGIN"
                       " UPDATE text_search SET text = new.text WHERE rowid = (new.item_id << 32) + new.id; END"),
        QStringLiteral("CREATE TRIGGER posts_search_delete AFTER DELETE ON posts BEGIN"
                       " DELETE FROM text_search WHERE rowid = (old.item_id << 32) + old.id; END"),
    };
    for (const QString &statement : statements)
        sql::exec(db, statement);
}

} // namespace candor
