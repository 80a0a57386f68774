#pragma once

#include <QFile>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace candor {

// Reads the elements of one JSON array one at a time, so a 2 GB export never sits in memory: the top-level array,
// or the array reached through a path of members from the top-level object (Telegram's {"messages": [...]}, or a
// full-account export's {"chats": {"list": [...]}}). Each element is parsed with QJsonDocument on its own bytes,
// at most kMaxRecordBytes and kMaxJsonDepth deep. Arrays nested in the elements can be streamed too
// (enterNextElement): each chat of an account export, then its messages. Errors throw candor::Error naming the
// file, the element and the reason (malformed, truncated, invalid UTF-8, too large, too deep).
class JsonArrayStream
{
public:
    explicit JsonArrayStream(const QString &path, const QString &memberKey = {});
    JsonArrayStream(const QString &path, const QStringList &memberPath);

    // Next element of the current array; false at its end. Throws candor::Error; see canContinue().
    bool next(QJsonValue &value);
    // Streams an array inside the next element instead of returning it whole: the element must be an object with
    // the array under `key`; its members before the array go to `members` (small ones only) and next() then
    // returns the inner array's elements. False at the end of the current array.
    bool enterNextElement(const QString &key, QJsonObject &members);
    // After next() returned false inside an entered array: reads the element's remaining members (small ones added
    // to `members`) and goes back to the outer array.
    void leaveElement(QJsonObject &members);

    // After next() threw: true when only that one element was bad (malformed, invalid UTF-8, too large or too deep
    // inside a well-delimited element) and the stream stands after it, so an importer may record the error and go
    // on; false when the file's structure is broken (truncated, garbage between elements) and reading must stop.
    bool canContinue() const { return !m_broken; }
    qint64 elementIndex() const { return m_levels.last().index; } // index of the element last returned
    qint64 bytesRead() const { return m_consumed; }
    qint64 totalBytes() const { return m_file.size(); }
    // Top-level members read before the array (small ones only): Telegram's chat name, type and id.
    const QJsonObject &otherMembers() const { return m_others; }

    // Which of `keys` comes first among the members of the file's top-level object, skipping the others' values;
    // empty when none does or the file is no such object. Tells a one-chat Telegram export from an account one.
    static QString firstMember(const QString &path, const QStringList &keys);

private:
    struct Level
    {
        bool first = true; // no element read yet
        qint64 index = -1; // index of the element last returned
    };

    struct Probe
    {
    };
    JsonArrayStream(const QString &path, Probe);
    void open();
    int peek();
    int get();
    void skipWhitespace();
    bool beginElement();
    QByteArray captureValue();
    QByteArray captureString();
    QString readKey();
    void keepMember(const QString &key, const QByteArray &value, QJsonObject &members);
    void readMembersUntil(const QString &key, QJsonObject &members);
    [[noreturn]] void fail(const QString &reason) const;

    QFile m_file;
    QString m_path;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    QList<Level> m_levels{Level()};
    bool m_done = false; // the current array is closed
    mutable bool m_broken = false; // set by fail(): the structure is broken, nothing more can be read
    int m_deepest = 0; // of the value last captured
    bool m_oversized = false; // the value last captured passed kMaxRecordBytes (its bytes were dropped)
    QJsonObject m_others;
};

} // namespace candor
