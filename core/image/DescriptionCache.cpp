#include "core/image/DescriptionCache.h"

#include "core/domain/Error.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace candor {

namespace {
constexpr qint64 kMaxFile = 4 * 1024 * 1024; // a description is a few KB; a bigger file is not one of ours
}

DescriptionCache::DescriptionCache(const QString &projectPath)
    : m_folder(projectPath + QStringLiteral(".features/description"))
{
}

std::optional<ImageDescription> DescriptionCache::find(const QString &sha256) const
{
    QFile file(m_folder + QLatin1Char('/') + sha256 + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFile)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return std::nullopt;
    try {
        return ImageDescription::fromJson(document.object(), file.fileName());
    } catch (const Error &) {
        return std::nullopt;
    }
}

void DescriptionCache::store(const QString &sha256, const ImageDescription &description) const
{
    if (!QDir().mkpath(m_folder))
        throw Error(Error::tr("%1: cannot create the description folder").arg(m_folder));
    QSaveFile file(m_folder + QLatin1Char('/') + sha256 + QStringLiteral(".json"));
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Error::tr("%1: cannot write: %2").arg(file.fileName(), file.errorString()));
    file.write(QJsonDocument(description.toJson()).toJson(QJsonDocument::Compact));
    if (!file.commit())
        throw Error(Error::tr("%1: cannot write: %2").arg(file.fileName(), file.errorString()));
}

} // namespace candor
