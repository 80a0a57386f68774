#pragma once

// The post-veracity task as MMFND sees it: each post's text (with its picture's OCR text, as the paper adds the
// embedded text) and its picture's pooled MobileNetV2 features, its class and its event; plus the other pictures
// of the project with their text (memes, unlabelled posts), which only the contrastive alignment reads.

#include "models/post/FusionModel.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace candor {

class ProjectStore;

struct FusionTaskData
{
    QStringList classes; // the task's classes, in the model's order ("fake", "real")
    std::vector<models::FusionExample> posts; // labelled posts of the chosen splits
    std::vector<models::FusionExample> extraPairs; // every other item with a picture and text, label -1
    int computedFeatures = 0; // pictures run through the backbone now (the rest came from the feature cache)
};

// Throws candor::Error when the backbone file is missing while a picture needs it, or a picture cannot be decoded
// (naming the item). Returns what it has so far when `cancelled` says so.
FusionTaskData loadFusionTaskData(const ProjectStore &store, const QStringList &splits, const QString &modelsFolder,
    const std::function<bool()> &cancelled = {});

} // namespace candor
