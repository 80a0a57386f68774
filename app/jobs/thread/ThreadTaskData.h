#pragma once

#include "models/thread/ThreadModel.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace candor {

class ProjectStore;

// The thread task's name in model versions, job logs and on the command line.
inline QString threadTaskName()
{
    return QStringLiteral("thread");
}

// One thread item as the engine sees it. example.posts[i] is the stored post postRowIds[i].
struct ThreadTaskItem
{
    qint64 itemId = 0;
    QString split;
    QString externalId;
    QList<qint64> postRowIds;
    QStringList postIds; // the source's post ids (tweet ids), for answer files
    QList<std::optional<qint64>> postMediaIds; // the image of each post (ThreadImageVectors embeds them)
    models::ThreadExample example;
    bool humanReference = false; // at least one reference label came from a human-confirmed row
};

// Extracts thread items (kind "thread") with their posts and reference labels: stance-4 per post, veracity-3
// per thread. Reference rule as for text tasks: a curator's row, else human-confirmed rows (human rows, or model
// rows a person accepted), win over gold for that post or thread, the most recently updated one first; rejected and
// ignored rows never count. Post times become seconds since the source post (0 when unknown).
class ThreadTaskData
{
public:
    // splits empty: every split. labelledOnly: only threads with at least one reference label.
    static QList<ThreadTaskItem> load(
        const ProjectStore &store, const QStringList &splits, bool labelledOnly, const QList<qint64> &itemIds = {});
    static std::vector<models::ThreadExample> examples(const QList<ThreadTaskItem> &items);
    // Threads, posts and label counts per split, for the model version's data snapshot.
    static QJsonObject describe(const QList<ThreadTaskItem> &items);
};

} // namespace candor
