#include "core/formats/weibo/WeiboRecord.h"

#include "core/domain/Error.h"
#include "core/formats/common/RecordLimits.h"

#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

namespace candor::weibo {

namespace {

// Field names of the metadata line after the post id, in file order (dataformat.txt's wording, snake-cased).
const char *const kFieldNames[kMetadataFields] = {"post_id", "user_name", "post_url", "user_url", "publish_time",
    "original", "retweet_count", "comment_count", "praise_count", "user_id", "user_authentication_type",
    "user_fans_count", "user_follow_count", "user_tweet_count", "publish_platform"};

bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

bool isCountField(int index)
{
    return (index >= 6 && index <= 8) || (index >= 10 && index <= 13);
}

QJsonValue fieldValue(int index, const QString &text)
{
    if (isCountField(index) && isDigits(text) && text.size() <= 15) // exact in a double
        return double(text.toLongLong());
    if (index == 5 && (text == QLatin1String("true") || text == QLatin1String("false")))
        return text == QLatin1String("true");
    return text;
}

} // namespace

bool looksLikeMetadata(const QByteArray &line)
{
    if (line.count('|') != kMetadataFields - 1)
        return false;
    const qsizetype end = line.indexOf('|');
    if (end <= 0 || end > kMaxPostIdDigits)
        return false;
    for (qsizetype i = 0; i < end; ++i)
        if (line[i] < '0' || line[i] > '9')
            return false;
    return true;
}

QByteArray postIdOf(const QByteArray &line)
{
    return line.left(qMin<qsizetype>(line.indexOf('|') < 0 ? line.size() : line.indexOf('|'), kMaxPostIdDigits));
}

WeiboMetadata parseMetadata(const QString &line)
{
    checkText(line, Error::tr("the metadata line"));
    const QStringList fields = line.split(QLatin1Char('|'));
    if (fields.size() != kMetadataFields)
        throw Error(Error::tr("the metadata line has %1 fields separated by '|' where the format has %2")
                        .arg(fields.size())
                        .arg(kMetadataFields));
    WeiboMetadata parsed;
    parsed.postId = fields[0].trimmed();
    if (!isDigits(parsed.postId) || parsed.postId.size() > kMaxPostIdDigits)
        throw Error(Error::tr("post id '%1' is not a number of at most %2 digits")
                        .arg(parsed.postId.left(40))
                        .arg(kMaxPostIdDigits));
    for (int index = 1; index < kMetadataFields; ++index) {
        const QString value = fields[index].trimmed();
        if (value.isEmpty() || value == QLatin1String("null"))
            continue;
        if (index == 1) {
            parsed.author = value;
            continue;
        }
        if (index == 4) {
            parsed.createdAt = parseTime(value);
            if (parsed.createdAt.isValid())
                continue; // kept as written below when it does not parse: the post matters more than its time
        }
        parsed.metadata.insert(QLatin1String(kFieldNames[index]), fieldValue(index, value));
    }
    return parsed;
}

QDateTime parseTime(const QString &text)
{
    QDateTime time;
    if (isDigits(text) && (text.size() == 13 || text.size() == 10)) {
        const qint64 number = text.toLongLong();
        time = QDateTime::fromMSecsSinceEpoch(text.size() == 13 ? number : number * 1000, QTimeZone::utc());
    } else {
        const QString format
            = text.size() == 16 ? QStringLiteral("yyyy-MM-dd HH:mm") : QStringLiteral("yyyy-MM-dd HH:mm:ss");
        const QDateTime local = QDateTime::fromString(text, format);
        if (local.isValid())
            time = QDateTime(local.date(), local.time(), QTimeZone(8 * 3600)).toUTC(); // China Standard Time
    }
    return isStorableTime(time) ? time : QDateTime();
}

QStringList imageUrls(const QString &line)
{
    QStringList urls;
    QSet<QString> seen;
    for (const QString &part : line.split(QLatin1Char('|'))) {
        const QString url = part.trimmed();
        if (url.isEmpty() || url == QLatin1String("null") || seen.contains(url))
            continue;
        seen.insert(url);
        urls.append(url);
    }
    return urls;
}

QString imageFileName(const QString &url)
{
    QString path = url;
    for (const QChar end : {QLatin1Char('?'), QLatin1Char('#')})
        if (const qsizetype at = path.indexOf(end); at >= 0)
            path.truncate(at);
    const QString name = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        throw Error(Error::tr("image URL '%1' names no file (its last part is '%2')").arg(url.left(200), name));
    if (name.contains(QLatin1Char('\\')) || name.contains(QChar(0)))
        throw Error(Error::tr("image URL '%1' names no plain file: its last part holds a path separator or NUL")
                        .arg(QString(url.left(200)).replace(QChar(0), QStringLiteral("\\0"))));
    return name;
}

} // namespace candor::weibo
