#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace candor::brat {

// Which item each document of a brat folder Candor exported came from (candor.json beside the documents), so that
// an import of the folder after annotating in brat puts the spans back on those items.
struct ManifestEntry
{
    QString source;
    QString externalId;
};

class Manifest
{
public:
    static inline const QString kFileName = QStringLiteral("candor.json");

    // The folder's manifest; empty when it has none. Throws candor::Error naming the file when it is malformed.
    static Manifest read(const QString &folder);

    std::optional<ManifestEntry> entry(const QString &document) const;
    void add(const QString &document, const ManifestEntry &entry) { m_entries.insert(document, entry); }
    QByteArray toJson() const;

private:
    QHash<QString, ManifestEntry> m_entries;
};

} // namespace candor::brat
