#pragma once

#include "core/formats/common/Exporter.h"

namespace candor {

// JSON Lines with everything: one object per item with its fields, metadata, image description (SHA-256, type,
// size: not the bytes), thread posts and every annotation of every origin and status (origin, annotator, model
// version with its task, name and time, score, status, times). The annotation selection does not apply: this is
// the dump that the JSONL importer reads back as it was written (ExportedRecordWriter).
class JsonlExporter final : public Exporter
{
public:
    QString format() const override { return QStringLiteral("jsonl"); }
    qint64 exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
        const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr) override;
};

// CSV, one row per item: id, source, kind, split, language, created_at, author, text, image_sha256,
// post_count, then per label schema in use "labels:<schema>" (labels joined by "|") and "spans:<schema>"
// (a JSON array of {start, end, label}), under the chosen annotation selection. Per-post labels (stance)
// are left out: a row is an item. Cells that a spreadsheet would run as a formula (= + - @ or their
// full-width forms, also behind leading blanks; or a tab, CR or LF first) are prefixed with a single quote.
class CsvExporter final : public Exporter
{
public:
    QString format() const override { return QStringLiteral("csv"); }
    qint64 exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
        const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr) override;

    // The cell as written: neutralised against formula injection and quoted when needed.
    static QString csvCell(const QString &value);
};

} // namespace candor
