#include "core/formats/tabular/LineReader.h"

#include "core/domain/Error.h"

namespace candor {

LineReader::LineReader(const QString &path)
    : m_file(path)
    , m_path(path)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw Error(Error::tr("%1: cannot open: %2").arg(path, m_file.errorString()));
}

bool LineReader::next(QByteArray &line)
{
    if (m_file.atEnd())
        return false;
    // In chunks: QIODevice::readLine(maxSize) allocates maxSize bytes up front, 256 MB for every line (a mmap and
    // munmap per record; under AddressSanitizer 32 MB of shadow written each time, one second per line).
    constexpr qint64 chunk = 64 * 1024;
    line.clear();
    while (line.size() <= maxLineBytes) {
        const qsizetype had = line.size();
        const qint64 room = qMin(chunk, maxLineBytes + 1 - had) + 1;   // + the terminating NUL readLine writes
        line.resize(had + room);
        const qint64 got = m_file.readLine(line.data() + had, room);
        line.resize(had + qMax<qint64>(got, 0));
        if (got <= 0 || line.endsWith('\n') || m_file.atEnd())
            break;
    }
    ++m_lineNumber;
    if (line.size() > maxLineBytes && !line.endsWith('\n'))
        throw Error(Error::tr("%1: line %2: longer than %3 bytes").arg(m_path).arg(m_lineNumber).arg(maxLineBytes));
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    if (m_lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3);
    return true;
}

} // namespace candor
