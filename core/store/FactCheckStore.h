#pragma once

// The fact-check records of a project (schema version 8): at most one per item. Free functions over
// ProjectStore, as MemeStore's, so the store's core class stays as it is. Throws candor::Error.

#include "core/domain/FactCheck.h"

#include <QList>

#include <optional>

namespace candor {

class ProjectStore;

std::optional<FactCheck> factCheck(const ProjectStore &store, qint64 itemId);

// Writes the item's record (inserting or replacing), in one transaction, and returns it as stored. A record that
// FactCheck::problems() rejects, or one for an item the project lacks, throws an Error naming the project, the
// item and every problem, and writes nothing. Times: a valid createdAt / updatedAt is kept (undo restores a
// record exactly); otherwise createdAt stays that of the item's earlier record (or now) and updatedAt is now.
FactCheck putFactCheck(ProjectStore &store, const FactCheck &record);
// The same write inside the caller's transaction (a script's verdict and record in one commit); the item must exist.
void writeFactCheck(ProjectStore &store, const FactCheck &record);

// Removes the item's record; false when it had none.
bool removeFactCheck(ProjectStore &store, qint64 itemId);

// Every record of items in `split` (all when empty), by item id: what the fact-check exporters write.
QList<FactCheck> factChecks(const ProjectStore &store, const QString &split = {});

} // namespace candor
