#pragma once

// A thread item as the thread view shows it: the reply tree rebuilt from parent post ids, each post with its
// stance marks by origin and the model's attention weight. Plain data over core, testable without widgets.

#include "core/domain/Annotation.h"
#include "core/domain/Item.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QString>

#include <optional>

namespace candor {

class ProjectStore;

struct StanceMark
{
    QString label;
    Origin origin = Origin::Gold;
    std::optional<double> score; // model probability
    qint64 annotationId = 0;
};

struct ConversationPost
{
    ThreadPost post;
    int parent = -1; // index into ThreadConversation::posts; -1 for the source
    int depth = 0;
    QList<int> children; // by time, then stored order
    double secondsSinceSource = 0; // 0 when either time is unknown
    std::optional<StanceMark> gold, human, model;
    std::optional<double> attention; // the model's share of the claim vector
    QImage thumbnail; // empty without an image

    // What the view shows first: a person's answer, else the model's, else gold.
    const StanceMark *shown() const;
    // The reference a person stands behind: human, else gold.
    const StanceMark *reference() const;
};

struct ThreadConversation
{
    qint64 itemId = 0;
    QString title; // the item's text or external id
    int root = -1; // -1 for a thread without posts
    QList<ConversationPost> posts; // stored order
    std::optional<StanceMark> goldVeracity, humanVeracity, modelVeracity;

    // Source first, then depth-first with children by time: the order the tree lists posts in.
    QList<int> treeOrder() const;
    // Replies (not the source) by time since the source, then tree order.
    QList<int> repliesByTime() const;
    int indexOfRow(qint64 postRowId) const; // -1 when absent
};

// Builds the tree: a parent id that is missing, the post itself or part of a cycle hangs the post under the
// source. Stance marks come from stance-4 rows per post (rejected and ignored rows skipped, the latest per
// origin; model rows of `modelVersionId` only when given), veracity from veracity-3 rows of the thread.
ThreadConversation buildConversation(qint64 itemId, const QList<ThreadPost> &posts,
    const QList<Annotation> &annotations, const QHash<qint64, double> &attention = {},
    std::optional<qint64> modelVersionId = std::nullopt);

// Loads a thread item with the latest "thread" model version's predictions and attention (when there is one)
// and the posts' image thumbnails. Throws candor::Error for a missing item.
ThreadConversation loadConversation(const ProjectStore &store, qint64 itemId);

} // namespace candor
