#include "widgets/thread/ThreadConversation.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/store/ProjectStore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>

namespace candor {
namespace {

// Keeps the most recently updated row per origin.
void offer(std::optional<StanceMark> &slot, QDateTime &slotTime, const Annotation &row)
{
    if (slot && slotTime > row.updatedAt)
        return;
    slot = StanceMark{row.label, row.origin, row.score, row.id};
    slotTime = row.updatedAt;
}

struct MarkSlots
{
    std::optional<StanceMark> gold, human, model;
    QDateTime goldTime, humanTime, modelTime;

    void take(const Annotation &row, std::optional<qint64> modelVersionId)
    {
        if (row.status == Status::Rejected || row.status == Status::Ignored)
            return;
        switch (row.origin) {
        case Origin::Gold: offer(gold, goldTime, row); break;
        case Origin::Human: offer(human, humanTime, row); break;
        case Origin::Model:
            if (!modelVersionId || row.modelVersionId == modelVersionId)
                offer(model, modelTime, row);
            break;
        }
    }
};

} // namespace

const StanceMark *ConversationPost::shown() const
{
    return human ? &*human : model ? &*model : gold ? &*gold : nullptr;
}

const StanceMark *ConversationPost::reference() const
{
    return human ? &*human : gold ? &*gold : nullptr;
}

QList<int> ThreadConversation::treeOrder() const
{
    QList<int> order;
    if (root < 0)
        return order;
    const std::function<void(int)> walk = [&](int at) {
        order.append(at);
        for (int child : posts[at].children)
            walk(child);
    };
    walk(root);
    return order;
}

QList<int> ThreadConversation::repliesByTime() const
{
    QList<int> replies = treeOrder();
    replies.removeAll(root);
    std::stable_sort(replies.begin(), replies.end(),
        [&](int a, int b) { return posts[a].secondsSinceSource < posts[b].secondsSinceSource; });
    return replies;
}

int ThreadConversation::indexOfRow(qint64 postRowId) const
{
    for (int i = 0; i < posts.size(); ++i)
        if (posts[i].post.id == postRowId)
            return i;
    return -1;
}

ThreadConversation buildConversation(qint64 itemId, const QList<ThreadPost> &posts,
    const QList<Annotation> &annotations, const QHash<qint64, double> &attention, std::optional<qint64> modelVersionId)
{
    ThreadConversation c;
    c.itemId = itemId;
    const int n = int(posts.size());
    if (n == 0)
        return c;
    QHash<QString, int> byPostId;
    for (int i = 0; i < n; ++i)
        byPostId.insert(posts[i].postId, i);
    c.root = 0;
    for (int i = 0; i < n; ++i)
        if (posts[i].parentPostId.isEmpty()) {
            c.root = i;
            break;
        }
    for (const ThreadPost &post : posts) {
        ConversationPost p;
        p.post = post;
        c.posts.append(p);
    }
    for (int i = 0; i < n; ++i) {
        if (i == c.root)
            continue;
        const int parent = byPostId.value(posts[i].parentPostId, -1);
        c.posts[i].parent = parent >= 0 && parent != i ? parent : c.root;
    }
    // A walk up that takes more than n steps is a cycle: cut it at the source.
    for (int i = 0; i < n; ++i) {
        int at = i, steps = 0;
        while (at != c.root && steps <= n) {
            at = c.posts[at].parent;
            ++steps;
        }
        if (steps > n)
            c.posts[i].parent = c.root;
    }
    const QDateTime origin = posts[c.root].createdAt;
    for (int i = 0; i < n; ++i) {
        int at = i;
        while (at != c.root) {
            at = c.posts[at].parent;
            ++c.posts[i].depth;
        }
        if (i != c.root)
            c.posts[c.posts[i].parent].children.append(i);
        if (origin.isValid() && posts[i].createdAt.isValid())
            c.posts[i].secondsSinceSource = double(origin.msecsTo(posts[i].createdAt)) / 1000.0;
        if (attention.contains(posts[i].id))
            c.posts[i].attention = attention.value(posts[i].id);
    }
    for (ConversationPost &p : c.posts)
        std::stable_sort(p.children.begin(), p.children.end(),
            [&](int a, int b) { return c.posts[a].secondsSinceSource < c.posts[b].secondsSinceSource; });

    QHash<int, MarkSlots> stance;
    MarkSlots veracity;
    for (const Annotation &row : annotations) {
        if (row.schema == Schemas::Stance4 && row.postRowId) {
            for (int i = 0; i < n; ++i)
                if (posts[i].id == *row.postRowId)
                    stance[i].take(row, modelVersionId);
        } else if (row.schema == Schemas::Veracity3 && !row.postRowId) {
            veracity.take(row, modelVersionId);
        }
    }
    for (auto it = stance.cbegin(); it != stance.cend(); ++it) {
        c.posts[it.key()].gold = it->gold;
        c.posts[it.key()].human = it->human;
        c.posts[it.key()].model = it->model;
    }
    c.goldVeracity = veracity.gold;
    c.humanVeracity = veracity.human;
    c.modelVeracity = veracity.model;
    return c;
}

ThreadConversation loadConversation(const ProjectStore &store, qint64 itemId)
{
    const std::optional<Item> item = store.item(itemId);
    if (!item)
        throw Error(QStringLiteral("%1: item %2 does not exist").arg(store.path()).arg(itemId));
    std::optional<qint64> versionId;
    QHash<qint64, double> attention;
    if (const std::optional<ModelVersion> version = store.currentModelVersion(QStringLiteral("thread"))) {
        versionId = version->id;
        try {
            const QJsonObject weights
                = QJsonDocument::fromJson(store.modelFile(version->id, QStringLiteral("attention.json"))).object();
            for (auto it = weights.begin(); it != weights.end(); ++it)
                attention.insert(it.key().toLongLong(), it.value().toDouble());
        } catch (const Error &) {
            // The version has not predicted anything yet: no attention to show.
        }
    }
    const QList<ThreadPost> posts = store.posts(itemId);
    ThreadConversation c = buildConversation(itemId, posts, store.annotations(itemId), attention, versionId);
    c.title = item->text.isEmpty() ? item->externalId : item->text;
    for (ConversationPost &p : c.posts)
        if (p.post.mediaId)
            p.thumbnail = QImage::fromData(store.mediaThumbnail(*p.post.mediaId), "PNG");
    return c;
}

} // namespace candor
