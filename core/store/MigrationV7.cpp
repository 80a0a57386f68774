#include "core/store/MigrationV7.h"

#include "core/store/NearDuplicateIndex.h"
#include "core/store/Sql.h"

#include <QStringList>

namespace candor {

void migrateToVersion7(const QSqlDatabase &db)
{
    const QStringList statements = {
        QStringLiteral("CREATE TABLE image_hashes(media_id INTEGER PRIMARY KEY REFERENCES media(id) ON DELETE CASCADE,"
                       " phash INTEGER NOT NULL, chunk0 INTEGER NOT NULL, chunk1 INTEGER NOT NULL,"
                       " chunk2 INTEGER NOT NULL, chunk3 INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX image_hashes_chunk0 ON image_hashes(chunk0)"),
        QStringLiteral("CREATE INDEX image_hashes_chunk1 ON image_hashes(chunk1)"),
        QStringLiteral("CREATE INDEX image_hashes_chunk2 ON image_hashes(chunk2)"),
        QStringLiteral("CREATE INDEX image_hashes_chunk3 ON image_hashes(chunk3)"),
        QStringLiteral("CREATE TABLE text_minhash(item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,"
                       " signature BLOB NOT NULL)"),
        // WITHOUT ROWID: the key and the item are the whole row, so the primary key is the only b-tree besides
        // the item index that deleting or re-indexing an item needs.
        QStringLiteral("CREATE TABLE text_lsh(band_key INTEGER NOT NULL,"
                       " item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,"
                       " PRIMARY KEY(band_key, item_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX text_lsh_item ON text_lsh(item_id)"),
        QStringLiteral("CREATE INDEX items_media ON items(media_id) WHERE media_id IS NOT NULL"),
    };
    for (const QString &statement : statements)
        sql::exec(db, statement);
    nearduplicates::backfill(db);
}

} // namespace candor
