#pragma once

// Meme model versions inside the project: saving a trained model with its config, finding and loading one,
// and writing its decisions as model annotations.

#include "app/jobs/meme/MemeTaskData.h"
#include "core/store/ProjectStore.h"
#include "models/meme/MemeModel.h"

#include <memory>
#include <optional>

namespace candor {

struct LoadedMemeModel
{
    ModelVersion version;
    std::unique_ptr<models::MemeModel> model;
};

// Registers the version (task persuasion-multimodal, name "meme-<variant>", config, data snapshot, metrics) and
// its "model.safetensors" in one transaction; returns the version id.
qint64 saveMemeModel(ProjectStore &store, const models::MemeModel &model, const models::MemeTrainConfig &config,
    const QJsonObject &metrics, int trainItems, int devItems);

// The given version (which must be a persuasion-multimodal one), else the latest of `variant`, else (no variant)
// the task's current version: the pinned one, else the latest.
// Throws candor::Error naming what is missing.
LoadedMemeModel loadMemeModel(const ProjectStore &store, std::optional<qint64> versionId, const QString &variant);

// Replaces the version's annotations on these items by its decisions (scores kept); returns the rows written.
int writeMemePredictions(ProjectStore &store, const LoadedMemeModel &loaded, const QList<MemeTaskItem> &items,
    const std::vector<models::MemePrediction> &predictions);

} // namespace candor
