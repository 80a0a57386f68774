#pragma once

#include "core/domain/FactCheck.h"
#include "core/domain/Item.h"
#include "core/formats/common/Exporter.h"

#include <QList>

namespace candor {

// A fact check with the item it is about: what every fact-check exporter writes.
struct FactCheckRecord
{
    FactCheck check;
    Item item;
    QString url; // empty when unknown
};

// The records an export covers: the options' split and language (empty: any), by item id.
QList<FactCheckRecord> factCheckRecords(const ProjectStore &store, const ExportOptions &options);

// The item's address when Candor knows it: a "url" in its metadata, else for a MediaEval tweet (a numeric
// external id) the tweet's status address, which Twitter resolves from the id alone.
QString itemUrl(const Item &item);

} // namespace candor
