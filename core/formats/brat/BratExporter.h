#pragma once

#include "core/formats/common/Exporter.h"

namespace candor {

// A brat collection: a folder with one `.txt` + `.ann` pair per item (every item with text in scope, annotated or
// not, so a team can go on annotating in brat), the spans of every span schema under the options' selection as
// text-bound annotations (offsets in code points, brat's own), an AnnotatorNotes line per span saying its schema,
// origin, annotator and score, and annotation.conf / visual.conf declaring the types with the window's label
// names and colours, so brat opens the folder as it is. candor.json maps each document back to its item, which
// `import --format brat` uses to return spans annotated in brat onto the same items. Rows on a thread's replies
// are not exported (a document is the item's own text). The folder appears whole or not at all; an existing
// folder that is not empty is refused, never overwritten.
class BratExporter final : public Exporter
{
public:
    QString format() const override { return QStringLiteral("brat"); }
    bool writesFolder() const override { return true; }
    qint64 exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
        const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr) override;
};

} // namespace candor
