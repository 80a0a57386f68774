#pragma once

#include "core/formats/common/Importer.h"

#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

namespace candor {

// What one import request (files and folders dropped on the window, or given to `candor-cli import`) becomes:
// the paths to import, each with its importer, in order, and what was left out and why. The window's import job
// and the CLI both use it, so a mixed folder imports the same way by either.
struct ImportPlan
{
    struct Step
    {
        QString path;
        std::unique_ptr<Importer> importer;
    };
    std::vector<Step> steps;
    QStringList skipped; // "path: reason" for entries of a walked folder that no importer takes
};

// The formats an import can name (every importer's format()), in detection order.
QStringList importFormatNames();

// Plans the import of `paths`.
//  - A named format (not empty, not "auto") takes every path as it is; an unknown name throws.
//  - Otherwise each path goes to the first importer that recognises it, in allImporters() order (most specific
//    first: a dataset layout wins over the generic JSONL/CSV readers). A folder counts as one dataset only when
//    none of its entries belongs to another format.
//  - Any other folder is a bag of files and dataset folders: each entry that is one (by the same rule) is planned
//    on its own; the walk goes into the other sub-folders (at most kMaxFolderWalkDepth levels, never through a
//    symbolic link) and the rest is listed in `skipped`.
//  - A path that nothing in it is recognised throws candor::Error naming it and the formats known.
// `cancel` ends a long walk (a dropped home folder) at once; the plan is then incomplete and the caller stops.
ImportPlan planImport(const QStringList &paths, const QString &format, const std::atomic_bool *cancel = nullptr);

// How deep planImport walks a dropped folder looking for datasets.
constexpr int kMaxFolderWalkDepth = 6;

} // namespace candor
