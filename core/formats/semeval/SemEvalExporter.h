#pragma once

#include "core/formats/common/Exporter.h"

namespace candor {

// SemEval-2021 Task 6 answer/gold files for every meme item (optionally one split), in the official shapes:
//  subtask 1: [{id, text, labels: [technique...]}]                  (persuasion-20, item-level)
//  subtask 2: [{id, text, labels: [{start, end, technique, text_fragment}]}]   (persuasion-20 spans, code points)
//  subtask 3: [{id, text, labels: [technique...], image}]            (persuasion-22, item-level)
// A meme without annotations in the chosen layer is written with an empty label list (the answer "none").
class SemEvalExporter final : public Exporter
{
public:
    explicit SemEvalExporter(int subtask);
    QString format() const override { return QStringLiteral("semeval-task%1").arg(m_subtask); }
    qint64 exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
        const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr) override;

private:
    QJsonObject memeRecord(const ProjectStore &store, qint64 itemId, const ExportOptions &options) const;

    int m_subtask;
};

} // namespace candor
