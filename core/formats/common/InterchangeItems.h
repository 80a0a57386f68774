#pragma once

#include "core/domain/Annotation.h"
#include "core/domain/Item.h"
#include "core/formats/common/Exporter.h"

#include <QList>

#include <optional>

namespace candor {

// What the annotation-tool formats (brat, Label Studio) share, on the way out to a tool and back from it.

// The item an export writes as a document or task: nullopt when it has no text (nothing to annotate) or another
// language than the options ask for.
std::optional<Item> itemToExport(const ProjectStore &store, qint64 itemId, const ExportOptions &options);

// The item a document or task Candor exported came from, found by source and id; throws candor::Error when it is no
// longer in the project or its text has changed since, which the offsets annotated in the tool would no longer fit.
qint64 itemExportedFrom(
    const ProjectStore &store, const QString &source, const QString &externalId, const QString &text);

// Whether `rows` already holds this human row (same schema, label, offsets and annotator): importing a tool's file
// again adds nothing twice. Gold rows need no such check: the store keeps one of each.
bool hasHumanRow(const QList<Annotation> &rows, const Annotation &row);

} // namespace candor
