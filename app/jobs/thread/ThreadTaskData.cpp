#include "app/jobs/thread/ThreadTaskData.h"

#include "core/domain/LabelSchema.h"
#include "core/store/ProjectStore.h"
#include "core/store/TaskQueries.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

#include <algorithm>

namespace candor {
namespace {

bool isHumanConfirmed(const Annotation &row)
{
    return row.origin == Origin::Human || (row.origin == Origin::Model && row.status == Status::Accepted);
}

// The reference label of one target (a post, or the thread when post is null): see ThreadTaskData.
const Annotation *referenceRow(const QList<Annotation> &rows, const QString &schema, std::optional<qint64> post)
{
    const Annotation *curated = nullptr;
    const Annotation *confirmed = nullptr;
    const Annotation *gold = nullptr;
    for (const Annotation &row : rows) {
        if (row.schema != schema || row.postRowId != post || row.status == Status::Rejected
            || row.status == Status::Ignored)
            continue;
        const auto later = [&](const Annotation *current) {
            return !current || current->updatedAt < row.updatedAt
                || (current->updatedAt == row.updatedAt && current->id < row.id);
        };
        if (row.origin == Origin::Curated && later(curated))
            curated = &row;
        else if (isHumanConfirmed(row) && later(confirmed))
            confirmed = &row;
        else if (row.origin == Origin::Gold && later(gold))
            gold = &row;
    }
    return curated ? curated : confirmed ? confirmed : gold;
}

int indexOf(const std::vector<std::string> &labels, const QString &label)
{
    const auto it = std::find(labels.begin(), labels.end(), label.toStdString());
    return it == labels.end() ? -1 : int(it - labels.begin());
}

} // namespace

QList<ThreadTaskItem> ThreadTaskData::load(
    const ProjectStore &store, const QStringList &splits, bool labelledOnly, const QList<qint64> &itemIds)
{
    QList<ThreadTaskItem> items;
    for (const ThreadItemRow &row : TaskQueries(store).threadItems()) {
        ThreadTaskItem item;
        item.itemId = row.id;
        item.split = row.split;
        item.externalId = row.externalId;
        // RumourEval/PHEME threads name their news event; other sources form one group each.
        const QString event = row.metadata.value(QStringLiteral("event")).toString();
        item.example.group = (event.isEmpty() ? row.source : event).toStdString();
        if ((!splits.isEmpty() && !splits.contains(item.split))
            || (!itemIds.isEmpty() && !itemIds.contains(item.itemId)))
            continue;
        items.append(item);
    }

    QList<ThreadTaskItem> kept;
    for (ThreadTaskItem &item : items) {
        const QList<ThreadPost> posts = store.posts(item.itemId);
        if (posts.isEmpty())
            continue;
        const QList<Annotation> rows = store.annotations(item.itemId);
        QHash<QString, int> indexOfPost;
        for (int i = 0; i < posts.size(); ++i)
            indexOfPost.insert(posts[i].postId, i);
        const auto source
            = std::find_if(posts.begin(), posts.end(), [](const ThreadPost &p) { return p.parentPostId.isEmpty(); });
        const int sourceIndex = source != posts.end() ? int(source - posts.begin()) : 0;
        const QDateTime origin = posts[sourceIndex].createdAt;
        bool labelled = false;
        item.example.id = item.externalId.toStdString();
        for (const ThreadPost &post : posts) {
            models::ThreadPostExample example;
            example.id = post.postId.toStdString();
            example.text = post.text.toStdString();
            example.parent = post.parentPostId.isEmpty() ? -1 : indexOfPost.value(post.parentPostId, -1);
            // A reply whose parent is not in the thread hangs under the source (the engine repairs it so).
            if (example.parent < 0 && !post.parentPostId.isEmpty())
                example.parent = sourceIndex;
            example.seconds
                = origin.isValid() && post.createdAt.isValid() ? double(origin.secsTo(post.createdAt)) : 0.0;
            if (const Annotation *row = referenceRow(rows, Schemas::Stance4, post.id)) {
                example.stance = indexOf(models::stanceLabels(), row->label);
                labelled = labelled || example.stance >= 0;
                item.humanReference = item.humanReference || isHumanConfirmed(*row);
            }
            item.postRowIds.append(post.id);
            item.postIds.append(post.postId);
            item.postMediaIds.append(post.mediaId);
            item.example.posts.push_back(std::move(example));
        }
        if (const Annotation *row = referenceRow(rows, Schemas::Veracity3, std::nullopt)) {
            item.example.veracity = indexOf(models::veracityLabels(), row->label);
            labelled = labelled || item.example.veracity >= 0;
            item.humanReference = item.humanReference || isHumanConfirmed(*row);
        }
        if (labelled || !labelledOnly)
            kept.append(std::move(item));
    }
    return kept;
}

std::vector<models::ThreadExample> ThreadTaskData::examples(const QList<ThreadTaskItem> &items)
{
    std::vector<models::ThreadExample> result;
    result.reserve(size_t(items.size()));
    for (const ThreadTaskItem &item : items)
        result.push_back(item.example);
    return result;
}

QJsonObject ThreadTaskData::describe(const QList<ThreadTaskItem> &items)
{
    QMap<QString, QJsonObject> perSplit;
    for (const ThreadTaskItem &item : items) {
        QJsonObject split = perSplit.value(item.split);
        split[QStringLiteral("threads")] = split.value(QStringLiteral("threads")).toInt() + 1;
        split[QStringLiteral("posts")] = split.value(QStringLiteral("posts")).toInt() + int(item.example.posts.size());
        if (item.humanReference)
            split[QStringLiteral("threads_with_human_labels")]
                = split.value(QStringLiteral("threads_with_human_labels")).toInt() + 1;
        for (const models::ThreadPostExample &post : item.example.posts)
            if (post.stance >= 0) {
                const QString key
                    = QStringLiteral("stance_") + QString::fromStdString(models::stanceLabels()[post.stance]);
                split[key] = split.value(key).toInt() + 1;
            }
        if (item.example.veracity >= 0) {
            const QString key
                = QStringLiteral("veracity_") + QString::fromStdString(models::veracityLabels()[item.example.veracity]);
            split[key] = split.value(key).toInt() + 1;
        }
        perSplit.insert(item.split, split);
    }
    QJsonObject result;
    for (auto it = perSplit.cbegin(); it != perSplit.cend(); ++it)
        result[it.key().isEmpty() ? QStringLiteral("(none)") : it.key()] = it.value();
    return result;
}

} // namespace candor
