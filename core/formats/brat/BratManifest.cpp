#include "core/formats/brat/BratManifest.h"

#include "core/domain/Error.h"
#include "core/formats/common/SafePaths.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace candor::brat {

namespace {
const QString kFormat = QStringLiteral("candor-brat");
} // namespace

Manifest Manifest::read(const QString &folder)
{
    Manifest manifest;
    const QString path = QDir(folder).filePath(kFileName);
    if (!QFileInfo::exists(path))
        return manifest;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(readFileLimited(path, kMaxJsonFileBytes), &error);
    const QJsonObject root = document.object();
    if (error.error != QJsonParseError::NoError || root.value(QStringLiteral("format")).toString() != kFormat)
        throw Error(Error::tr("%1: not a Candor brat manifest (%2)")
                        .arg(path,
                            error.error != QJsonParseError::NoError ? error.errorString()
                                                                    : Error::tr("no \"format\": \"candor-brat\"")));
    const QJsonObject documents = root.value(QStringLiteral("documents")).toObject();
    for (auto it = documents.begin(); it != documents.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const QString source = entry.value(QStringLiteral("source")).toString();
        const QString externalId = entry.value(QStringLiteral("external_id")).toString();
        if (source.isEmpty() || externalId.isEmpty())
            throw Error(Error::tr("%1: document '%2' names no source and external_id").arg(path, it.key().left(80)));
        manifest.add(it.key(), {source, externalId});
    }
    return manifest;
}

std::optional<ManifestEntry> Manifest::entry(const QString &document) const
{
    const auto it = m_entries.constFind(document);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return *it;
}

QByteArray Manifest::toJson() const
{
    QJsonObject documents;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
        documents.insert(it.key(),
            QJsonObject{{QStringLiteral("source"), it->source}, {QStringLiteral("external_id"), it->externalId}});
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), kFormat}, {QStringLiteral("format_version"), 1},
                             {QStringLiteral("documents"), documents}})
        .toJson(QJsonDocument::Indented);
}

} // namespace candor::brat
