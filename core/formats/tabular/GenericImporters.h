#pragma once

#include "core/formats/common/Importer.h"

namespace candor {

// Generic JSON Lines: one JSON object per line, columns mapped by GenericMapping (GenericRecord.h); without a
// mapping, the lines of Candor's own JSONL export read back as they were written (ExportedRecord.h).
// A bad line (invalid UTF-8, malformed JSON, wrong types, too long) is reported and skipped; a cut last line is
// one bad line, so the records before it are kept.
class JsonlImporter final : public Importer
{
public:
    QString format() const override { return QStringLiteral("jsonl"); }
    QString description() const override
    {
        return QStringLiteral(
            "JSON Lines (.jsonl, .ndjson), one object per line, columns mapped with --map; Candor's own JSONL export");
    }
    bool recognises(const QString &path) const override;
    void import(
        ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context) override;
};

// Generic CSV with a header row (".tsv" files default to tab-separated), columns mapped by GenericMapping.
// A bad record (wrong number of fields, a stray quote, invalid UTF-8) is reported and skipped; a quoted field
// that is never closed (the file was cut) keeps the records before it and is reported. A header that cannot be
// read or mapped (empty file, a column named twice, neither text nor image column) fails the file.
class CsvImporter final : public Importer
{
public:
    QString format() const override { return QStringLiteral("csv"); }
    QString description() const override
    {
        return QStringLiteral("CSV or TSV (.csv, .tsv) with a header row, columns mapped with --map");
    }
    bool recognises(const QString &path) const override;
    void import(
        ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context) override;
};

} // namespace candor
