#include "core/formats/tabular/ExportSupport.h"
#include "core/formats/tabular/TabularExporters.h"
#include "core/store/ProjectStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace candor {

namespace {

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(toIsoUtc(time)) : QJsonValue();
}

QJsonValue mediaValue(const ProjectStore &store, const std::optional<qint64> &mediaId)
{
    if (!mediaId)
        return QJsonValue();
    const std::optional<MediaInfo> media = store.media(*mediaId);
    if (!media)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("sha256"), media->sha256}, {QStringLiteral("mime"), media->mime},
        {QStringLiteral("width"), media->width}, {QStringLiteral("height"), media->height}};
}

// The model version of a model row, by what identifies it across projects (its id does not): task, name, time.
QJsonObject modelObject(const ProjectStore &store, qint64 versionId, QHash<qint64, QJsonObject> &cache)
{
    if (!cache.contains(versionId)) {
        QJsonObject model;
        for (const ModelVersion &version : store.modelVersions())
            if (version.id == versionId)
                model = {{QStringLiteral("task"), version.task}, {QStringLiteral("name"), version.name},
                    {QStringLiteral("created_at"), toIsoUtc(version.createdAt)}};
        cache.insert(versionId, model);
    }
    return cache.value(versionId);
}

QJsonObject annotationObject(const Annotation &a, const QHash<qint64, QString> &postIds, const QJsonObject &model)
{
    QJsonObject object{{QStringLiteral("schema"), a.schema}, {QStringLiteral("label"), a.label},
        {QStringLiteral("origin"), originName(a.origin)}, {QStringLiteral("status"), statusName(a.status)},
        {QStringLiteral("created_at"), timeValue(a.createdAt)}, {QStringLiteral("updated_at"), timeValue(a.updatedAt)}};
    if (a.isSpan()) {
        object.insert(QStringLiteral("start"), *a.start);
        object.insert(QStringLiteral("end"), *a.end);
    }
    if (a.postRowId)
        object.insert(QStringLiteral("post_id"), postIds.value(*a.postRowId));
    if (!a.annotator.isEmpty())
        object.insert(QStringLiteral("annotator"), a.annotator);
    if (a.modelVersionId) {
        object.insert(QStringLiteral("model_version_id"), *a.modelVersionId);
        object.insert(QStringLiteral("model"), model);
    }
    if (a.score)
        object.insert(QStringLiteral("score"), *a.score);
    return object;
}

} // namespace

qint64 JsonlExporter::exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
    const ProgressFn &progress, const std::atomic_bool *cancel)
{
    ExportFile out(outPath);
    const QList<qint64> ids = exportedItemIds(store, options.split);
    QHash<qint64, QJsonObject> models;
    qint64 written = 0;
    for (const qint64 id : ids) {
        out.checkCancelled(cancel);
        const std::optional<Item> item = store.item(id);
        if (!item)
            continue;
        QJsonObject object{{QStringLiteral("id"), item->externalId}, {QStringLiteral("source"), item->source},
            {QStringLiteral("kind"), itemKindName(item->kind)}, {QStringLiteral("split"), item->split},
            {QStringLiteral("text"), item->text}, {QStringLiteral("language"), item->language},
            {QStringLiteral("created_at"), timeValue(item->createdAt)}, {QStringLiteral("author"), item->author},
            {QStringLiteral("metadata"), item->metadata}, {QStringLiteral("image"), mediaValue(store, item->mediaId)}};
        QHash<qint64, QString> postIds;
        QJsonArray posts;
        for (const ThreadPost &post : store.posts(id)) {
            postIds.insert(post.id, post.postId);
            posts.append(QJsonObject{{QStringLiteral("post_id"), post.postId},
                {QStringLiteral("parent_post_id"), post.parentPostId}, {QStringLiteral("author"), post.author},
                {QStringLiteral("created_at"), timeValue(post.createdAt)}, {QStringLiteral("text"), post.text},
                {QStringLiteral("metadata"), post.metadata},
                {QStringLiteral("image"), mediaValue(store, post.mediaId)}});
        }
        if (!posts.isEmpty())
            object.insert(QStringLiteral("posts"), posts);
        QJsonArray annotations;
        for (const Annotation &annotation : store.annotations(id))
            annotations.append(annotationObject(annotation, postIds,
                annotation.modelVersionId ? modelObject(store, *annotation.modelVersionId, models) : QJsonObject()));
        object.insert(QStringLiteral("annotations"), annotations);
        out.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
        ++written;
        if (progress)
            progress(written, ids.size());
    }
    out.checkCancelled(cancel);
    out.commit();
    return written;
}

} // namespace candor
