#include "core/formats/telegram/TelegramMessage.h"

#include "core/domain/Error.h"
#include "core/formats/common/RecordLimits.h"
#include "core/text/CodePoints.h"

#include <cmath>

namespace candor {

namespace {

qint64 integerField(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || number != std::floor(number) || std::abs(number) > 9.0e15)
        throw Error(Error::tr("field '%1' must be an integer").arg(key));
    return qint64(number);
}

// Telegram writes the local time of the exporting computer in "date" and the exact time in "date_unixtime".
QDateTime timeField(const QJsonObject &object, const QString &key)
{
    const QString unix = object.value(key + QStringLiteral("_unixtime")).toString();
    bool ok = false;
    const qint64 seconds = unix.toLongLong(&ok);
    if (ok) {
        const QDateTime time = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
        if (!isStorableTime(time))
            throw Error(Error::tr("field '%1_unixtime' (%2) is outside the years %3-%4")
                            .arg(key, unix)
                            .arg(kMinYear)
                            .arg(kMaxYear));
        return time;
    }
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!isStorableTime(time))
        throw Error(Error::tr("field '%1' is not a date like 2023-01-02T10:11:12").arg(key));
    time.setTimeSpec(Qt::UTC);
    return time;
}

void appendText(TelegramMessage &message, const QJsonValue &text)
{
    if (text.isString()) {
        message.text = text.toString();
        return;
    }
    if (!text.isArray())
        throw Error(Error::tr("field 'text' must be a string or an array"));
    int offset = 0;
    for (const QJsonValue &part : text.toArray()) {
        QString piece;
        if (part.isString()) {
            piece = part.toString();
        } else if (part.isObject()) {
            const QJsonObject entity = part.toObject();
            if (!entity.value(QStringLiteral("text")).isString())
                throw Error(Error::tr("text entity without a string 'text'"));
            piece = entity.value(QStringLiteral("text")).toString();
            const QString type = entity.value(QStringLiteral("type")).toString(QStringLiteral("plain"));
            if (type != QLatin1String("plain")) {
                const int length = codePointLength(piece);
                QJsonObject range{{QStringLiteral("type"), type}, {QStringLiteral("start"), offset},
                    {QStringLiteral("end"), offset + length}};
                for (const QString &key : {QStringLiteral("href"), QStringLiteral("user_id")})
                    if (entity.contains(key))
                        range.insert(key, entity.value(key));
                message.entities.append(range);
            }
        } else {
            throw Error(Error::tr("field 'text' must hold strings and entity objects"));
        }
        offset += codePointLength(piece);
        message.text += piece;
        checkText(message.text, Error::tr("field 'text'"));
    }
}

} // namespace

TelegramMessage TelegramMessage::parse(const QJsonValue &value)
{
    if (!value.isObject())
        throw Error(Error::tr("a message must be a JSON object"));
    const QJsonObject object = value.toObject();
    TelegramMessage message;
    message.id = integerField(object, QStringLiteral("id"));
    message.rawType = object.value(QStringLiteral("type")).toString(QStringLiteral("message"));
    message.type = message.rawType == QLatin1String("message") ? Type::Message
        : message.rawType == QLatin1String("service")          ? Type::Service
                                                               : Type::Other;
    if (message.type != Type::Message)
        return message;
    message.date = timeField(object, QStringLiteral("date"));
    if (!message.date.isValid())
        throw Error(Error::tr("field 'date' is missing"));
    const QJsonValue from = object.value(QStringLiteral("from"));
    if (!from.isUndefined() && !from.isNull() && !from.isString())
        throw Error(Error::tr("field 'from' must be a string"));
    message.from = from.toString();
    checkText(message.from, Error::tr("field 'from'"));
    message.fromId = object.value(QStringLiteral("from_id")).toString();
    appendText(message,
        object.value(QStringLiteral("text")).isUndefined() ? QJsonValue(QString())
                                                           : object.value(QStringLiteral("text")));
    checkText(message.text, Error::tr("field 'text'"));
    if (object.contains(QStringLiteral("reply_to_message_id")))
        message.replyTo = integerField(object, QStringLiteral("reply_to_message_id"));

    const QJsonValue photo = object.value(QStringLiteral("photo"));
    if (!photo.isUndefined() && !photo.isString())
        throw Error(Error::tr("field 'photo' must be a string"));
    if (photo.toString().startsWith(QLatin1String("(File not included")))
        message.photoNotIncluded = true;
    else
        message.photo = photo.toString();

    QJsonObject &meta = message.metadata;
    meta.insert(QStringLiteral("message_id"), message.id);
    if (!message.fromId.isEmpty())
        meta.insert(QStringLiteral("from_id"), message.fromId);
    if (message.replyTo)
        meta.insert(QStringLiteral("reply_to_message_id"), *message.replyTo);
    if (!message.entities.isEmpty())
        meta.insert(QStringLiteral("entities"), message.entities);
    const QDateTime edited = timeField(object, QStringLiteral("edited"));
    if (edited.isValid())
        meta.insert(QStringLiteral("edited_at"), edited.toString(Qt::ISODate));
    for (const QString &key :
        {QStringLiteral("forwarded_from"), QStringLiteral("via_bot"), QStringLiteral("media_type"),
            QStringLiteral("file"), QStringLiteral("mime_type"), QStringLiteral("sticker_emoji")})
        if (object.value(key).isString())
            meta.insert(key, object.value(key));
    if (!message.photo.isEmpty())
        meta.insert(QStringLiteral("photo"), message.photo);
    if (message.photoNotIncluded)
        meta.insert(QStringLiteral("photo_not_included"), true);
    return message;
}

} // namespace candor
