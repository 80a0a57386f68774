#pragma once

#include "core/formats/common/Exporter.h"

namespace candor {

// RumourEval 2017 answer files. The output path is a folder (created when missing) that receives
//  subtaskA.json: {tweet id: "support|deny|query|comment"} for every post with a stance in the chosen layer;
//  subtaskB.json: {thread id: ["true|false|unverified", confidence]}, confidence = the model score, 1.0 for gold
//                 and human answers.
// Each file is written whole or not at all. Returns the number of answers (stances + verdicts).
class RumourEvalExporter final : public Exporter
{
public:
    QString format() const override { return QStringLiteral("rumoureval"); }
    bool writesFolder() const override { return true; }
    qint64 exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
        const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr) override;
};

} // namespace candor
