#pragma once

#include "core/formats/common/Exporter.h"

namespace candor {

// The fact-check records of a project (one per item: claim, rating, note, annotator, times) with the item they
// are about (source, external id, URL when known). Only items with a record are written; the annotation selection
// does not apply (a fact check has no origin). Every file appears only when complete.

// JSON Lines, one record a line: item_id, source, external_id, url (null when unknown), claim, rating (the stored
// name, e.g. "mostly-false"), note, annotator, created_at, updated_at (ISO 8601 UTC).
class FactCheckJsonlExporter final : public Exporter
{
public:
    QString format() const override { return QStringLiteral("factcheck-jsonl"); }
    qint64 exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
        const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr) override;
};

// CSV with the JSONL columns in that order, one row a record; cells neutralised against formulas as the item CSV's
// (CsvExporter::csvCell).
class FactCheckCsvExporter final : public Exporter
{
public:
    QString format() const override { return QStringLiteral("factcheck-csv"); }
    qint64 exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
        const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr) override;
};

// A JSON array of schema.org ClaimReview objects, the shape fact-checkers publish for search engines:
// claimReviewed (the claim), reviewRating (Rating: ratingValue 5 true .. 1 false on bestRating 5 / worstRating 1,
// alternateName the rating in words; "unverifiable" has no place on the scale and carries no ratingValue),
// reviewBody (the note, when any), author (Person: the annotator), datePublished / dateModified (created / updated,
// ISO 8601 UTC), itemReviewed (Claim, its appearance the item: identifier, url when known, the source as
// isPartOf, author and date of the post).
class ClaimReviewExporter final : public Exporter
{
public:
    QString format() const override { return QStringLiteral("claimreview"); }
    qint64 exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
        const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr) override;
};

} // namespace candor
