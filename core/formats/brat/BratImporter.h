#pragma once

#include "core/formats/common/Importer.h"

namespace candor {

// brat standoff documents (a folder of `name.txt` + `name.ann`, or one of the pair) as posts with their text-bound
// annotations as spans. Offsets are code points on both sides; each span's quoted text is checked against the
// document, so a shifted offset is reported instead of stored. The labels' schema is `--map schema=NAME`, else the
// schema whose labels cover the most types the documents use (brat type names have '_' where the label has a space
// or punctuation); a type it lacks is reported span by span. Rows are gold, or, with `--annotator NAME`, that person's
// human rows (a re-import adds none twice). A folder Candor exported (`--format brat`) carries candor.json, which maps
// each document back to its item, so spans annotated in brat come back onto the items they were exported from.
// Discontinuous spans become one span per fragment (a warning says so); relations, events, attributes and
// normalisations are counted and left out.
class BratImporter final : public Importer
{
public:
    QString format() const override { return QStringLiteral("brat"); }
    QString description() const override;
    bool recognises(const QString &path) const override;
    void import(
        ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context) override;
};

} // namespace candor
