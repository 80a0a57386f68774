#pragma once

#include "app/jobs/text/TextTaskData.h"
#include "app/jobs/text/TrainTextJob.h"
#include "core/image/ImageDescription.h"

#include <atomic>

namespace candor {

class ProjectStore;

// The examples one training of a text task uses, loaded once for the three ways to train: inside the project
// (TrainTextJob), exported as a training bundle (candor-cli export-training), and a model bundle checked against
// them on import (candor-cli import-model).
struct TextTrainingSet
{
    TextTaskSpec task;
    QString language; // "all" unless the task is narrative
    QString devSplit; // empty: no dev score
    QString where; // "<project>: task 'T'" for messages
    QList<TextTaskItem> trainItems;
    QList<TextTaskItem> devItems;
    // post-veracity reading pictures: the sentences its descriptions carried (stored with the version)
    DescriptionProfile pictureProfile;
};

// Throws candor::Error naming the project and task when the train split has no labelled item, or the dev split
// none (post-veracity then goes without dev, see TrainTextOptions::devSplit).
// `cancel` stops the description of pictures (the caller then throws its cancellation).
TextTrainingSet loadTextTrainingSet(const ProjectStore &store, const QString &projectPath,
    const TrainTextOptions &options, const std::atomic_bool *cancel = nullptr);

struct TrainingBundleExport
{
    int trainItems = 0;
    int devItems = 0;
    int unlabelledTexts = 0;
};

// Writes the training bundle of `options` (models/bundle/TrainingBundle.h) as the new folder `folder`; nothing is
// left under that name when it fails. Throws candor::Error.
TrainingBundleExport exportTrainingBundle(
    const QString &projectPath, const TrainTextOptions &options, const QString &folder);

} // namespace candor
