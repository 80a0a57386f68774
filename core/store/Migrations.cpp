#include "core/store/Migrations.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/store/MigrationV10.h"
#include "core/store/MigrationV4.h"
#include "core/store/MigrationV5.h"
#include "core/store/MigrationV6.h"
#include "core/store/MigrationV7.h"
#include "core/store/MigrationV8.h"
#include "core/store/MigrationV9.h"
#include "core/store/Sql.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace candor {

namespace {

// Version 1: content, media, labels, annotations, model versions.
const char *const kVersion1[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE media(id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, mime TEXT NOT NULL,"
    " width INTEGER NOT NULL, height INTEGER NOT NULL, bytes BLOB NOT NULL, thumbnail BLOB)",
    "CREATE TABLE items(id INTEGER PRIMARY KEY,"
    " kind TEXT NOT NULL CHECK(kind IN ('meme','post','thread','message')),"
    " source TEXT NOT NULL, external_id TEXT NOT NULL, split TEXT NOT NULL DEFAULT '',"
    " text TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT '', created_at TEXT,"
    " author TEXT NOT NULL DEFAULT '', metadata TEXT NOT NULL DEFAULT '{}', content_hash TEXT NOT NULL,"
    " media_id INTEGER REFERENCES media(id), UNIQUE(source, external_id))",
    "CREATE INDEX items_kind ON items(kind)",
    "CREATE INDEX items_split ON items(split)",
    "CREATE TABLE posts(id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,"
    " post_id TEXT NOT NULL, parent_post_id TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '',"
    " created_at TEXT, text TEXT NOT NULL DEFAULT '', metadata TEXT NOT NULL DEFAULT '{}',"
    " content_hash TEXT NOT NULL, media_id INTEGER REFERENCES media(id), UNIQUE(item_id, post_id))",
    "CREATE TABLE label_schemas(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, description TEXT NOT NULL DEFAULT "
    "'')",
    "CREATE TABLE labels(id INTEGER PRIMARY KEY,"
    " schema_id INTEGER NOT NULL REFERENCES label_schemas(id) ON DELETE CASCADE, position INTEGER NOT NULL,"
    " name TEXT NOT NULL, colour TEXT NOT NULL, shortcut TEXT NOT NULL DEFAULT '', ignored INTEGER NOT NULL DEFAULT 0,"
    " UNIQUE(schema_id, name))",
    "CREATE TABLE model_versions(id INTEGER PRIMARY KEY, task TEXT NOT NULL, name TEXT NOT NULL,"
    " created_at TEXT NOT NULL, config TEXT NOT NULL DEFAULT '{}', data_snapshot TEXT NOT NULL DEFAULT '{}',"
    " metrics TEXT NOT NULL DEFAULT '{}')",
    "CREATE TABLE annotations(id INTEGER PRIMARY KEY,"
    " item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,"
    " post_id INTEGER REFERENCES posts(id) ON DELETE CASCADE,"
    " label_id INTEGER NOT NULL REFERENCES labels(id),"
    " start_cp INTEGER, end_cp INTEGER,"
    " origin TEXT NOT NULL CHECK(origin IN ('gold','human','model')),"
    " annotator TEXT NOT NULL DEFAULT '',"
    " model_version_id INTEGER REFERENCES model_versions(id) ON DELETE CASCADE,"
    " score REAL,"
    " status TEXT NOT NULL CHECK(status IN ('proposed','accepted','rejected','ignored')),"
    " created_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
    " CHECK((start_cp IS NULL) = (end_cp IS NULL)),"
    " CHECK(start_cp IS NULL OR (start_cp >= 0 AND end_cp >= start_cp)))",
    "CREATE INDEX annotations_item ON annotations(item_id)",
    "CREATE INDEX annotations_label ON annotations(label_id, origin)",
    "CREATE INDEX annotations_model ON annotations(model_version_id)",
    // Re-importing a gold file must add nothing: the same gold fact can exist once.
    "CREATE UNIQUE INDEX annotations_gold_unique ON annotations(item_id, ifnull(post_id, 0), label_id,"
    " ifnull(start_cp, -1), ifnull(end_cp, -1)) WHERE origin = 'gold'",
};

// Version 2: full-text search over item and post text, the job log, model checkpoint files.
const char *const kVersion2[] = {
    "CREATE VIRTUAL TABLE text_search USING fts5(text, item_id UNINDEXED, post_id UNINDEXED,"
    " tokenize = 'unicode61 remove_diacritics 2')",
    "INSERT INTO text_search(rowid, text, item_id, post_id) SELECT id * 2, text, id, NULL FROM items",
    "INSERT INTO text_search(rowid, text, item_id, post_id) SELECT id * 2 + 1, text, item_id, id FROM posts",
    // rowid = 2*id for items and 2*id+1 for posts keeps one FTS table for both without collisions.
    "CREATE TRIGGER items_search_insert AFTER INSERT ON items BEGIN"
    " INSERT INTO text_search(rowid, text, item_id, post_id) VALUES (new.id * 2, new.text, new.id, NULL); END",
    "CREATE TRIGGER items_search_update AFTER UPDATE OF text ON items BEGIN"
    " UPDATE text_search SET text = new.text WHERE rowid = new.id * 2; END",
    "CREATE TRIGGER items_search_delete AFTER DELETE ON items BEGIN"
    " DELETE FROM text_search WHERE rowid = old.id * 2; END",
    "CREATE TRIGGER posts_search_insert AFTER INSERT ON posts BEGIN"
    " INSERT INTO text_search(rowid, text, item_id, post_id) VALUES (new.id * 2 + 1, new.text, new.item_id, new.id); "
    "END",
    "CREATE TRIGGER posts_search_update AFTER UPDATE OF text ON posts BEGIN"
    " UPDATE text_search SET text = new.text WHERE rowid = new.id * 2 + 1; END",
    "CREATE TRIGGER posts_search_delete AFTER DELETE ON posts BEGIN"
    " DELETE FROM text_search WHERE rowid = old.id * 2 + 1; END",
    "CREATE TABLE jobs(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT,"
    " status TEXT NOT NULL CHECK(status IN ('running','finished','failed','cancelled')),"
    " parameters TEXT NOT NULL DEFAULT '{}', result TEXT NOT NULL DEFAULT '{}')",
    "CREATE TABLE model_files(model_version_id INTEGER NOT NULL REFERENCES model_versions(id) ON DELETE CASCADE,"
    " name TEXT NOT NULL, bytes BLOB NOT NULL, PRIMARY KEY(model_version_id, name))",
};

// Version 3: OCR word boxes of meme images (a text span maps to image regions and back) and the small image
// maps (attention over the 7 x 7 grid, per-technique Grad-CAM) stored with meme model predictions.
const char *const kVersion3[] = {
    "CREATE TABLE ocr_words(id INTEGER PRIMARY KEY,"
    " item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,"
    " media_id INTEGER NOT NULL REFERENCES media(id),"
    " position INTEGER NOT NULL, word TEXT NOT NULL, start_cp INTEGER NOT NULL, end_cp INTEGER NOT NULL,"
    " x INTEGER NOT NULL, y INTEGER NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL,"
    " confidence REAL NOT NULL,"
    " CHECK(start_cp >= 0 AND end_cp >= start_cp AND width >= 0 AND height >= 0),"
    " UNIQUE(item_id, position))",
    "CREATE TABLE image_maps(id INTEGER PRIMARY KEY,"
    " item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,"
    " model_version_id INTEGER NOT NULL REFERENCES model_versions(id) ON DELETE CASCADE,"
    " kind TEXT NOT NULL CHECK(kind IN ('attention','gradcam')), label TEXT NOT NULL DEFAULT '',"
    " rows INTEGER NOT NULL CHECK(rows > 0), cols INTEGER NOT NULL CHECK(cols > 0), weights BLOB NOT NULL,"
    " UNIQUE(item_id, model_version_id, kind, label))",
    "CREATE INDEX image_maps_model ON image_maps(model_version_id)",
};

template <size_t N>
void runAll(const QSqlDatabase &db, const char *const (&statements)[N])
{
    for (const char *statement : statements)
        sql::exec(db, QString::fromLatin1(statement));
}

void seedSchemas(const QSqlDatabase &db)
{
    QSqlQuery insertSchema
        = sql::prepare(db, QStringLiteral("INSERT INTO label_schemas(name, description) VALUES (?, ?)"));
    QSqlQuery insertLabel = sql::prepare(db,
        QStringLiteral(
            "INSERT INTO labels(schema_id, position, name, colour, shortcut, ignored) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const LabelSchema &schema : builtinSchemas()) {
        insertSchema.bindValue(0, schema.name);
        insertSchema.bindValue(1, sql::text(schema.description));
        sql::exec(insertSchema);
        const qint64 schemaId = insertSchema.lastInsertId().toLongLong();
        for (int i = 0; i < schema.labels.size(); ++i) {
            const LabelDef &label = schema.labels[i];
            insertLabel.bindValue(0, schemaId);
            insertLabel.bindValue(1, i);
            insertLabel.bindValue(2, label.name);
            insertLabel.bindValue(3, label.colour.name());
            insertLabel.bindValue(4, sql::text(label.shortcut));
            insertLabel.bindValue(5, label.ignored ? 1 : 0);
            sql::exec(insertLabel);
        }
    }
}

void setVersion(const QSqlDatabase &db, int version)
{
    QSqlQuery query
        = sql::prepare(db, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)"));
    query.bindValue(0, QString::number(version));
    sql::exec(query);
}

void applyStep(const QSqlDatabase &db, int version)
{
    switch (version) {
    case 1:
        runAll(db, kVersion1);
        seedSchemas(db);
        sql::exec(db, QStringLiteral("INSERT INTO meta(key, value) VALUES ('application', 'candor')"));
        break;
    case 2: runAll(db, kVersion2); break;
    case 3: runAll(db, kVersion3); break;
    case 4: migrateToVersion4(db); break;
    case 5: migrateToVersion5(db); break;
    case 6: migrateToVersion6(db); break;
    case 7: migrateToVersion7(db); break;
    case 8: migrateToVersion8(db); break;
    case 9: migrateToVersion9(db); break;
    case 10: migrateToVersion10(db); break;
    default: throw Error(Error::tr("no migration to schema version %1").arg(version));
    }
    setVersion(db, version);
}

} // namespace

int Migrations::currentVersion(const QSqlDatabase &db)
{
    const int tables = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt();
    if (tables == 0)
        return 0;
    const bool hasMeta
        = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"))
              .toInt()
        == 1;
    if (!hasMeta)
        throw Error(
            Error::tr("'%1' is an SQLite database but not a Candor project (no meta table)").arg(db.databaseName()));
    const QVariant version = sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    bool ok = false;
    const int v = version.toString().toInt(&ok);
    if (!ok || v < 1)
        throw Error(Error::tr("'%1' has no valid schema version").arg(db.databaseName()));
    return v;
}

void Migrations::migrate(const QSqlDatabase &db, int target)
{
    const int current = currentVersion(db);
    if (current > latestVersion)
        throw Error(Error::tr("'%1' was written by a newer Candor (schema %2; this build reads up to %3)")
                        .arg(db.databaseName())
                        .arg(current)
                        .arg(latestVersion));
    for (int version = current + 1; version <= target; ++version) {
        sql::Transaction transaction(db);
        applyStep(db, version);
        transaction.commit();
    }
}

} // namespace candor
