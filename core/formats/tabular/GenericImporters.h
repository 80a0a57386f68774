#pragma once

#include "core/formats/common/Importer.h"

namespace candor {

// Generic JSON Lines: one JSON object per line, columns mapped by GenericMapping (GenericRecord.h).
// A bad line (invalid UTF-8, malformed JSON, wrong types) is reported and skipped.
class JsonlImporter final : public Importer
{
public:
    QString format() const override { return QStringLiteral("jsonl"); }
    QString description() const override
    {
        return QStringLiteral("JSON Lines (.jsonl, .ndjson), one object per line, columns mapped with --map; Candor's own JSONL export");
    }
    bool recognises(const QString &path) const override;
    void import(ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context) override;
};

// Generic CSV with a header row (".tsv" files default to tab-separated), columns mapped by GenericMapping.
// A record with the wrong number of fields is reported and skipped; a quoted field that is never closed makes
// the whole file fail (nothing of it is written).
class CsvImporter final : public Importer
{
public:
    QString format() const override { return QStringLiteral("csv"); }
    QString description() const override { return QStringLiteral("CSV or TSV (.csv, .tsv) with a header row, columns mapped with --map"); }
    bool recognises(const QString &path) const override;
    void import(ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context) override;
};

} // namespace candor
