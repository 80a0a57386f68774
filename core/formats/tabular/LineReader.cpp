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
    line = m_file.readLine(maxLineBytes + 1);
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
