#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

namespace candor {

// Streaming RFC 4180 reader: fields separated by `delimiter`, optionally quoted with '"' ("" inside quotes is
// one quote), quoted fields may span lines, records end with "\n" or "\r\n", a UTF-8 byte order mark is dropped.
// Fields stay bytes so the caller decodes each record strictly and can reject one record alone.
class CsvReader
{
public:
    static constexpr qint64 maxRecordBytes = 256LL * 1024 * 1024;

    CsvReader(const QString &path, char delimiter = ',');   // throws candor::Error when it cannot be opened

    // Next record; false at the end. Throws candor::Error (fatal: the file's structure is broken) for a quoted
    // field that is never closed, a quote in the middle of an unquoted field, or a record over maxRecordBytes.
    bool next(QList<QByteArray> &fields);
    qint64 recordLine() const { return m_recordLine; }   // line where the record last returned starts
    qint64 bytesRead() const { return m_consumed; }
    qint64 totalBytes() const { return m_file.size(); }

private:
    int get();
    int peek();
    [[noreturn]] void fail(const QString &reason) const;

    QFile m_file;
    QString m_path;
    char m_delimiter;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
};

} // namespace candor
