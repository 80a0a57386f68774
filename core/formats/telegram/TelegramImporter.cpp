#include "core/formats/telegram/TelegramImporter.h"

#include "core/domain/Error.h"
#include "core/formats/common/ImageImport.h"
#include "core/formats/common/ImportReport.h"
#include "core/formats/common/JsonArrayStream.h"
#include "core/formats/common/JsonFields.h"
#include "core/formats/common/SafePaths.h"
#include "core/formats/telegram/TelegramMessage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace candor {

namespace {

const QString kSource = QStringLiteral("telegram");

// What phase two needs of each imported message to build the threads.
struct Node
{
    qint64 rowId = 0;
    qint64 parent = -1; // message id replied to, -1 for a chain root
    qint64 root = 0;
};

QString resultFile(const QString &path)
{
    return QFileInfo(path).isDir() ? QDir(path).filePath(QStringLiteral("result.json")) : path;
}

class TelegramImport
{
public:
    TelegramImport(ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context)
        : m_store(store)
        , m_file(resultFile(path))
        , m_folder(QFileInfo(m_file).absolutePath())
        , m_options(options)
        , m_context(context)
        , m_split(options.split.isEmpty() ? splitFromPath(m_file) : options.split)
    {
    }

    void run()
    {
        if (JsonArrayStream::firstMember(m_file, {QStringLiteral("messages"), QStringLiteral("chats")})
            == QLatin1String("chats"))
            runAccount();
        else
            runChat();
    }

private:
    // A one-chat export: {name, type, id, messages: [...]}.
    void runChat()
    {
        JsonArrayStream stream(m_file, QStringLiteral("messages")); // a file that is no chat export throws
        startChat(stream.otherMembers(), QFileInfo(m_folder).fileName());
        readMessages(stream);
        if (!m_context.isCancelled())
            buildThreads();
    }

    // A full-account export: {personal_information, contacts, ..., chats: {list: [chat, ...]}, left_chats: {list}};
    // every chat of both lists is imported like a one-chat export, its messages streamed.
    void runAccount()
    {
        m_account = true;
        for (const QString &list : {QStringLiteral("chats"), QStringLiteral("left_chats")}) {
            if (list == QLatin1String("left_chats")
                && JsonArrayStream::firstMember(m_file, {QStringLiteral("left_chats")}).isEmpty())
                return; // an account export without left chats
            JsonArrayStream stream(m_file, QStringList{list, QStringLiteral("list")});
            QJsonObject chat;
            for (qint64 index = 0; !m_context.isCancelled(); ++index) {
                try {
                    if (!stream.enterNextElement(QStringLiteral("messages"), chat))
                        break;
                } catch (const Error &error) {
                    reportCut(error, QString());
                    return;
                }
                startChat(chat, QStringLiteral("%1-%2").arg(list).arg(index + 1));
                if (!readMessages(stream))
                    return;
                if (m_context.isCancelled())
                    return;
                try {
                    QJsonObject rest;
                    stream.leaveElement(rest);
                } catch (const Error &error) {
                    reportCut(error, QString());
                    buildThreads();
                    return;
                }
                buildThreads();
            }
        }
    }

    void startChat(const QJsonObject &chat, const QString &fallbackId)
    {
        const QJsonValue chatId = chat.value(QStringLiteral("id"));
        m_chatId = chatId.isDouble() ? json::numberText(chatId.toDouble()) : fallbackId;
        m_chatName = chat.value(QStringLiteral("name")).toString();
        m_chatType = chat.value(QStringLiteral("type")).toString();
        m_nodes.clear(); // message ids are numbered per chat
        m_replyCount.clear();
        m_order.clear();
    }

    QString recordName(const QString &name) const
    {
        return m_account ? ImportIssue::tr("chat %1, %2").arg(m_chatId, name) : name;
    }

    // The file's structure broke (a truncated export, garbage between messages): what came before is kept, the
    // cut is reported and nothing after it is read.
    void reportCut(const Error &error, const QString &record)
    {
        QString reason = error.message();
        if (reason.startsWith(m_file + QStringLiteral(": ")))
            reason.remove(0, m_file.size() + 2);
        m_context.addIssue(m_file, record,
            ImportIssue::tr("%1; the records before it are kept, nothing after it is read").arg(reason));
    }

