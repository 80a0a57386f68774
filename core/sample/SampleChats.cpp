#include "core/sample/SampleChats.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/sample/PixelFont.h"
#include "core/store/ProjectStore.h"
#include "core/text/CodePoints.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace candor {

namespace {

const QDateTime kFirstMessage(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);

QDateTime timeOf(const SampleMessage &message)
{
    return kFirstMessage.addSecs(qint64(message.id % 100) * 37 * 60);
}

QString photoName(const SampleMessage &message)
{
    return QStringLiteral("photos/photo_%1@%2.jpg")
        .arg(message.id)
        .arg(timeOf(message).toString(QStringLiteral("dd-MM-yyyy_HH-mm-ss")));
}

QString plainText(const SampleMessage &message)
{
    QString text;
    for (const auto &[piece, role] : message.parts)
        text += piece;
    return text;
}

// The message's text as Telegram writes it: a string, or an array of strings and entity objects.
QJsonObject textFields(const SampleMessage &message)
{
    QJsonArray mixed;
    QJsonArray entities;
    bool hasEntity = false;
    for (const auto &[piece, role] : message.parts) {
        const bool link = role == QLatin1String("link");
        hasEntity = hasEntity || link;
        const QJsonObject entity{{QStringLiteral("type"), link ? QStringLiteral("link") : QStringLiteral("plain")},
            {QStringLiteral("text"), piece}};
        mixed.append(link ? QJsonValue(entity) : QJsonValue(piece));
        entities.append(entity);
    }
    return {{QStringLiteral("text"), hasEntity ? QJsonValue(mixed) : QJsonValue(plainText(message))},
        {QStringLiteral("text_entities"), entities}};
}

void writePhoto(const SampleMessage &message, const QString &folder)
{
    QImage image(320, 200, QImage::Format_RGB888);
    image.fill(QColor::fromHsv((message.id * 47) % 360, 120, 200));
    const QString caption = QStringLiteral("PHOTO %1").arg(message.id);
    PixelFont::drawLine(image, (320 - PixelFont::lineWidth(caption, 4)) / 2, 86, caption, 4, Qt::white);
    const QString path = QDir(folder).filePath(photoName(message));
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!image.save(path, "JPEG", 85))
        throw Error(Error::tr("%1: cannot write the sample photo").arg(path));
}

qint64 requireItem(const ProjectStore &store, const QString &externalId)
{
    const std::optional<qint64> id = store.findItem(QStringLiteral("telegram"), externalId);
    if (!id)
        throw Error(Error::tr("sample item telegram/%1 was not imported").arg(externalId));
    return *id;
}

bool addGold(ProjectStore &store, Annotation annotation)
{
    annotation.origin = Origin::Gold;
    annotation.status = Status::Accepted;
    return store.addAnnotation(annotation) != 0;
}

} // namespace

void writeTelegramExport(const SampleChat &chat, const QString &folder)
{
    QJsonArray messages;
    // Telegram exports start with the service message that created the chat; the importer skips it.
    messages.append(QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("type"), QStringLiteral("service")},
        {QStringLiteral("date"), kFirstMessage.addSecs(-3600).toString(Qt::ISODate).chopped(1)},
        {QStringLiteral("date_unixtime"), QString::number(kFirstMessage.addSecs(-3600).toSecsSinceEpoch())},
        {QStringLiteral("actor"), chat.messages.first().from},
        {QStringLiteral("action"), QStringLiteral("create_group")}, {QStringLiteral("title"), chat.name},
        {QStringLiteral("text"), QString()}});
    for (const SampleMessage &message : chat.messages) {
        QJsonObject object = textFields(message);
        object.insert(QStringLiteral("id"), message.id);
        object.insert(QStringLiteral("type"), QStringLiteral("message"));
        object.insert(
            QStringLiteral("date"), timeOf(message).toString(Qt::ISODate).chopped(1)); // Telegram writes no zone
        object.insert(QStringLiteral("date_unixtime"), QString::number(timeOf(message).toSecsSinceEpoch()));
        object.insert(QStringLiteral("from"), message.from);
        object.insert(QStringLiteral("from_id"), QStringLiteral("user%1").arg(qChecksum(message.from.toUtf8())));
        if (message.replyTo)
            object.insert(QStringLiteral("reply_to_message_id"), message.replyTo);
        if (message.edited) {
            const QDateTime edited = timeOf(message).addSecs(300);
            object.insert(QStringLiteral("edited"), edited.toString(Qt::ISODate).chopped(1));
            object.insert(QStringLiteral("edited_unixtime"), QString::number(edited.toSecsSinceEpoch()));
        }
        if (message.photo) {
            writePhoto(message, folder);
            object.insert(QStringLiteral("photo"), photoName(message));
            object.insert(QStringLiteral("width"), 320);
            object.insert(QStringLiteral("height"), 200);
        }
        messages.append(object);
    }
    const QJsonObject root{{QStringLiteral("name"), chat.name},
        {QStringLiteral("type"), QStringLiteral("public_supergroup")}, {QStringLiteral("id"), chat.id},
        {QStringLiteral("messages"), messages}};
    QDir().mkpath(folder);
    QFile file(QDir(folder).filePath(QStringLiteral("result.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0)
        throw Error(Error::tr("%1: cannot write the sample export").arg(file.fileName()));
}

int annotateChat(ProjectStore &store, const SampleChat &chat)
{
    int added = 0;
    const QString chatId = QString::number(chat.id);
    const auto splitOf
        = [](int messageId) { return messageId % 5 == 0 ? QStringLiteral("dev") : QStringLiteral("train"); };
    for (const SampleMessage &message : chat.messages) {
        const qint64 itemId = requireItem(store, chatId + QLatin1Char('/') + QString::number(message.id));
        store.setItemSplit(itemId, splitOf(message.replyTo ? message.replyTo : message.id));
        int offset = 0;
        for (const auto &[piece, role] : message.parts) {
            const int length = codePointLength(piece);
            if (!role.isEmpty() && role != QLatin1String("link")) {
                Annotation span;
                span.itemId = itemId;
                span.schema = Schemas::Narrative6;
                span.label = role;
                span.start = offset;
                span.end = offset + length;
                added += addGold(store, span);
            }
            offset += length;
        }
        if (!message.oppositional.isEmpty()) {
            Annotation label;
            label.itemId = itemId;
            label.schema = Schemas::Oppositional2;
            label.label = message.oppositional;
            added += addGold(store, label);
        }
    }
    for (auto it = chat.veracity.constBegin(); it != chat.veracity.constEnd(); ++it) {
        const qint64 threadId = requireItem(store, chatId + QStringLiteral("/thread/") + QString::number(it.key()));
        store.setItemSplit(threadId, splitOf(it.key()));
        Annotation veracity;
        veracity.itemId = threadId;
        veracity.schema = Schemas::Veracity3;
        veracity.label = it.value();
        added += addGold(store, veracity);
        for (const SampleMessage &message : chat.messages) {
            if (message.stance.isEmpty())
                continue;
            const std::optional<qint64> post = store.findPost(threadId, QString::number(message.id));
            if (!post)
                continue; // a reply of the other thread
            Annotation stance;
            stance.itemId = threadId;
            stance.postRowId = *post;
            stance.schema = Schemas::Stance4;
            stance.label = message.stance;
            added += addGold(store, stance);
        }
    }
    return added;
}

} // namespace candor
