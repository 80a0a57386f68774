#pragma once

// What the meme jobs share: official scoring of label decisions, and loading a version with the backbone
// features of the memes it runs over.

#include "app/jobs/meme/MemeModelStore.h"
#include "app/jobs/meme/MemeTaskData.h"
#include "models/engine/RunControl.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace candor {

// Official SemEval-2021 T6 subtask 3 scores (micro/macro-F1, micro P/R, per label F1 and support).
QJsonObject memeScores(const std::vector<models::MemeExample> &memes,
    const std::vector<models::MemePrediction> &predictions, const QStringList &labels);

// The models folder to read backbones from: `folder`, else MemeTaskData::defaultModelsFolder().
QString memeModelsFolder(const QString &folder);

// A version with the memes it runs over and their backbone features (cached beside the project). Reports
// "features" progress and throws engine::Cancelled when the token is cancelled between images.
struct MemeRun
{
    LoadedMemeModel loaded;
    QList<MemeTaskItem> items;
    std::vector<models::MemeExample> memes;
};
MemeRun prepareMemeRun(const ProjectStore &store, std::optional<qint64> versionId, const QString &variant,
    const QList<MemeTaskItem> &items, const QString &modelsFolder, const engine::RunControl &control);

// Decode + pre-process + backbone time per meme, measured without the cache on up to 10 memes: what a new meme
// costs end to end.
double memeBackboneMilliseconds(
    const ProjectStore &store, const QList<MemeTaskItem> &items, const QString &modelsFolder);

} // namespace candor
