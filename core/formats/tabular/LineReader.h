#pragma once

#include "core/formats/common/RecordLimits.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace candor {

// Reads a text file one line at a time (JSONL, MediaEval TSV): never more than one line in memory. A UTF-8
// byte order mark is dropped, "\r\n" and "\n" both end a line. Lines stay bytes: the caller decodes them
// strictly per record, so one line of invalid UTF-8 costs that record only.
class LineReader
{
public:
    static constexpr qint64 maxLineBytes = kMaxRecordBytes;

    explicit LineReader(const QString &path); // throws candor::Error when it cannot be opened or is no regular file

    // Next line without its terminator; false at the end. A line longer than maxLineBytes is skipped (never held
    // whole) and reported by a throw; the next call reads the line after it.
    bool next(QByteArray &line);
    qint64 lineNumber() const { return m_lineNumber; } // 1-based number of the line last returned
    qint64 bytesRead() const { return m_file.pos(); }
    qint64 totalBytes() const { return m_file.size(); }

private:
    QFile m_file;
    QString m_path;
    qint64 m_lineNumber = 0;
};

} // namespace candor
