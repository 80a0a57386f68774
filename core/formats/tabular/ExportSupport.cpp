#include "core/formats/tabular/ExportSupport.h"

#include "core/domain/Error.h"
#include "core/store/ExportQueries.h"
#include "core/store/ProjectStore.h"

#include <QVariant>

namespace candor {

QList<qint64> exportedItemIds(const ProjectStore &store, const QString &split)
{
    return ExportQueries(store).itemIds(split);
}

QStringList schemasInUse(const ProjectStore &store, const QString &split)
{
    return ExportQueries(store).schemasInUse(split);
}

ExportFile::ExportFile(const QString &path)
    : m_file(path)
{
    if (!m_file.open(QIODevice::WriteOnly))
        throw Error(Error::tr("%1: cannot write: %2").arg(path, m_file.errorString()));
}

void ExportFile::write(const QByteArray &bytes)
{
    if (m_file.write(bytes) != bytes.size())
        throw Error(Error::tr("%1: write failed: %2").arg(m_file.fileName(), m_file.errorString()));
}

void ExportFile::checkCancelled(const std::atomic_bool *cancel)
{
    if (cancel && cancel->load(std::memory_order_relaxed)) {
        m_file.cancelWriting();
        throw Error(Error::tr("%1: export cancelled, nothing written").arg(m_file.fileName()));
    }
}

void ExportFile::commit()
{
    if (!m_file.commit())
        throw Error(Error::tr("%1: cannot finish writing: %2").arg(m_file.fileName(), m_file.errorString()));
}

} // namespace candor
