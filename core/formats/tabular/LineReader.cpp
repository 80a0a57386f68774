#include "core/formats/tabular/LineReader.h"

#include "core/domain/Error.h"
#include "core/formats/common/SafePaths.h"

namespace candor {

LineReader::LineReader(const QString &path)
    : m_path(path)
{
    openRegularFile(m_file, path); // a FIFO or device would block the import for ever
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
        const qint64 room = qMin(chunk, maxLineBytes + 1 - had) + 1; // + the terminating NUL readLine writes
        line.resize(had + room);
        const qint64 got = m_file.readLine(line.data() + had, room);
        line.resize(had + qMax<qint64>(got, 0));
        if (got <= 0 || line.endsWith('\n') || m_file.atEnd())
            break;
    }
    ++m_lineNumber;
    // readLine stops at its limit without the line's end: the line is longer than the limit.
    if (line.size() >= maxLineBytes && !line.endsWith('\n') && !m_file.atEnd()) {
        // Skip to the end of this line without holding it, so the next call reads the next line.
        qint64 skipped = line.size();
        line.clear();
        for (QByteArray rest; !m_file.atEnd();) {
            rest = m_file.readLine(1 << 20);
            skipped += rest.size();
            if (rest.endsWith('\n'))
                break;
        }
        throw Error(Error::tr("line of %1 bytes is longer than the limit of %2").arg(skipped).arg(maxLineBytes));
    }
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    if (m_lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3);
    return true;
}

} // namespace candor
