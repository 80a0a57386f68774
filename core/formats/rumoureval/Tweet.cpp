#include "core/formats/rumoureval/Tweet.h"

#include "core/domain/Error.h"
#include "core/formats/common/JsonFields.h"
#include "core/formats/common/RecordLimits.h"
#include "core/formats/common/SafePaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QTimeZone>

namespace candor {

namespace {

QJsonArray mediaUrls(const QJsonObject &tweet)
{
    // extended_entities lists every photo of a multi-photo tweet; entities only the first.
    QJsonArray urls;
    for (const QString &key : {QStringLiteral("extended_entities"), QStringLiteral("entities")}) {
        for (const QJsonValue &media : tweet.value(key).toObject().value(QLatin1String("media")).toArray()) {
            const QString url = media.toObject().value(QLatin1String("media_url_https")).toString();
            if (!url.isEmpty() && !urls.contains(url))
                urls.append(url);
        }
    }
    return urls;
}
} // namespace

QDateTime parseTwitterTime(const QString &text)
{
    // Month names are English whatever the locale, so they are matched here rather than by QLocale.
    static const QStringList months
        = {QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
            QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"),
            QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 6)
        return {};
    const int month = int(months.indexOf(parts[1])) + 1;
    bool dayOk = false, yearOk = false;
    const QDate date(parts[5].toInt(&yearOk), month, parts[2].toInt(&dayOk));
    const QTime time = QTime::fromString(parts[3], QStringLiteral("HH:mm:ss"));
    const QString &zone = parts[4];
    if (month == 0 || !dayOk || !yearOk || !date.isValid() || !time.isValid() || zone.size() != 5
        || (zone[0] != QLatin1Char('+') && zone[0] != QLatin1Char('-')))
        return {};
    bool zoneOk = false;
    const int hhmm = zone.mid(1).toInt(&zoneOk);
    if (!zoneOk)
        return {};
    const int offsetSeconds = (zone[0] == QLatin1Char('-') ? -1 : 1) * ((hhmm / 100) * 3600 + (hhmm % 100) * 60);
    const QDateTime utc = QDateTime(date, time, QTimeZone(offsetSeconds)).toUTC();
    return isStorableTime(utc) ? utc : QDateTime();
}

Tweet Tweet::read(const QString &path)
{
    const QByteArray bytes = readFileLimited(path, kMaxJsonFileBytes); // its errors name the file
    try {
        decodeUtf8Strict(bytes, Error::tr("the file"));
        const QJsonDocument document = json::parseDocument(bytes);
        if (!document.isObject())
            throw Error(Error::tr("the file holds no JSON object"));
        const QJsonObject object = document.object();
        Tweet tweet;
        tweet.id = json::requireString(object, QStringLiteral("id_str"));
        tweet.inReplyTo = json::optionalString(object, QStringLiteral("in_reply_to_status_id_str"));
        tweet.text = json::requireString(object, QStringLiteral("text"));
        checkText(tweet.text, Error::tr("field 'text'"));
        const QString created = json::requireString(object, QStringLiteral("created_at"));
        tweet.createdAt = parseTwitterTime(created);
        if (!tweet.createdAt.isValid())
            throw Error(Error::tr("created_at '%1' is not a Twitter time").arg(created));
        const QJsonObject user = object.value(QLatin1String("user")).toObject();
        tweet.author = user.value(QLatin1String("screen_name")).toString();
        if (const QString name = user.value(QLatin1String("name")).toString(); !name.isEmpty())
            tweet.metadata.insert(QStringLiteral("user_name"), name);
        if (const QString lang = object.value(QLatin1String("lang")).toString(); !lang.isEmpty())
            tweet.metadata.insert(QStringLiteral("lang"), lang);
        if (const QJsonArray urls = mediaUrls(object); !urls.isEmpty())
            tweet.metadata.insert(QStringLiteral("media_urls"), urls);
        tweet.metadata.insert(QStringLiteral("retweet_count"), object.value(QLatin1String("retweet_count")).toInt());
        tweet.metadata.insert(QStringLiteral("favorite_count"), object.value(QLatin1String("favorite_count")).toInt());
        return tweet;
    } catch (const Error &error) {
        throw Error(Error::tr("%1: %2").arg(path, error.message()));
    }
}

} // namespace candor
