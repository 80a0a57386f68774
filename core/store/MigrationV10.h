#pragma once

#include <QSqlDatabase>

namespace candor {

// Schema version 10: a team's own label schemas (issue 14). A schema says where its labels are offered (`usage`:
// items, spans or both; the shipped ones: both, as before); a label can be retired (kept for the rows that use it,
// no longer offered or trained); and a renamed label keeps its former names in `label_aliases`, so imports, merges
// and models that still say the old name reach the same label id.
void migrateToVersion10(const QSqlDatabase &db);

} // namespace candor
