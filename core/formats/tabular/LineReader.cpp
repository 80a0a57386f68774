#include "core/formats/tabular/LineReader.h"

#include "core/domain/Error.h"
#include "core/formats/common/SafePaths.h"

namespace candor {

LineReader::LineReader(const QString &path)
    : m_path(path)
{
    openRegularFile(m_file, path);   // a FIFO or device would block the import for ever
}

bool LineReader::next(QByteArray &line)
{
    if (m_file.atEnd())
        return false;
    line = m_file.readLine(maxLineBytes + 1);
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
