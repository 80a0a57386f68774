#include "core/formats/rumoureval/RumourThread.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/formats/common/ImportContext.h"
#include "core/formats/common/ImportReport.h"
#include "core/formats/common/JsonFields.h"
#include "core/formats/common/SafePaths.h"
#include "core/formats/rumoureval/Tweet.h"
#include "core/store/ProjectStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace candor {

namespace {

// structure.json nests each tweet's replies under its id: {"src": {"r1": {"r2": []}, "r3": []}}. The depth is
// bounded by kMaxJsonDepth through readDocument.
void collectParents(const QJsonObject &node, const QString &parent, QHash<QString, QString> &parents)
{
    for (auto it = node.begin(); it != node.end(); ++it) {
        parents.insert(it.key(), parent);
        if (it.value().isObject())
            collectParents(it.value().toObject(), it.key(), parents);
    }
}

QHash<QString, QString> readStructure(const QString &folder)
{
    QHash<QString, QString> parents;
    const QString path = folder + QStringLiteral("/structure.json");
    if (!QFileInfo(path).exists() && !QFileInfo(path).isSymLink())
        return parents;
    resolveInside(folder, QStringLiteral("structure.json")); // a link out of the thread is refused
    const QJsonDocument document = json::readDocument(path);
    if (!document.isObject())
        throw Error(Error::tr("%1: expected a JSON object").arg(path));
    collectParents(document.object(), QString(), parents);
    return parents;
}

// The *.json files of one sub-folder of a thread, each checked to lie inside the thread folder.
QStringList tweetFilesIn(const QString &thread, const QString &subfolder)
{
    QStringList files;
    const QString folder = thread + QLatin1Char('/') + subfolder;
    if (!QFileInfo(folder).isDir())
        return files;
    for (const QFileInfo &info :
        listFolder(folder, QDir::Files | QDir::System, {QStringLiteral("*.json")}, /*includeLinks=*/true))
        files.append(resolveInside(thread, subfolder + QLatin1Char('/') + info.fileName()));
    return files;
}

} // namespace

ThreadLayout ThreadLayout::rumourEval()
{
    return {kRumourEvalSource, QStringLiteral("source-tweet"), QStringLiteral("replies")};
}

ThreadLayout ThreadLayout::pheme()
{
    return {QStringLiteral("pheme"), QStringLiteral("source-tweets"), QStringLiteral("reactions")};
}

QHash<QString, QString> RumourLabels::readAnswerFile(const QString &path, ImportContext &context)
{
    QHash<QString, QString> labels;
    QJsonObject object;
    try {
        const QJsonDocument document = json::readDocument(path);
        if (!document.isObject())
            throw Error(Error::tr("%1: expected a JSON object of id -> label").arg(path));
        object = document.object();
    } catch (const Error &error) {
        context.addIssue(path, QString(), ImportIssue::tr("no labels read from this file: %1").arg(error.message()));
        return labels;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        // Answer files written by systems carry [label, confidence]; gold files the label alone.
        const QJsonValue value = it.value().isArray() ? it.value().toArray().first() : it.value();
        if (!value.isString()) {
            context.addIssue(path, it.key(), ImportIssue::tr("the label is not a string; left out"));
            continue;
        }
        labels.insert(it.key(), value.toString());
    }
    return labels;
}

RumourThreadReader::RumourThreadReader(
    ProjectStore &store, ImportContext &context, const RumourLabels &labels, ThreadLayout layout)
    : m_store(store)
    , m_context(context)
    , m_labels(labels)
    , m_layout(std::move(layout))
{
}

