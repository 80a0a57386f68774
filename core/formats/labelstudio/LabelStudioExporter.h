#pragma once

#include "core/formats/common/Exporter.h"

namespace candor {

// Label Studio JSON tasks, one per item with text: `data` {text, source, external_id}; `meta.candor` (the way
// back); `annotations`: the gold rows as one ground-truth annotation and each annotator's human rows as one
// annotation (its `candor_annotator`); `predictions`: the model version's rows with their scores (the options'
// version, else the newest per schema). `--origin gold|human|model` keeps one of those layers, `best` (the default)
// all three. Spans are "labels" regions {start, end, text, labels} in code points; item labels "choices". Each
// schema is a control named after it over the text "text", and `<OUT>.xml` beside the file is the labeling
// configuration that declares them with the window's label colours, to paste into a Label Studio project.
class LabelStudioExporter final : public Exporter
{
public:
    QString format() const override { return QStringLiteral("labelstudio"); }
    qint64 exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
        const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr) override;
};

} // namespace candor
