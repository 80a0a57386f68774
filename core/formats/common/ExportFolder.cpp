#include "core/formats/common/ExportFolder.h"

#include "core/domain/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace candor {

ExportFolder::ExportFolder(const QString &outPath)
    : m_outPath(outPath)
    , m_work(QFileInfo(outPath).absolutePath() + QStringLiteral("/.candor-export-XXXXXX"))
{
    const QFileInfo target(outPath);
    if (target.exists() && !(target.isDir() && QDir(outPath).isEmpty()))
        throw Error(Error::tr("%1: exists and is not an empty folder; this export writes a new folder").arg(outPath));
    if (!m_work.isValid())
        throw Error(Error::tr("%1: cannot create a folder beside it: %2").arg(outPath, m_work.errorString()));
}

void ExportFolder::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_work.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        throw Error(Error::tr("%1: cannot write: %2").arg(path, file.errorString()));
}

void ExportFolder::commit()
{
    if (QFileInfo::exists(m_outPath) && !QDir().rmdir(m_outPath))
        throw Error(Error::tr("%1: cannot replace the empty folder").arg(m_outPath));
    if (!QDir().rename(m_work.path(), m_outPath))
        throw Error(Error::tr("%1: cannot move the finished export into place").arg(m_outPath));
    m_work.setAutoRemove(false);
}

QString documentFileName(int number, const QString &externalId)
{
    QString safe;
    for (const QChar c : externalId.left(60))
        safe.append(c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char('_'));
    return QStringLiteral("%1_%2").arg(number, 6, 10, QLatin1Char('0')).arg(safe);
}

} // namespace candor
