#include "app/jobs/text/TextTrainingSet.h"

#include "app/jobs/post/PictureInput.h"
#include "core/domain/Error.h"
#include "core/store/ProjectStore.h"
#include "models/bundle/TrainingBundle.h"

#include <QDateTime>

#include <stdexcept>

namespace candor {

TextTrainingSet loadTextTrainingSet(const ProjectStore &store, const QString &projectPath,
    const TrainTextOptions &options, const std::atomic_bool *cancel)
{
    TextTrainingSet set;
    set.task = textTaskSpec(store, options.task);
    set.language = set.task.isNarrative() ? checkedLanguage(options.language) : QStringLiteral("all");
    TextTaskSelection trainSelection;
    trainSelection.splits = options.trainSplits;
    trainSelection.language = set.language;
    set.trainItems = TextTaskData::load(store, set.task, trainSelection);
    set.devSplit = options.devSplit == QLatin1String("none") ? QString() : options.devSplit;
    if (!set.devSplit.isEmpty()) {
        TextTaskSelection devSelection = trainSelection;
        devSelection.splits = QStringList{set.devSplit};
        set.devItems = TextTaskData::load(store, set.task, devSelection);
    }
    const PictureInput pictureInput = pictureInputFromName(options.pictureInput);
    if (pictureInput != PictureInput::Text && !set.task.isPostVeracity())
        throw Error(Error::tr("%1: task '%2' reads text only; a picture input is for post-veracity")
                        .arg(projectPath, set.task.name));
    if (pictureInput != PictureInput::Text) {
        set.pictureProfile = availableDescriptionProfile(projectPath, options.modelsFolder);
        applyPictureInput(
            store, projectPath, options.modelsFolder, pictureInput, set.pictureProfile, set.trainItems, cancel);
        applyPictureInput(
            store, projectPath, options.modelsFolder, pictureInput, set.pictureProfile, set.devItems, cancel);
    }
    set.where = set.task.isNarrative()
        ? Error::tr("%1: task '%2' (language %3)").arg(projectPath, set.task.name, set.language)
        : Error::tr("%1: task '%2'").arg(projectPath, set.task.name);
    if (set.trainItems.isEmpty())
        throw Error(Error::tr("%1 has no labelled items in split(s) %2")
                        .arg(set.where, options.trainSplits.join(QLatin1Char(','))));
    if (set.devItems.isEmpty() && !set.devSplit.isEmpty() && set.task.isPostVeracity())
        set.devSplit.clear(); // see TrainTextOptions::devSplit
    if (set.devItems.isEmpty() && !set.devSplit.isEmpty())
        throw Error(Error::tr("%1 has no labelled items in dev split '%2' (name one with --dev-split)")
                        .arg(set.where, options.devSplit));
    return set;
}

TrainingBundleExport exportTrainingBundle(
    const QString &projectPath, const TrainTextOptions &options, const QString &folder)
{
    // A bundle carries texts; a model trained on pictures' descriptions would come back without the profile that
    // says how to render them for its predictions.
    if (pictureInputFromName(options.pictureInput) != PictureInput::Text)
        throw Error(Error::tr("%1: a training bundle carries the posts' text only; train a model that reads pictures "
                              "inside the project (candor-cli train --picture-input)")
                        .arg(projectPath));
    ProjectStore store(projectPath);
    const TextTrainingSet set = loadTextTrainingSet(store, projectPath, options);
    models::TrainingBundle bundle;
    bundle.task = set.task.name.toStdString();
    bundle.definition = set.task.definition;
    bundle.language = set.language.toStdString();
    for (const QString &split : options.trainSplits)
        bundle.trainSplits.push_back(split.toStdString());
    bundle.devSplit = set.devSplit.toStdString();
    bundle.config = options.config;
    bundle.train = TextTaskData::examples(set.trainItems);
    bundle.dev = TextTaskData::examples(set.devItems);
    bundle.unlabelled = TextTaskData::projectTexts(store);
    bundle.source = projectPath.toStdString();
    bundle.exportedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    try {
        models::writeTrainingBundle(bundle, folder.toStdString());
    } catch (const std::runtime_error &e) {
        throw Error(
            Error::tr("%1: cannot write the training bundle: %2").arg(set.where, QString::fromStdString(e.what())));
    }
    return {int(bundle.train.size()), int(bundle.dev.size()), int(bundle.unlabelled.size())};
}

} // namespace candor
