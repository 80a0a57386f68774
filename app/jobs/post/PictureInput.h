#pragma once

#include "app/jobs/text/TextTaskData.h"
#include "core/image/ImageDescription.h"

#include <QList>
#include <QString>

#include <atomic>

namespace candor {

class ProjectStore;

// What a post-veracity model reads of a post (UNITE-FND's variants, paper 004): its text, the structured description
// of its picture (core/image/ImageDescription), or both. A post without a picture reads "No picture." as its
// description. The choice is stored with the model version, so prediction and evaluation read the same.
enum class PictureInput { Text, Description, TextAndDescription };

QString pictureInputName(PictureInput input); // "text", "description", "text+description"
// Throws candor::Error listing the three names.
PictureInput pictureInputFromName(const QString &name);

// What descriptions made here carry now (the classifier in `modelsFolder`, the face cascade): what a training
// records with its version ("picture_description") so prediction and evaluation render the same sentences.
DescriptionProfile availableDescriptionProfile(const QString &projectPath, const QString &modelsFolder);

// Replaces each item's example text as `input` says, the descriptions rendered with `profile`; they are made (or
// read from the cache beside the project) by ImageDescriber with the pretrained MobileNetV2 of `modelsFolder`
// (empty: the installed one; $CANDOR_MODELS_DIR wins). Throws candor::Error naming the items whose picture could
// not be described, or lacks a field of the profile that cannot be made here.
// `cancel` is polled between pictures: when it is set the items are left as they are, for the caller to stop.
void applyPictureInput(const ProjectStore &store, const QString &projectPath, const QString &modelsFolder,
    PictureInput input, const DescriptionProfile &profile, QList<TextTaskItem> &items,
    const std::atomic_bool *cancel = nullptr);

// What a model version read ("picture_input", "picture_description" in its config), applied for its prediction or
// evaluation: the same input, the same sentences.
void applyVersionPictureInput(const ProjectStore &store, const QString &projectPath, const QJsonObject &versionConfig,
    QList<TextTaskItem> &items, const std::atomic_bool *cancel = nullptr, const QString &modelsFolder = QString());

} // namespace candor
