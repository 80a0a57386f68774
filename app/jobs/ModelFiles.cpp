#include "app/jobs/ModelFiles.h"

#include "core/domain/Error.h"

#include <QJsonArray>

#include <exception>

namespace candor {

ModelVersion resolveModelVersion(const ProjectStore &store, const QString &task, std::optional<qint64> modelVersionId)
{
    if (!modelVersionId) {
        std::optional<ModelVersion> current = store.currentModelVersion(task);
        if (!current)
            throw Error(Error::tr("%1: no model version for task '%2' (train one first)").arg(store.path(), task));
        return *current;
    }
    for (const ModelVersion &version : store.modelVersions(task))
        if (version.id == *modelVersionId)
            return version;
    throw Error(Error::tr("%1: model version %2 does not exist or is not a '%3' model")
                    .arg(store.path())
                    .arg(*modelVersionId)
                    .arg(task));
}

QStringList modelFileNames(const ModelFiles &files)
{
    QStringList names;
    for (const auto &entry : files)
        names.append(QString::fromStdString(entry.first));
    return names;
}

void storeModelFiles(ProjectStore &store, qint64 modelVersionId, const ModelFiles &files)
{
    for (const auto &[name, bytes] : files)
        store.putModelFile(
            modelVersionId, QString::fromStdString(name), QByteArray(bytes.data(), qsizetype(bytes.size())));
}

ModelFiles readModelFiles(const ProjectStore &store, const ModelVersion &version)
{
    const QJsonArray names = version.config.value(QStringLiteral("files")).toArray();
    if (names.isEmpty())
        throw Error(Error::tr("%1: model version %2 lists no model files").arg(store.path()).arg(version.id));
    ModelFiles files;
    for (const QJsonValue &name : names) {
        const QByteArray bytes = store.modelFile(version.id, name.toString());
        files.emplace(name.toString().toStdString(), std::string(bytes.constData(), size_t(bytes.size())));
    }
    return files;
}

namespace {

template <typename Load>
auto loadFrom(const ProjectStore &store, const ModelVersion &version, Load &&load)
{
    const ModelFiles files = readModelFiles(store, version);
    try {
        return load(files);
    } catch (const Error &) {
        throw;
    } catch (const std::exception &error) {
        // error.what() is the engine's own text (models/ has no Qt): it stays English inside the translated sentence.
        throw Error(Error::tr("%1: cannot load model version %2: %3")
                        .arg(store.path())
                        .arg(version.id)
                        .arg(QString::fromUtf8(error.what())));
    }
}

} // namespace

std::unique_ptr<models::TextModel> loadTextModel(const ProjectStore &store, const ModelVersion &version)
{
    return loadFrom(store, version, [](const ModelFiles &files) { return models::TextModel::load(files); });
}

std::unique_ptr<models::ThreadModel> loadThreadModel(const ProjectStore &store, const ModelVersion &version)
{
    return loadFrom(store, version, [](const ModelFiles &files) { return models::ThreadModel::load(files); });
}

QString modelLanguage(const ModelVersion &version)
{
    const QString language = version.config.value(QStringLiteral("language")).toString();
    return language.isEmpty() ? QStringLiteral("all") : language;
}

} // namespace candor
