#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace candor {

// One element of a Telegram Desktop export's "messages" array, checked and flattened. The export writes `text`
// either as a string or as an array mixing strings and entity objects {type, text, href?, user_id?}; the plain
// text is their concatenation and each non-plain entity keeps its code-point range.
struct TelegramMessage
{
    enum class Type { Message, Service, Other };

    qint64 id = 0;
    Type type = Type::Message;
    QString rawType;
    QDateTime date; // UTC, from date_unixtime when present
    QString from;
    QString fromId;
    QString text;
    QJsonArray entities; // [{type, start, end, href?}] in code points, end exclusive
    std::optional<qint64> replyTo; // reply_to_message_id
    QString photo; // relative path inside the export folder, empty when none
    bool photoNotIncluded = false; // the export was made without media ("File not included...")
    QJsonObject metadata; // everything else worth keeping: edits, forwards, other media, entities

    // Throws candor::Error naming the field for a message that does not follow the format.
    static TelegramMessage parse(const QJsonValue &value);
};

} // namespace candor
