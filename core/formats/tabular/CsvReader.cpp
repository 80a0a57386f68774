#include "core/formats/tabular/CsvReader.h"

#include "core/domain/Error.h"
#include "core/formats/common/SafePaths.h"

namespace candor {

namespace {
constexpr qint64 kChunk = 1 << 20;
}

CsvReader::CsvReader(const QString &path, char delimiter)
    : m_path(path)
    , m_delimiter(delimiter)
{
    openRegularFile(m_file, path); // a FIFO or device would block the import for ever
    if (m_file.peek(3) == QByteArray("\xEF\xBB\xBF"))
        m_file.read(3);
}

int CsvReader::peek()
{
    if (m_pos >= m_buffer.size()) {
        m_buffer = m_file.read(kChunk);
        m_pos = 0;
        if (m_buffer.isEmpty())
            return -1;
    }
    return static_cast<uchar>(m_buffer[m_pos]);
}

int CsvReader::get()
{
    const int c = peek();
    if (c >= 0) {
        ++m_pos;
        ++m_consumed;
        if (c == '\n')
            ++m_line;
    }
    return c;
}

void CsvReader::skipLine()
{
    for (int c = get(); c >= 0 && c != '\n'; c = get()) { }
}

void CsvReader::fail(const QString &reason, bool broken)
{
    m_broken = broken;
    if (!broken)
        skipLine(); // the next record starts on the next line
    throw Error(Error::tr("%1: record at line %2: %3").arg(m_path).arg(m_recordLine).arg(reason));
}

bool CsvReader::next(QList<QByteArray> &fields)
{
    fields.clear();
    if (m_broken || peek() < 0)
        return false;
    m_recordLine = m_line;
    qint64 recordBytes = 0;
    QByteArray field;
    for (;;) {
        if (fields.size() >= kMaxCsvColumns)
            fail(Error::tr("more than %1 fields, the limit").arg(kMaxCsvColumns), false);
        // One field: quoted or plain.
        field.clear();
        if (peek() == '"') {
            get();
            for (;;) {
                const int c = get();
                if (c < 0)
                    fail(Error::tr("truncated CSV: quoted field not closed"), true);
                if (c == '"') {
                    if (peek() == '"') {
                        get();
                        field.append('"');
                        continue;
                    }
                    break;
                }
                field.append(char(c));
                if (++recordBytes > maxRecordBytes)
                    fail(Error::tr("record longer than %1 bytes inside a quoted field").arg(maxRecordBytes), true);
            }
            const int after = peek();
            if (after >= 0 && after != m_delimiter && after != '\n' && after != '\r')
                fail(Error::tr(
                         "unexpected character after a closing quote (quote the whole field, doubling inner quotes)"),
                    false);
        } else {
            for (int c = peek(); c >= 0 && c != m_delimiter && c != '\n' && c != '\r'; c = peek()) {
                if (c == '"')
                    fail(Error::tr("quote inside an unquoted field (quote the whole field, doubling inner quotes)"),
                        false);
                field.append(char(get()));
                if (++recordBytes > maxRecordBytes)
                    fail(Error::tr("record longer than %1 bytes").arg(maxRecordBytes), false);
            }
        }
        fields.append(field);
        const int c = get();
        if (c == m_delimiter)
            continue;
        if (c == '\r' && peek() == '\n')
            get();
        return true; // end of line or end of file
    }
}

} // namespace candor
