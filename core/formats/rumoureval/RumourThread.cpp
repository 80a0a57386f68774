#include "core/formats/rumoureval/RumourThread.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/formats/common/ImportContext.h"
#include "core/formats/common/ImportReport.h"
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

QJsonDocument readJson(const QString &path, qint64 maxBytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readFileLimited(path, maxBytes), &error);
    if (error.error != QJsonParseError::NoError)
        throw Error(Error::tr("%1: malformed JSON at byte %2: %3").arg(path).arg(error.offset).arg(error.errorString()));
    return document;
}

// structure.json nests each tweet's replies under its id: {"src": {"r1": {"r2": []}, "r3": []}}.
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
    if (!QFileInfo(path).isFile())
        return parents;
    const QJsonDocument document = readJson(path, kMaxJsonFileBytes);
    if (!document.isObject())
        throw Error(Error::tr("%1: expected a JSON object").arg(path));
    collectParents(document.object(), QString(), parents);
    return parents;
}

QStringList jsonFilesIn(const QString &folder)
{
    QStringList files;
    for (const QFileInfo &info : QDir(folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files.append(info.absoluteFilePath());
    return files;
}
} // namespace

QHash<QString, QString> RumourLabels::readAnswerFile(const QString &path)
{
    const QJsonDocument document = readJson(path, kMaxJsonFileBytes);
    if (!document.isObject())
        throw Error(Error::tr("%1: expected a JSON object of id -> label").arg(path));
    QHash<QString, QString> labels;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        // Answer files written by systems carry [label, confidence]; gold files the label alone.
        const QJsonValue value = it.value().isArray() ? it.value().toArray().first() : it.value();
        if (!value.isString())
            throw Error(Error::tr("%1: the label of '%2' is not a string").arg(path, it.key()));
        labels.insert(it.key(), value.toString());
    }
    return labels;
}

RumourThreadReader::RumourThreadReader(ProjectStore &store, ImportContext &context, const RumourLabels &labels)
    : m_store(store)
    , m_context(context)
    , m_labels(labels)
{
}

void RumourThreadReader::import(const QString &folder, const QString &event, const QString &split)
{
    const QStringList sources = jsonFilesIn(folder + QStringLiteral("/source-tweet"));
    if (sources.size() != 1)
        throw Error(Error::tr("%1/source-tweet: expected one tweet file, found %2").arg(folder).arg(sources.size()));
    const Tweet source = Tweet::read(sources.first());
    QList<Tweet> replies;
    for (const QString &file : jsonFilesIn(folder + QStringLiteral("/replies")))
        replies.append(Tweet::read(file));
    std::sort(replies.begin(), replies.end(), [](const Tweet &a, const Tweet &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    const QHash<QString, QString> structureParents = readStructure(folder);

    Item item;
    item.kind = ItemKind::Thread;
    item.source = kRumourEvalSource;
    item.externalId = source.id;
    item.split = split;
    item.text = source.text;
    item.createdAt = source.createdAt;
    item.author = source.author;
    item.language = source.metadata.value(QLatin1String("lang")).toString();
    item.metadata = source.metadata;
    item.metadata.insert(QStringLiteral("event"), event);
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
                : ImportIssue::tr("replies to %1, but structure.json places it under %2; kept %1").arg(parent, fromStructure);
            m_context.addIssue(folder, reply.id, reason);
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
    if (const QString veracity = m_labels.veracity.value(source.id); !veracity.isEmpty()) {
        gold.postRowId.reset();
        gold.schema = Schemas::Veracity3;
        gold.label = veracity;
        if (m_store.addAnnotation(gold) != 0)
            ++m_context.report().annotationsAdded;
    }
}

} // namespace candor
