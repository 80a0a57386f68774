#pragma once

#include "core/store/ProjectStore.h"
#include "models/engine/RunControl.h"
#include "models/meme/MemeModel.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace candor {

// The multimodal persuasion task (SemEval-2021 Task 6 subtask 3): memes with an image, labelled with the
// 22 techniques of persuasion-22.
namespace MemeTask {
inline const QString name = QStringLiteral("persuasion-multimodal");
}

struct MemeTaskItem
{
    qint64 itemId = 0;
    QString split;
    QString text;
    qint64 mediaId = 0;
    QString sha256;
    std::vector<int> labels; // reference labels (gold, or accepted human rows) as persuasion-22 indices
};

// Reads meme items and turns them into engine examples with cached backbone features.
class MemeTaskData
{
public:
    explicit MemeTaskData(const ProjectStore &store);

    // Memes with an image in the given splits (all when empty), ordered by id; only `itemIds` when given.
    QList<MemeTaskItem> items(const QStringList &splits, const QList<qint64> &itemIds = {}) const;
    QStringList labelNames() const; // persuasion-22 in the official order

    // Backbone features for each item: read from the cache beside the project, computed (and cached) for the
    // rest. Reports "features" progress per image and throws engine::Cancelled between images.
    std::vector<models::MemeExample> examples(
        const QList<MemeTaskItem> &items, const QString &modelsFolder, const engine::RunControl &control = {}) const;

    static QString defaultModelsFolder(); // $CANDOR_MODELS_DIR, else "models" beside the executable's share dir

private:
    const ProjectStore &m_store;
};

} // namespace candor
