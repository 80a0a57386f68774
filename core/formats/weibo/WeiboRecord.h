#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace candor {

// The fields of a Weibo post's first line (EANN's dataformat.txt): 15 fields separated by '|' in the order
// post id | user name | post url | user url | publish time | original? | retweet count | comment count |
// praise count | user id | user authentication type | user fans count | user follow count | user tweet count |
// publish platform. A field that reads "null" is absent.
struct WeiboMetadata
{
    QString postId; // digits, kept as a string (16 digits overflow nothing here, but ids are names)
    QString author; // the user name; empty when absent
    QDateTime createdAt; // UTC; invalid when absent or unreadable (the text is then kept in metadata)
    QJsonObject metadata; // every other present field by name: counts as numbers, "original" as a boolean
};

namespace weibo {

constexpr int kMetadataFields = 15;
constexpr int kMaxPostIdDigits = 32; // real ids have 16; a longer "id" is a text line that happens to start with digits

// True when `line` has the shape of a post's first line: 15 fields and a post id of ASCII digits. On bytes, so a
// line of invalid UTF-8 is judged the same way ('|' never occurs inside a UTF-8 multi-byte sequence).
bool looksLikeMetadata(const QByteArray &line);
QByteArray postIdOf(const QByteArray &line); // the first field; for naming a record before it is decoded

// Throws candor::Error with the reason when the line is not a metadata line or holds a NUL character.
WeiboMetadata parseMetadata(const QString &line);

// The publish time as the subset writes it: milliseconds (13 digits) or seconds (10 digits) since the epoch, or
// "yyyy-MM-dd HH:mm[:ss]" in China Standard Time (UTC+8, Weibo's time). Invalid when it is neither.
QDateTime parseTime(const QString &text);

// The URLs of the image line in order: the "null" marker, empty parts and repeats left out.
QStringList imageUrls(const QString &line);

// The file an image URL names in the image folders: its last path component, the query and fragment dropped.
// Throws candor::Error when that is no plain file name (empty, "." or "..", a backslash or a NUL), so a URL can
// never name a file outside the folder.
QString imageFileName(const QString &url);

} // namespace weibo

} // namespace candor