void RumourThreadReader::import(const QString &folder, const ThreadInfo &info)
{
    const QStringList sources = tweetFilesIn(folder, m_layout.sourceFolder);
    if (sources.size() != 1)
        throw Error(Error::tr("%1/%2: expected one tweet file, found %3")
                        .arg(folder, m_layout.sourceFolder)
                        .arg(sources.size()));
    const Tweet source = Tweet::read(sources.first());
    QList<Tweet> replies;
    QHash<QString, QString> fileOf{{source.id, sources.first()}};
    for (const QString &file : tweetFilesIn(folder, m_layout.repliesFolder)) {
        replies.append(Tweet::read(file));
        if (fileOf.contains(replies.last().id)) // a second post with that id would silently replace the first
            throw Error(Error::tr("tweet id %1 appears twice: %2 and %3")
                            .arg(replies.last().id, fileOf.value(replies.last().id), file));
        fileOf.insert(replies.last().id, file);
    }
    std::sort(replies.begin(), replies.end(), [](const Tweet &a, const Tweet &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    const QHash<QString, QString> structureParents = readStructure(folder);

    Item item;
    item.kind = ItemKind::Thread;
    item.source = m_layout.itemSource;
    item.externalId = source.id;
    item.split = info.split;
    item.text = source.text;
    item.createdAt = source.createdAt;
    item.author = source.author;
    item.language = source.metadata.value(QLatin1String("lang")).toString();
    item.metadata = source.metadata;
    for (auto it = info.metadata.begin(); it != info.metadata.end(); ++it)
        item.metadata.insert(it.key(), it.value());
    item.metadata.insert(QStringLiteral("event"), info.event);
    item.metadata.insert(QStringLiteral("reply_count"), int(replies.size()));
    const UpsertResult stored = m_store.upsertItem(item);
    m_context.count(stored.outcome);

    QSet<QString> inThread{source.id};
    for (const Tweet &reply : replies)
        inThread.insert(reply.id);
    QHash<QString, qint64> postRows;
    auto addPost = [&](const Tweet &tweet, const QString &parent, bool inferred) {
        ThreadPost post;
        post.itemId = stored.id;
        post.postId = tweet.id;
        post.parentPostId = parent;
        post.author = tweet.author;
        post.createdAt = tweet.createdAt;
        post.text = tweet.text;
        post.metadata = tweet.metadata;
        if (inferred)
            post.metadata.insert(QStringLiteral("parent_inferred"), true);
        const UpsertResult result = m_store.upsertPost(post);
        if (result.outcome == UpsertOutcome::Added)
            ++m_context.report().postsAdded;
        else if (result.outcome == UpsertOutcome::Updated)
            ++m_context.report().postsUpdated;
        postRows.insert(tweet.id, result.id);
    };
    addPost(source, QString(), false);
    for (const Tweet &reply : replies) {
        const QString fromStructure = structureParents.value(reply.id);
        QString parent = reply.inReplyTo;
        bool inferred = false;
        if (!inThread.contains(parent) || parent == reply.id) {
            inferred = true;
            parent = inThread.contains(fromStructure) && fromStructure != reply.id ? fromStructure : source.id;
        } else if (structureParents.contains(reply.id) && fromStructure != parent) {
            const QString reason = fromStructure.isEmpty()
                ? ImportIssue::tr("replies to %1, but structure.json places it under the root; kept %1").arg(parent)
                : ImportIssue::tr("replies to %1, but structure.json places it under %2; kept %1")
                      .arg(parent, fromStructure);
            m_context.addWarning(folder, reply.id, reason);
        }
        addPost(reply, parent, inferred);
    }

    Annotation gold;
    gold.itemId = stored.id;
    gold.schema = Schemas::Stance4;
    for (auto it = postRows.cbegin(); it != postRows.cend(); ++it) {
        const QString stance = m_labels.stance.value(it.key());
        if (stance.isEmpty())
            continue;
        gold.postRowId = it.value();
        gold.label = stance;
        if (m_store.addAnnotation(gold) != 0)
            ++m_context.report().annotationsAdded;
    }
    if (const QString veracity = info.veracity.value_or(m_labels.veracity.value(source.id)); !veracity.isEmpty()) {
        gold.postRowId.reset();
        gold.schema = Schemas::Veracity3;
        gold.label = veracity;
        if (m_store.addAnnotation(gold) != 0)
            ++m_context.report().annotationsAdded;
    }
}

} // namespace candor
