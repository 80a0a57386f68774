#pragma once

#include "core/formats/common/ImportContext.h"

#include <QString>
#include <QVariantMap>

#include <memory>
#include <vector>

namespace candor {

struct ImportOptions
{
    QString split; // empty: derived from the file or folder name (see splitFromPath)
    QVariantMap mapping; // generic JSONL/CSV column mapping: "id", "text", "image", "labels", "schema", ...
    QString annotator; // the name human rows that carry none are stored under (--annotator); empty: left unnamed
};

// One source format. An importer streams its input, writes through ProjectStore inside the caller's
// transaction, records bad records in the context and goes on, and checks isCancelled() every record.
class Importer
{
public:
    virtual ~Importer() = default;
    virtual QString format() const = 0; // CLI name: "semeval", "pan", ...
    virtual QString description() const = 0; // one line for --help and the docs: what it reads
    virtual bool recognises(const QString &path) const = 0; // for --format auto
    virtual void import(ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context)
        = 0;
};

// Every importer Candor has, in the order auto-detection tries them.
std::vector<std::unique_ptr<Importer>> allImporters();
std::unique_ptr<Importer> importerFor(const QString &format); // nullptr when unknown

// "training"/"train" -> "train", "dev" -> "dev", "test" -> "test" from the last path components; else empty.
QString splitFromPath(const QString &path);

// Imports one file or folder as one transaction: fully written, or (fatal error, cancel) not at all.
// Record-level errors are in the report; a fatal error throws candor::Error after rolling back.
ImportReport importPath(ProjectStore &store, Importer &importer, const QString &path, const ImportOptions &options,
    const ImportContext::ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);

} // namespace candor
