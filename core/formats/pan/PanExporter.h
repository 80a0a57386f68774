#pragma once

#include "core/formats/common/Exporter.h"

namespace candor {

// PAN 2024 oppositional JSON for every message item (optionally one split and one language):
//  [{id, text, category, annotations: [{category, start_char, end_char, span_text, annotator}]}]
// id is the original PAN id (metadata "pan_id") when the item came from a PAN file. Category X spans (status
// Ignored) go out with the gold layer they belong to, so a gold export reproduces the file it came from.
// The annotator is the stored name, "gold_label" for gold rows without one, "human" or "model-<version id>".
class PanExporter final : public Exporter
{
public:
    QString format() const override { return QStringLiteral("pan"); }
    qint64 exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
        const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr) override;
};

} // namespace candor
