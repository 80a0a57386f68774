#pragma once

#include "app/jobs/text/TextTaskData.h"

#include <QList>
#include <QString>

namespace candor {

class ProjectStore;

// What a post-veracity model reads of a post (UNITE-FND's variants, paper 004): its text, the structured description
// of its picture (core/image/ImageDescription), or both. A post without a picture reads "No picture." as its
// description. The choice is stored with the model version, so prediction and evaluation read the same.
enum class PictureInput { Text, Description, TextAndDescription };

QString pictureInputName(PictureInput input); // "text", "description", "text+description"
// Throws candor::Error listing the three names.
PictureInput pictureInputFromName(const QString &name);

// Replaces each item's example text as `input` says; descriptions are made (or read from the cache beside the
// project) by ImageDescriber with the pretrained MobileNetV2 of `modelsFolder` ($CANDOR_MODELS_DIR wins). Throws
// candor::Error naming the items whose picture could not be described.
void applyPictureInput(const ProjectStore &store, const QString &projectPath, const QString &modelsFolder,
    PictureInput input, QList<TextTaskItem> &items);

} // namespace candor
