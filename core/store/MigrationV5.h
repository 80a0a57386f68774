#pragma once

#include <QSqlDatabase>

namespace candor {

// Schema version 5: facets for the items browser. A facet is one distinct (kind, language, source, split)
// combination with the exact number of items that have it; item_summary.facet_id names each item's facet and
// is indexed (facet_id, item id). A filter on those four columns first resolves to a handful of facet ids and
// their counts (FacetSelection), so the browser knows before it runs a page query whether the match set is
// empty, small (read it through the facet index) or large (walk item order and test the facet), and a filter
// on those columns alone has an exact count without scanning. Triggers on items keep ids and counts current.
void migrateToVersion5(const QSqlDatabase &db);

} // namespace candor
