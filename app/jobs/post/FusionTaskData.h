#pragma once

// The post-veracity task as MMFND sees it: each post's text (with its picture's OCR text, as the paper adds the
// embedded text) and its picture's pooled MobileNetV2 features, its class and its event; plus the project's memes
// with their captions, which only the contrastive alignment reads.

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
    std::vector<models::FusionExample> extraPairs; // memes with a picture and text, label -1
    QStringList skippedPairs; // memes whose picture could not be read (why, naming the item)
    int computedFeatures = 0; // pictures run through the backbone now (the rest came from the feature cache)
};

// Throws candor::Error when the backbone file is missing while a picture needs it, or a picture cannot be decoded
// (naming the item). Returns what it has so far when `cancelled` says so.
FusionTaskData loadFusionTaskData(const ProjectStore &store, const QStringList &splits, const QString &modelsFolder,
    const std::function<bool()> &cancelled = {});

} // namespace candor
