#pragma once

#include "core/formats/common/AnnotationSelection.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace candor {

class ProjectStore;

struct ExportOptions
{
    QString split; // empty: every item the format can express
    QString language; // empty: every language (PAN files hold one language each)
    AnnotationSelection selection; // which annotations (gold, human, model, best)
};

// One output format. Exporters write to a temporary file and rename it over `outPath` only when complete,
// so a failed or cancelled export never leaves a half-written file.
class Exporter
{
public:
    using ProgressFn = std::function<void(qint64 done, qint64 total)>;
    virtual ~Exporter() = default;
    virtual QString format() const = 0; // CLI name: "semeval-task1", "pan", "csv", ...
    // Whether `outPath` names a folder the export creates (one file per document or subtask), not one file.
    virtual bool writesFolder() const { return false; }
    // Returns the number of records written; throws candor::Error.
    virtual qint64 exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
        const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr)
        = 0;
};

std::vector<std::unique_ptr<Exporter>> allExporters();
std::unique_ptr<Exporter> exporterFor(const QString &format); // nullptr when unknown

} // namespace candor
