#pragma once

#include <QSqlDatabase>

namespace candor {

// Schema version 8: the fact-checking desk.
//  - fact_checks: at most one fact-check record per item (claim, rating, note, annotator, created / updated time),
//    as fact-checking desks keep them (Meedan Check's claim-and-rating panel). The rating is one of FactCheck's
//    six ratings; the CHECK keeps a file edited by other tools from holding anything else.
//  - the fake-2 label "unsure" (ignored: never a training class, see LabelSchema.cpp) for projects created
//    before it existed; projects created since seed it with the other built-in labels.
void migrateToVersion8(const QSqlDatabase &db);

} // namespace candor
