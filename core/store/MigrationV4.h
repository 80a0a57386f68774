#pragma once

#include <QSqlDatabase>

namespace candor {

// Schema version 4: what the items browser sorts and filters on, kept ready by triggers so a million-item
// project answers a filter or sort from an index instead of aggregating the annotations per row.
//  - item_summary: one row per item (label lists per origin, best model score, uncertainty, reviewed flag,
//    human annotators), rewritten for an item whenever one of its annotations is inserted, updated or deleted.
//  - item_labels: one row per (label, item) that has any annotation of that label: whether a non-rejected one
//    exists (`live`) and the best model score for it.
//  - text_search rebuilt with rowid = item id * 2^32 + post id (0 for the item's own text), so full-text
//    matches come out of FTS5 in item order and a search page stops after LIMIT items.
void migrateToVersion4(const QSqlDatabase &db);

} // namespace candor