    // Reads the messages of the current chat; false when the file's structure broke (reported).
    bool readMessages(JsonArrayStream &stream)
    {
        QJsonValue value;
        while (!m_context.isCancelled()) {
            try {
                if (!stream.next(value))
                    return true;
            } catch (const Error &error) {
                if (!stream.canContinue()) {
                    reportCut(error, recordName(ImportIssue::tr("message #%1").arg(stream.elementIndex() + 2)));
                    buildThreads();
                    return false;
                }
                ++m_context.report().recordsRead;
                m_context.addIssue(
                    m_file, recordName(ImportIssue::tr("message #%1").arg(stream.elementIndex() + 1)), error.message());
                continue;
            }
            const qint64 position = stream.elementIndex() + 1;
            const QJsonValue id = value.toObject().value(QStringLiteral("id"));
            const QString name
                = recordName(id.isDouble() ? ImportIssue::tr("message %1").arg(json::numberText(id.toDouble()))
                                           : ImportIssue::tr("message #%1").arg(position));
            m_context.batchedRecord(m_store, m_file, name, [&] { return checkMessage(TelegramMessage::parse(value)); });
            m_context.progress(stream.bytesRead(), stream.totalBytes(), QStringLiteral("telegram"));
        }
        return true;
    }

    // Everything that can refuse the message, then its writes (ImportContext::batchedRecord).
    ImportContext::RecordWrites checkMessage(const TelegramMessage &message)
    {
        if (message.type == TelegramMessage::Type::Service)
            return {}; // joins, pins, title changes: no content to analyse
        if (message.type == TelegramMessage::Type::Other)
            throw Error(Error::tr("unknown message type '%1'").arg(message.rawType));
        if (m_nodes.contains(message.id))
            throw Error(Error::tr("duplicate message id %1").arg(message.id));
        Item item;
        item.kind = ItemKind::Message;
        item.source = kSource;
        item.externalId = m_chatId + QLatin1Char('/') + QString::number(message.id);
        item.split = m_split;
        item.text = message.text;
        item.language = m_options.mapping.value(QStringLiteral("language")).toString();
        item.createdAt = message.date;
        item.author = message.from;
        item.metadata = message.metadata;
        item.metadata.insert(QStringLiteral("chat_id"), m_chatId);
        if (!m_chatName.isEmpty())
            item.metadata.insert(QStringLiteral("chat_name"), m_chatName);

        Node node{0, -1, message.id};
        // Replies always point back to an earlier message, so chains are acyclic by construction.
        if (message.replyTo && m_nodes.contains(*message.replyTo)) {
            node.parent = *message.replyTo;
            node.root = m_nodes.value(*message.replyTo).root;
            m_replyCount[node.root] += 1;
        }
        m_nodes.insert(message.id, node);
        m_order.append(message.id);
        return [this, item, id = message.id, photo = message.photo]() mutable {
            if (!photo.isEmpty())
                item.mediaId = storePhoto(id, photo, item.metadata);
            const UpsertResult stored = m_store.upsertItem(item);
            m_context.count(stored.outcome);
            m_nodes[id].rowId = stored.id;
        };
    }

    std::optional<qint64> storePhoto(qint64 messageId, const QString &photo, QJsonObject &metadata)
    {
        try {
            const QString file = resolveInside(m_folder, photo);
            if (!QFileInfo::exists(file))
                throw Error(Error::tr("photo '%1' is missing from the export folder").arg(photo));
            return storeImportedImage(m_store, m_context, readFileLimited(file, kMaxImageBytes), photo, m_file,
                recordName(ImportIssue::tr("message %1").arg(messageId)), metadata);
        } catch (const Error &error) {
            m_context.addIssue(m_file, recordName(ImportIssue::tr("message %1").arg(messageId)),
                ImportIssue::tr("photo skipped: %1").arg(error.message()));
            metadata.insert(QStringLiteral("photo_error"), error.message());
            return std::nullopt;
        }
    }

