#pragma once

#include "core/formats/common/RecordLimits.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

namespace candor {

// Streaming RFC 4180 reader: fields separated by `delimiter`, optionally quoted with '"' ("" inside quotes is
// one quote), quoted fields may span lines, records end with "\n" or "\r\n", a UTF-8 byte order mark is dropped.
// Fields stay bytes so the caller decodes each record strictly and can reject one record alone. Time and memory
// are linear in the input: one record at most maxRecordBytes and kMaxCsvColumns fields.
class CsvReader
{
public:
    static constexpr qint64 maxRecordBytes = kMaxRecordBytes;

    CsvReader(const QString &path, char delimiter = ','); // throws candor::Error when it cannot be opened

    // Next record; false at the end. Throws candor::Error for a bad record: then canContinue() says whether the
    // reader skipped to the end of that line and can go on (a quote inside an unquoted field, a character after a
    // closing quote, too many fields, a record too long outside quotes) or the structure is broken and reading
    // must stop (a quoted field never closed: the file was cut, or its quotes do not pair up).
    bool next(QList<QByteArray> &fields);
    bool canContinue() const { return !m_broken; }
    qint64 recordLine() const { return m_recordLine; } // line where the record last returned starts
    qint64 bytesRead() const { return m_consumed; }
    qint64 totalBytes() const { return m_file.size(); }

private:
    int get();
    int peek();
    void skipLine();
    [[noreturn]] void fail(const QString &reason, bool broken);

    QFile m_file;
    QString m_path;
    char m_delimiter;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    bool m_broken = false;
};

} // namespace candor
