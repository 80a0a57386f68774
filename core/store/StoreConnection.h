#pragma once

#include <QSqlDatabase>

namespace candor {

class ProjectStore;

// The calling thread's connection to a project. Only the store's own classes (core/store), its tests and its
// benchmarks reach the database directly; every other layer asks ProjectStore or a query class of core/store, and
// the layering check fails a file outside them that names a table.
QSqlDatabase storeConnection(const ProjectStore &store);

} // namespace candor
