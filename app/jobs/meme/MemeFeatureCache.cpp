#include "app/jobs/meme/MemeFeatureCache.h"

#include "core/domain/Error.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QtGlobal>
#include <qfloat16.h>

namespace candor {

namespace {
constexpr quint32 kMagic = 0x43474631; // "CGF1"
}

MemeFeatureCache::MemeFeatureCache(const QString &projectPath, const QString &backbone)
    : m_folder(projectPath + QStringLiteral(".features/") + backbone)
{
}

std::optional<models::ImageFeatureGrid> MemeFeatureCache::find(const QString &sha256) const
{
    QFile file(m_folder + QLatin1Char('/') + sha256 + QStringLiteral(".f16"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QDataStream in(&file);
    quint32 magic = 0;
    qint32 rows = 0, cols = 0, channels = 0;
    in >> magic >> rows >> cols >> channels;
    if (magic != kMagic || rows <= 0 || cols <= 0 || channels <= 0 || rows * cols > 4096 || channels > 65536)
        return std::nullopt;
    const qint64 count = qint64(rows) * cols * channels;
    const QByteArray half = file.read(count * 2);
    if (half.size() != count * 2)
        return std::nullopt;
    models::ImageFeatureGrid grid;
    grid.rows = rows;
    grid.cols = cols;
    grid.channels = channels;
    grid.values.resize(size_t(count));
    qFloatFromFloat16(grid.values.data(), reinterpret_cast<const qfloat16 *>(half.constData()), count);
    return grid;
}

void MemeFeatureCache::store(const QString &sha256, const models::ImageFeatureGrid &grid) const
{
    if (!QDir().mkpath(m_folder))
        throw Error(Error::tr("%1: cannot create the feature cache folder").arg(m_folder));
    QSaveFile file(m_folder + QLatin1Char('/') + sha256 + QStringLiteral(".f16"));
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Error::tr("%1: cannot write: %2").arg(file.fileName(), file.errorString()));
    QDataStream out(&file);
    out << kMagic << qint32(grid.rows) << qint32(grid.cols) << qint32(grid.channels);
    QByteArray half(qsizetype(grid.values.size() * 2), Qt::Uninitialized);
    qFloatToFloat16(reinterpret_cast<qfloat16 *>(half.data()), grid.values.data(), qsizetype(grid.values.size()));
    file.write(half);
    if (!file.commit())
        throw Error(Error::tr("%1: cannot write: %2").arg(file.fileName(), file.errorString()));
}

} // namespace candor