    void buildThreads()
    {
        QHash<qint64, QList<qint64>> members; // root -> messages in export order
        for (const qint64 id : std::as_const(m_order)) {
            const qint64 root = m_nodes.value(id).root;
            if (m_replyCount.value(root) > 0)
                members[root].append(id);
        }
        qint64 done = 0;
        for (const qint64 root : std::as_const(m_order)) {
            if (m_context.isCancelled())
                return;
            if (!members.contains(root) || members.value(root).first() != root)
                continue;
            m_context.batchedRecord(m_store, m_file, recordName(ImportIssue::tr("thread %1").arg(root)),
                [&] { return checkThread(root, members.value(root)); });
            m_context.progress(
                ++done, members.size(), QCoreApplication::translate("TelegramImporter", "telegram threads"));
        }
    }

    // A thread is its root message's item plus a post per message of the chain, read back from the store.
    ImportContext::RecordWrites checkThread(qint64 rootId, const QList<qint64> &messageIds)
    {
        const std::optional<Item> root = m_store.item(m_nodes.value(rootId).rowId);
        if (!root)
            throw Error(Error::tr("root message %1 was not stored").arg(rootId));
        Item thread;
        thread.kind = ItemKind::Thread;
        thread.source = kSource;
        thread.externalId = m_chatId + QStringLiteral("/thread/") + QString::number(rootId);
        thread.split = m_split;
        thread.text = root->text;
        thread.language = root->language;
        thread.createdAt = root->createdAt;
        thread.author = root->author;
        thread.mediaId = root->mediaId;
        thread.metadata = {{QStringLiteral("chat_id"), m_chatId}, {QStringLiteral("root_message_id"), rootId},
            {QStringLiteral("post_count"), messageIds.size()}};
        if (!m_chatType.isEmpty())
            thread.metadata.insert(QStringLiteral("chat_type"), m_chatType);
        if (!m_chatName.isEmpty())
            thread.metadata.insert(QStringLiteral("chat_name"), m_chatName);
        QList<ThreadPost> posts;
        for (const qint64 id : messageIds) {
            const Node node = m_nodes.value(id);
            const std::optional<Item> message = id == rootId ? root : m_store.item(node.rowId);
            if (!message)
                continue; // its own writes failed and were reported
            ThreadPost post;
            post.postId = QString::number(id);
            post.parentPostId = node.parent >= 0 ? QString::number(node.parent) : QString();
            post.author = message->author;
            post.createdAt = message->createdAt;
            post.text = message->text;
            post.metadata = message->metadata;
            post.mediaId = message->mediaId;
            posts.append(post);
        }
        return [this, thread, posts]() {
            const UpsertResult stored = m_store.upsertItem(thread);
            m_context.count(stored.outcome);
            for (ThreadPost post : posts) {
                post.itemId = stored.id;
                const UpsertResult storedPost = m_store.upsertPost(post);
                if (storedPost.outcome == UpsertOutcome::Added)
                    ++m_context.report().postsAdded;
                else if (storedPost.outcome == UpsertOutcome::Updated)
                    ++m_context.report().postsUpdated;
            }
        };
    }

    ProjectStore &m_store;
    QString m_file;
    QString m_folder;
    const ImportOptions &m_options;
    ImportContext &m_context;
    QString m_split;
    bool m_account = false;
    QString m_chatId;
    QString m_chatName;
    QString m_chatType;
    QHash<qint64, Node> m_nodes; // message id -> node, imported messages only
    QHash<qint64, qint64> m_replyCount; // root message id -> replies in its chain
    QList<qint64> m_order; // message ids in export order
};

} // namespace

bool TelegramImporter::recognises(const QString &path) const
{
    QFile file;
    try {
        openRegularFile(file, resultFile(path));
    } catch (const Error &) {
        return false;
    }
    const QByteArray head = file.read(64 * 1024).trimmed();
    return head.startsWith('{') && head.contains("\"messages\"");
}

void TelegramImporter::import(
    ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context)
{
    TelegramImport(store, path, options, context).run();
}

} // namespace candor
