#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace candor {

enum class ItemKind { Meme, Post, Thread, Message };

QString itemKindName(ItemKind kind);
// Throws candor::Error for unknown names.
ItemKind itemKindFromName(const QString &name);

// One unit of content in a project: a meme, a social post, a whole thread, or a chat message.
struct Item
{
    qint64 id = 0; // row id; 0 until stored
    ItemKind kind = ItemKind::Post;
    QString source; // dataset or import source, e.g. "semeval2021-task6"
    QString externalId; // id inside that source; (source, externalId) is unique
    QString split; // "train", "dev", "test" or empty
    QString text;
    QString language; // BCP-47 tag ("en", "es") or empty when unknown
    QDateTime createdAt; // UTC; invalid when unknown
    QString author;
    QJsonObject metadata;
    std::optional<qint64> mediaId;
};

// A post inside a thread item. parentPostId is empty for the source post.
struct ThreadPost
{
    qint64 id = 0;
    qint64 itemId = 0;
    QString postId;
    QString parentPostId;
    QString author;
    QDateTime createdAt;
    QString text;
    QJsonObject metadata;
    std::optional<qint64> mediaId;
};

// A stored image. Bytes are the original file; thumbnail is a PNG no larger than 256 px on its long side.
struct MediaInfo
{
    qint64 id = 0;
    QString sha256;
    QString mime;
    int width = 0;
    int height = 0;
};

} // namespace candor
