#pragma once

#include "core/formats/tabular/LineReader.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace candor {

// One post as read: its three lines as bytes (decoded strictly by the importer, so invalid UTF-8 costs that post
// only), or the reason it is broken.
struct WeiboRawRecord
{
    qint64 line = 0; // number of its first (metadata) line
    QByteArray metadata;
    QByteArray urls;
    QByteArray text;
    QString problem; // not empty: the post is incomplete or a line of it is unreadable
};

// A problem between posts: lines that cannot start one, or an over-long line where one should start.
struct WeiboSkipped
{
    QString record; // "line 7" or "lines 7-9"
    QString reason;
};

// Reads the subset's posts, three lines each (metadata, image URLs, text), and keeps in step with them when a
// post is broken: a metadata line is recognised by its shape (WeiboRecord's looksLikeMetadata), so a post that
// lost a line ends where the next one starts instead of taking its lines, and lines that cannot start a post are
// reported as one run and skipped. Blank lines between posts are skipped silently (a file's trailing newline).
class WeiboReader
{
public:
    explicit WeiboReader(const QString &path)
        : m_lines(path)
    {
    } // throws like LineReader

    // The next post; false at the end of the file. Problems found before it are in skipped(), in order.
    bool next(WeiboRawRecord &record);
    QList<WeiboSkipped> takeSkipped() { return std::exchange(m_skipped, {}); }
    qint64 bytesRead() const { return m_lines.bytesRead(); }
    qint64 totalBytes() const { return m_lines.totalBytes(); }

private:
    struct Line
    {
        QByteArray bytes;
        qint64 number = 0;
        QString error; // LineReader's reason for a line it could not return (too long)
    };
    bool take(Line &line);
    void pushBack(const Line &line) { m_pushedBack = line; }
    void endRun();
    // Reads a post's second or third line into `into`; false (with record.problem set) when the post ends early.
    bool readPart(WeiboRawRecord &record, QByteArray &into, int part);

    LineReader m_lines;
    std::optional<Line> m_pushedBack;
    QList<WeiboSkipped> m_skipped;
    qint64 m_runStart = 0; // first and last line of the current run of lines that cannot start a post
    qint64 m_runEnd = 0;
};

} // namespace candor
