#pragma once

#include "models/image/ImageEncoder.h"

#include <QString>

#include <optional>

namespace candor {

// Backbone features of project images, computed once and kept beside the project (never inside it: 750 memes
// of 7 x 7 x 1280 values are ~90 MB even at half precision). One file per image and backbone, named by the
// image's SHA-256, so re-imports and copies of a project reuse them and a changed image gets new features.
// Files are half precision with a small header; a damaged file is treated as absent and recomputed.
class MemeFeatureCache
{
public:
    // Folder: "<project>.features/<backbone>/".
    MemeFeatureCache(const QString &projectPath, const QString &backbone);

    std::optional<models::ImageFeatureGrid> find(const QString &sha256) const;
    // Throws candor::Error when the file cannot be written.
    void store(const QString &sha256, const models::ImageFeatureGrid &grid) const;

    QString folder() const { return m_folder; }

private:
    QString m_folder;
};

} // namespace candor
