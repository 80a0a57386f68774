#pragma once

#include <QFile>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace candor {

// Reads the elements of one JSON array one at a time, so a 2 GB export never sits in memory: either the
// top-level array, or the array stored under `memberKey` in the top-level object (Telegram's "messages").
// Each element is parsed with QJsonDocument on its own bytes. Errors throw candor::Error naming the file,
// the element index and the reason (malformed, truncated, invalid UTF-8).
class JsonArrayStream
{
public:
    explicit JsonArrayStream(const QString &path, const QString &memberKey = {});

    // Next element; false at the end of the array. Throws candor::Error; see canContinue().
    bool next(QJsonValue &value);
    // After next() threw: true when only that one element was bad (malformed or invalid UTF-8 inside a
    // well-delimited element) and the stream stands after it, so an importer may record the error and go on;
    // false when the file's structure is broken (truncated, garbage between elements) and reading must stop.
    bool canContinue() const { return !m_broken; }
    qint64 elementIndex() const { return m_index; }   // index of the element last returned
    qint64 bytesRead() const { return m_consumed; }
    qint64 totalBytes() const { return m_file.size(); }
    // Top-level members other than the array (small ones only), available after the first next() or at end.
    const QJsonObject &otherMembers() const { return m_others; }

private:
    int peek();
    int get();
    void skipWhitespace();
    QByteArray captureValue();
    QByteArray captureString();
    [[noreturn]] void fail(const QString &reason) const;
    void enterMemberArray(const QString &memberKey);

    QFile m_file;
    QString m_path;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_index = -1;
    bool m_first = true;
    bool m_done = false;
    mutable bool m_broken = false;   // set by fail(): the structure is broken, nothing more can be read
    QJsonObject m_others;
};

} // namespace candor
