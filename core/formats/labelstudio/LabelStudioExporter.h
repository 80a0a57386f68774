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
// An item with an image (a meme) gets `data.image`: the image is written to `<OUT>-images/<sha256>.<ext>` beside
// the file and named by Label Studio's local-files URL (/data/local-files/?d=<OUT>-images/...), which it serves
// when LABEL_STUDIO_LOCAL_FILES_DOCUMENT_ROOT is the export's folder; the configuration then shows the picture.
class LabelStudioExporter final : public Exporter
{
public:
    QString format() const override { return QStringLiteral("labelstudio"); }
    qint64 exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
        const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr) override;
};

} // namespace candor
