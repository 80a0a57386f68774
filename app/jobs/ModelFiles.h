#pragma once

#include "core/store/ProjectStore.h"
#include "models/text/TextModel.h"
#include "models/thread/ThreadModel.h"

#include <QStringList>

#include <map>
#include <memory>
#include <optional>

namespace candor {

// The model version a predict or evaluate run uses: the given id (which must belong to `task`), else the task's
// current version (the one a person pinned, else the latest). Throws candor::Error naming the task when there is none.
ModelVersion resolveModelVersion(const ProjectStore &store, const QString &task, std::optional<qint64> modelVersionId);

// The files of a saved model (name -> bytes). A version's config records their names under "files", so loading
// knows what to read; storeModelFiles puts them into the project under the version.
using ModelFiles = std::map<std::string, std::string>;
QStringList modelFileNames(const ModelFiles &files);
void storeModelFiles(ProjectStore &store, qint64 modelVersionId, const ModelFiles &files);

// The files a version's config lists ("files"), read from the project.
ModelFiles readModelFiles(const ProjectStore &store, const ModelVersion &version);

// Loads the model of a version from its files (the engine validates names, shapes and dtypes).
std::unique_ptr<models::TextModel> loadTextModel(const ProjectStore &store, const ModelVersion &version);
std::unique_ptr<models::ThreadModel> loadThreadModel(const ProjectStore &store, const ModelVersion &version);

// What a version covers: the language its narrative model was trained for ("all" for every other task).
QString modelLanguage(const ModelVersion &version);

} // namespace candor
