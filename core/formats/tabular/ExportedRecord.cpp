#include "core/formats/tabular/ExportedRecord.h"

#include "core/domain/Error.h"
#include "core/formats/common/ImportContext.h"
#include "core/formats/common/JsonFields.h"
#include "core/formats/common/RecordLimits.h"
#include "core/store/ProjectStore.h"
#include "core/text/CodePoints.h"

#include <QJsonArray>
#include <QSet>

namespace candor {

namespace {

QDateTime timeField(const QJsonObject &object, const QString &key)
{
    const QString text = json::optionalString(object, key);
    if (text.isEmpty())
        return {};
    const QDateTime time = fromIsoUtc(text);
    if (!isStorableTime(time))
        throw Error(Error::tr("field '%1': '%2' is not an ISO 8601 time in the years %3-%4")
                        .arg(key, text)
                        .arg(kMinYear)
                        .arg(kMaxYear));
    return time;
}

QJsonObject objectField(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    return json::requireObject(value, Error::tr("field '%1'").arg(key));
}

QString textField(const QJsonObject &object, const QString &key)
{
    const QString text = json::optionalString(object, key);
    checkText(text, Error::tr("field '%1'").arg(key));
    return text;
}

QString modelKey(const QString &task, const QString &name, const QString &createdAt)
{
    return task + QLatin1Char('\n') + name + QLatin1Char('\n') + createdAt;
}

// What makes two annotation rows the same row, for not adding a human or model row twice.
QString identity(const Annotation &a)
{
    return QStringList{QString::number(a.postRowId.value_or(0)), a.schema, a.label,
        QString::number(a.start.value_or(-1)), QString::number(a.end.value_or(-1)), originName(a.origin), a.annotator,
        QString::number(a.modelVersionId.value_or(0)), toIsoUtc(a.createdAt)}
        .join(QChar(0x1f));
}

} // namespace

ExportedRecordWriter::ExportedRecordWriter(
    ProjectStore &store, ImportContext &context, QString path, QString split, QString annotator)
    : m_store(store)
    , m_context(context)
    , m_path(std::move(path))
    , m_split(std::move(split))
    , m_annotator(std::move(annotator))
{
    for (const ModelVersion &version : store.modelVersions())
        m_modelVersions.insert(modelKey(version.task, version.name, toIsoUtc(version.createdAt)), version.id);
}

bool ExportedRecordWriter::isExportedRecord(const QJsonObject &record)
{
    return record.value(QLatin1String("source")).isString() && record.value(QLatin1String("kind")).isString()
        && record.value(QLatin1String("annotations")).isArray();
}

std::optional<qint64> ExportedRecordWriter::linkImage(
    const QJsonValue &image, const QString &recordName, QJsonObject &metadata)
{
    if (image.isUndefined() || image.isNull())
        return std::nullopt;
    const QString sha
        = json::requireString(json::requireObject(image, Error::tr("field 'image'")), QStringLiteral("sha256"));
    if (const std::optional<qint64> media = m_store.findMedia(sha))
        return media;
    m_context.addWarning(m_path, recordName,
        ImportIssue::tr("image %1 is not in this project (a JSONL export carries no image "
                        "bytes); imported without it, its description kept in the metadata")
            .arg(sha));
    metadata.insert(QStringLiteral("image"), image);
    return std::nullopt;
}

void ExportedRecordWriter::write(const QJsonObject &record, const QString &recordName)
{
    Item item;
    item.kind = itemKindFromName(json::requireString(record, QStringLiteral("kind")));
    item.source = json::requireString(record, QStringLiteral("source"));
    item.externalId = json::requireString(record, QStringLiteral("id"), /*allowNumber=*/true);
    if (item.source.isEmpty() || item.externalId.isEmpty())
        throw Error(Error::tr("fields 'source' and 'id' must not be empty"));
    // The split as exported, none included; the file's path says nothing about it. --split overrides.
    item.split = m_split.isEmpty() ? json::optionalString(record, QStringLiteral("split")) : m_split;
    item.text = textField(record, QStringLiteral("text"));
    item.language = json::optionalString(record, QStringLiteral("language"));
    item.author = textField(record, QStringLiteral("author"));
    item.createdAt = timeField(record, QStringLiteral("created_at"));
    item.metadata = objectField(record, QStringLiteral("metadata"));
    item.mediaId = linkImage(record.value(QStringLiteral("image")), recordName, item.metadata);
    const UpsertResult stored = m_store.upsertItem(item);
    m_context.count(stored.outcome);

    QHash<QString, std::pair<qint64, QString>> posts; // post id -> (row, text)
    const QJsonValue postList = record.value(QStringLiteral("posts"));
    if (!postList.isUndefined() && !postList.isArray())
        throw Error(Error::tr("field 'posts' must be an array"));
    for (const QJsonValue &value : postList.toArray()) {
        const QJsonObject object = json::requireObject(value, Error::tr("a post"));
        ThreadPost post;
        post.itemId = stored.id;
        post.postId = json::requireString(object, QStringLiteral("post_id"), /*allowNumber=*/true);
        post.parentPostId = json::optionalString(object, QStringLiteral("parent_post_id"));
        post.author = textField(object, QStringLiteral("author"));
        post.createdAt = timeField(object, QStringLiteral("created_at"));
        post.text = textField(object, QStringLiteral("text"));
        post.metadata = objectField(object, QStringLiteral("metadata"));
        post.mediaId = linkImage(object.value(QStringLiteral("image")), recordName, post.metadata);
        if (posts.contains(post.postId))
            throw Error(Error::tr("post id %1 appears twice").arg(post.postId));
        const UpsertResult storedPost = m_store.upsertPost(post);
        if (storedPost.outcome == UpsertOutcome::Added)
            ++m_context.report().postsAdded;
        else if (storedPost.outcome == UpsertOutcome::Updated)
            ++m_context.report().postsUpdated;
        posts.insert(post.postId, {storedPost.id, post.text});
    }
    addAnnotations(stored.id, record.value(QStringLiteral("annotations")).toArray(), item.text, posts);
}

void ExportedRecordWriter::addAnnotations(qint64 itemId, const QJsonArray &annotations, const QString &itemText,
    const QHash<QString, std::pair<qint64, QString>> &posts)
{
    QSet<QString> existing;
    for (const Annotation &a : m_store.annotations(itemId))
        existing.insert(identity(a));
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        try {
            const QJsonObject object = json::requireObject(annotations[i], Error::tr("the annotation"));
            Annotation a;
            a.itemId = itemId;
            a.schema = json::requireString(object, QStringLiteral("schema"));
            a.label = json::requireString(object, QStringLiteral("label"));
            a.origin = originFromName(json::requireString(object, QStringLiteral("origin")));
            a.status = statusFromName(json::requireString(object, QStringLiteral("status")));
            a.annotator = json::optionalString(object, QStringLiteral("annotator"));
            if (a.origin == Origin::Human && a.annotator.isEmpty())
                a.annotator = m_annotator;
            a.createdAt = timeField(object, QStringLiteral("created_at"));
            a.updatedAt = timeField(object, QStringLiteral("updated_at"));
            if (object.value(QStringLiteral("score")).isDouble())
                a.score = object.value(QStringLiteral("score")).toDouble();
            QString text = itemText;
            if (const QString postId = json::optionalString(object, QStringLiteral("post_id")); !postId.isEmpty()) {
                if (!posts.contains(postId))
                    throw Error(Error::tr("post %1 is not among the item's posts").arg(postId));
                a.postRowId = posts.value(postId).first;
                text = posts.value(postId).second;
            }
            if (object.contains(QStringLiteral("start")) || object.contains(QStringLiteral("end"))) {
                a.start = json::requireInt(object, QStringLiteral("start"));
                a.end = json::requireInt(object, QStringLiteral("end"));
                const CodePointMap map(text);
                json::checkSpan(map, text, *a.start, *a.end, QString());
            }
            if (a.origin == Origin::Model) {
                const QJsonObject model = object.value(QStringLiteral("model")).toObject();
                const QString key = modelKey(model.value(QStringLiteral("task")).toString(),
                    model.value(QStringLiteral("name")).toString(),
                    model.value(QStringLiteral("created_at")).toString());
                if (!m_modelVersions.contains(key)) {
                    ++m_modelRowsLeftOut;
                    continue;
                }
                a.modelVersionId = m_modelVersions.value(key);
            }
            if (a.origin != Origin::Gold && existing.contains(identity(a)))
                continue; // imported before
            if (m_store.addAnnotation(a) != 0) {
                ++m_context.report().annotationsAdded;
                existing.insert(identity(a));
            }
        } catch (const Error &error) {
            throw Error(Error::tr("annotations[%1]: %2").arg(i).arg(error.message()));
        }
    }
}

} // namespace candor
